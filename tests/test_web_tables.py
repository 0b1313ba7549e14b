"""The workbench's tables and charts: events dated in the future do not lead the
events table and are flagged, actor pages page through every event, show the
archive-wide key and fit their network labels, and the timeline keeps one colour
per type and a time axis (on SQLite and on PostgreSQL)."""

from __future__ import annotations

import re

import pytest
from web_support import workbench_client

from communique.review.vocab import plover_types
from communique.web import charts, demo

FAIR = ("The Tidewater Guild met the Carrow Point Ferry Board on Monday. The board thanked the guild. "
        "The guild will meet the board again.")
MEETINGS = 120
SPECS = [
    {"id": "doc-fair", "title": "Tidewater Guild and ferry board", "published": "2025-03-01",
     "text": FAIR,
     "actors": [{"id": "a1", "name": "Tidewater Guild", "mentions": ["Tidewater Guild", "guild"]},
                {"id": "a2", "name": "Carrow Point Ferry Board", "mentions": ["Carrow Point Ferry Board", "board"]}],
     "events": [
         # dates a coder can get wrong: a year read from a phone number, a planned meeting
         {"id": "e1", "type": "CONSULT", "evidence": "met the Carrow Point Ferry Board on Monday",
          "sources": ["a1"], "targets": ["a2"], "date": "2063-01-01"},
         {"id": "e2", "type": "SUPPORT", "evidence": "The board thanked the guild",
          "sources": ["a2"], "targets": ["a1"], "date": "2025-02-24"},
         {"id": "e3", "type": "CONSULT", "evidence": "The guild will meet the board again",
          "sources": ["a1"], "targets": ["a2"], "date": "2025-09", "status": "intended"},
         {"id": "e4", "type": "CONSULT", "evidence": "met the Carrow Point Ferry Board on Monday",
          "sources": ["a1"], "targets": ["a2"], "date": "2025-02-17"}]},
    {"id": "doc-many", "title": "Minutes of the Tidewater Guild", "published": "2024-12-31",
     "text": "The Tidewater Guild consulted the Saltmarsh Pilots Association of the Western Estuary "
             "Reclamation District again.",
     "actors": [{"id": "a1", "name": "Tidewater Guild", "mentions": ["Tidewater Guild"]},
                {"id": "a2", "name": "Saltmarsh Pilots Association of the Western Estuary Reclamation District",
                 "mentions": ["Saltmarsh Pilots Association of the Western Estuary Reclamation District"]}],
     "events": [{"id": f"m{i}", "type": "CONSULT", "evidence": "consulted the Saltmarsh Pilots Association",
                 "sources": ["a1"], "targets": ["a2"], "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
                for i in range(MEETINGS)]},
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request, tmp_path_factory):
    with workbench_client(request.param, [demo.build(s) for s in SPECS], tmp_path_factory, "tables") as c:
        yield c


def table_rows(html: str) -> list[str]:
    body = html[html.index("<tbody>"):html.index("</tbody>")]
    return re.findall(r"<tr data-event=.*?</tr>", body, re.S)


# -- events dated in the future ------------------------------------------------------------
def test_future_dates_do_not_lead_the_events_table_and_are_flagged(client):
    rows = table_rows(client.get("/events", params={"q": "ferry"}).text)
    dates = [re.search(r"<td>\s*([\d-]+)", r).group(1) for r in rows]
    assert dates[:2] == ["2025-02-24", "2025-02-17"]  # plausible, newest first
    assert sorted(dates[2:]) == ["2025-09", "2063-01-01"]
    flags = {d: re.search(r'class="date-flag"[^>]*>⚠ ([^<]+)<', r) for d, r in zip(dates, rows)}
    assert flags["2063-01-01"].group(1) == "in the future"
    assert flags["2025-09"].group(1) == "after publication"
    assert flags["2025-02-24"] is None and "implausible-date" in rows[2] and "implausible-date" not in rows[0]
    assert client.get("/api/events", params={"q": "ferry"}).json()["events"][0]["event"]["date"] == "2025-02-24"


# -- actor pages -----------------------------------------------------------------------------
def test_actor_page_pages_through_every_event(client):
    first = client.get("/actors/Tidewater Guild")
    assert first.status_code == 200
    total = MEETINGS + 4
    assert f"<h2>Events ({total})</h2>" in first.text
    seen = []
    for page in range(1, 4):
        html = client.get("/actors/Tidewater Guild", params={"page": page}).text
        rows = table_rows(html)
        seen += rows
        assert len(rows) == (50 if page < 3 else total - 100)
        assert ("next →" in html) == (page < 3)
    assert len(seen) == total
    roles = {re.search(r'class="c-role">([^<]*)<', r).group(1) for r in seen}
    assert roles == {"source", "target"}


def actor_rows(html: str) -> list[tuple[str, int]]:
    return [(name, int(n)) for name, n in
            re.findall(r'<tr data-actor="([^"]+)">.*?class="c-events">(\d+)<', html, re.S)]


@pytest.mark.parametrize("url", ["/actors", "/actors/", "/actors?name=", "/actors?name=%20"])
def test_the_actors_page_with_no_name_lists_actors_most_events_first(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert "no actor named" not in r.text
    assert actor_rows(r.text) == [
        ("Tidewater Guild", MEETINGS + 4),
        ("Saltmarsh Pilots Association of the Western Estuary Reclamation District", MEETINGS),
        ("Carrow Point Ferry Board", 4)]
    assert 'href="/actors/Tidewater%20Guild"' in r.text


def test_the_actors_page_pages_like_the_other_tables(client, monkeypatch):
    monkeypatch.setattr(client.app.state.settings, "table_size", 2)
    first, second = client.get("/actors").text, client.get("/actors", params={"page": 2}).text
    assert [n for n, _ in actor_rows(first)] == ["Tidewater Guild", "Saltmarsh Pilots Association of the "
                                                 "Western Estuary Reclamation District"]
    assert actor_rows(second) == [("Carrow Point Ferry Board", 4)]
    assert "next →" in first and "next →" not in second and "page 2 of 2" in second


def test_the_actors_page_with_a_name_is_that_actors_page(client):
    r = client.get("/actors", params={"name": "Carrow Point Ferry Board"})
    assert r.status_code == 200 and "<h1>Carrow Point Ferry Board</h1>" in r.text
    assert client.get("/actors/Nobody At All").status_code == 404


def test_actor_page_shows_the_archive_key_not_a_document_id(client):
    html = client.get("/actors/Carrow Point Ferry Board").text
    key = re.search(r"<th>archive key</th><td><code>([^<]+)</code>", html)
    assert key and key.group(1) == "Carrow Point Ferry Board"
    assert "<code>a2</code>" not in html and "/a2</code>" not in html


def test_network_labels_fit_inside_the_drawing(client):
    html = client.get("/actors/Tidewater Guild").text
    svg = re.search(r'<svg class="network" viewBox="0 0 (\d+) (\d+)"', html)
    width = int(svg.group(1))
    labels = re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)" class="label">([^<]+)<title>([^<]+)</title>',
                        html)
    assert labels, html
    for x, anchor, label, full in labels:
        x, extent = float(x), len(label) * charts.CHAR_W
        lo, hi = {"start": (x, x + extent), "end": (x - extent, x),
                  "middle": (x - extent / 2, x + extent / 2)}[anchor]
        assert 0 <= lo and hi <= width, (label, anchor, x)
        assert full.startswith(label.rstrip("…")) and (label == full or label.endswith("…"))
    assert any(full.startswith("Saltmarsh Pilots Association") for *_, full in labels)


# -- timeline -------------------------------------------------------------------------------------
def test_each_plover_type_has_its_own_fixed_colour():
    colours = [charts.color_for(t) for t in plover_types()]
    assert len(set(colours)) == len(colours) == 16
    one = charts.timeline([("2025-01", "PROTEST", 2), ("2025-01", "AGREE", 1)])
    other = charts.timeline([("2025-01", "PROTEST", 2), ("2025-02", "ACCUSE", 1), ("2025-02", "ASSAULT", 3)])
    assert dict(one["legend"])["PROTEST"] == dict(other["legend"])["PROTEST"] == charts.color_for("PROTEST")
    assert len({c for _, c in other["legend"]}) == 3


def test_timeline_axis_keeps_empty_periods_and_marks_long_gaps():
    chart = charts.timeline([("2025-01", "AGREE", 1), ("2025-04", "AID", 2), ("2025-05", "AID", 1)], "month")
    xs = {b.label.split()[0]: b.x for b in chart["bars"]}
    step = xs["2025-05"] - xs["2025-04"]
    assert xs["2025-04"] - xs["2025-01"] == pytest.approx(3 * step)  # February and March keep their place
    far = charts.timeline([("1945-06", "AGREE", 1), ("2020-03", "PROTEST", 2), ("2020-05", "AID", 1)], "month")
    assert [(g["first"], g["last"]) for g in far["gaps"]] == [("1945-07", "2020-02")]
    xs = {b.label.split()[0]: b.x for b in far["bars"]}
    step = (xs["2020-05"] - xs["2020-03"]) / 2  # April 2020, empty, is kept
    assert xs["2020-03"] - xs["1945-06"] == pytest.approx(2 * step)  # one slot for the gap between


def test_timeline_page_colours_and_gaps(client):
    html = client.get("/timeline", params={"granularity": "month"}).text
    fills = set(re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"><title>[\d-]+ CONSULT', html))
    assert fills == {charts.color_for("CONSULT")}
    assert "no events from 2025-10 to 2062-12" in html  # 2025-09 to 2063-01, the gap marked
    only = client.get("/timeline", params={"type": "SUPPORT"}).text
    assert f'fill="{charts.color_for("SUPPORT")}"><title>2025-02 SUPPORT' in only
