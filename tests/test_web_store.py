"""The workbench over the SQL archive: the store's tables, full-text index,
exporters and the review tables beside them."""

from __future__ import annotations

import csv
import io
import json
import uuid

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from communique import contract
from communique.cli import main
from communique.review import gold
from communique.store.archive import Archive
from communique.store.db import make_engine
from communique.web import demo
from communique.web.server import build_app, is_loopback


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_url(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'archive.db'}"
    else:
        url = request.getfixturevalue("pg_module_url")
    with Archive.open(url, write=True) as archive:
        assert demo.load_into(archive, demo.documents()) == 3
    return url


@pytest.fixture(scope="module")
def pg_module_url():
    """A fresh PostgreSQL database for this module (skips, or fails in CI, without a server)."""
    import psycopg

    from test_store_support import pg_base_url

    base = pg_base_url()
    name = "t_web_" + uuid.uuid4().hex[:10]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{base.rpartition('/')[0]}/{name}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def token(db_url):
    result = CliRunner().invoke(main, ["user", "add", "ada", "--role", "editor", "--db", db_url])
    assert result.exit_code == 0, result.output
    return result.stdout.strip().splitlines()[0]


@pytest.fixture(scope="module")
def client(db_url, token):
    with TestClient(build_app(db_url), base_url="http://localhost:8000") as c:
        yield c


def doc_id(client, words: str) -> str:
    hits = client.get("/api/documents", params={"q": words}).json()["documents"]
    assert len(hits) == 1, hits
    return hits[0]["document_id"]


def test_user_add_makes_the_review_tables_beside_the_archive(db_url, token):
    tables = set(inspect(make_engine(db_url, write=False)).get_table_names())
    assert {"documents", "events", "review_users", "review_events", "alembic_version"} <= tables
    assert "alembic_version_review" not in tables   # one version table, a row per branch
    result = CliRunner().invoke(main, ["user", "list", "--db", db_url])
    assert "ada\teditor\tactive" in result.output
    dup = CliRunner().invoke(main, ["user", "add", "ada", "--db", db_url])
    assert dup.exit_code != 0 and "exists already" in dup.output


def test_user_add_refuses_control_characters_in_the_name(db_url, token):
    for name in ("eve\nINFO ada logged in", "\x1b[2Jeve", "eve\u202egnp.exe"):
        result = CliRunner().invoke(main, ["user", "add", name, "--db", db_url])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "control or invisible characters" in result.output and "U+" in result.output
    listed = CliRunner().invoke(main, ["user", "list", "--db", db_url]).output
    assert "eve" not in listed


def test_serve_refuses_a_missing_archive(tmp_path):
    # (runs once per backend; the message is about the SQLite file given)
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no archive here" in result.output


def test_full_text_search_uses_the_store_index(client):
    r = client.get("/api/documents", params={"q": "convoy"}).json()
    assert [d["title"] for d in r["documents"]] == ["Relief convoy statement"]
    assert client.get("/api/documents", params={"q": "quays OR dam"}).json()["total"] == 2
    assert client.get("/api/documents", params={"q": "!!!"}).json()["total"] == 0
    facets = client.get("/api/documents").json()["facets"]
    assert {f["value"] for f in facets["place"]} == {"Mombasa", "Gulu", "Saint-Louis"}
    assert {f["value"]: f["count"] for f in facets["source"]}["Lakeside Civic Forum"] == 1


def test_document_from_the_store_keeps_offsets_and_events(client):
    did = doc_id(client, "harbour quays")
    original = contract.to_dict(next(d for d in demo.documents() if d.id == "demo-harbour-talks"))
    stored = client.get(f"/api/documents/{did}").json()
    assert stored["document"]["text"] == original["document"]["text"]
    assert [(e["id"], e["type"], e["sources"], e["targets"], e["place"]) for e in stored["events"]] == \
        [(e["id"], e["type"], e["sources"], e["targets"], e["place"]) for e in original["events"]]
    page = client.get(f"/documents/{did}", params={"event": "e3"})
    assert page.status_code == 200 and 'class="hl-event hl-field hl-selected"' in page.text


def test_filters_actor_page_timeline_and_map_from_sql(client):
    ev = client.get("/api/events", params={"actor": "Riverbank Residents Council"}).json()
    assert ev["total"] == 2 and {e["event"]["type"] for e in ev["events"]} == {"PROTEST", "THREATEN"}
    assert client.get("/api/events", params={"date_from": "2025-05-01"}).json()["total"] == 2
    actor = client.get("/api/actors/Coastal Fishers Union").json()
    assert len(actor["as_source"]) == 2 and len(actor["as_target"]) == 1
    assert {p["name"] for p in actor["partners"]} == {"Lakeside Civic Forum", "Harbour Logistics Company"}
    years = client.get("/api/timeline", params={"granularity": "year"}).json()
    assert sum(x["count"] for x in years) == 9
    assert {p["name"] for p in client.get("/api/places").json()} == {"Mombasa", "Gulu", "Saint-Louis"}


def test_events_page_offers_every_archive_export_format(client):
    page = client.get("/events")
    for fmt in ("plover-jsonl", "cameo-tsv", "csv", "parquet", "geojson", "gold"):
        assert f"format={fmt}" in page.text


def test_export_buttons_call_the_archive_exporters(client):
    r = client.get("/events/export", params={"format": "plover-jsonl", "type": "AID"})
    rows = [json.loads(x) for x in r.text.splitlines()]
    assert len(rows) == 1 and "attachment" in r.headers["content-disposition"]
    geo = client.get("/events/export", params={"format": "geojson"}).json()
    assert len(geo["features"]) == 4
    assert client.get("/events/export", params={"format": "parquet"}).content[:4] == b"PAR1"


def test_review_over_the_store_and_gold_export(client, token, db_url, tmp_path):
    auth = {"Authorization": f"Bearer {token}"}
    did = doc_id(client, "berth schedule")
    r = client.post(f"/api/documents/{did}/events/e3/correct", headers=auth,
                    json={"type": "CONSULT", "note": "a call, not a demand"})
    assert r.status_code == 200
    row = next(e for e in client.get("/api/events", params={"q": "berth"}).json()["events"]
               if e["event"]["id"] == "e3")
    assert row["event"]["type"] == "CONSULT" and row["coded"]["type"] == "REQUEST"
    corrected = client.get("/api/events", params={"review": "corrected"}).json()
    assert [(e["document_id"], e["event"]["id"]) for e in corrected["events"]] == [(did, "e3")]
    assert client.get("/api/events", params={"review": "unreviewed"}).json()["total"] == 8
    # the type filter follows the correction
    consult = {(e["document_id"], e["event"]["id"]) for e in
               client.get("/api/events", params={"type": "CONSULT"}).json()["events"]}
    assert (did, "e3") in consult and len(consult) == 2
    assert all(e["event"]["id"] != "e3" for e in
               client.get("/api/events", params={"type": "REQUEST", "q": "berth"}).json()["events"])
    with Session(make_engine(db_url, write=True)) as s:
        path = gold.export_gold(s, tmp_path)  # the store is the default archive
    records = [json.loads(x) for x in path.read_text().splitlines()]
    assert [(r["id"], r["event"]["type"]) for r in records] == [(f"{did}/e3", "CONSULT")]
    assert records[0]["event"]["targets"][0] == {"text": "port authority", "country": "KEN",
                                                 "sector": "GOV", "actor": "a3"}


def test_reading_needs_login_off_loopback(db_url):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("0.0.0.0")
    # bound to every interface: reached by the machine's address, refused under another name
    with TestClient(build_app(db_url, host="0.0.0.0"), base_url="http://192.0.2.10:8000") as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers={"host": "rebind.example.net"}).status_code == 400


@pytest.mark.slow
def test_serve_with_several_workers_answers(db_url, tmp_path):
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    if not db_url.startswith("sqlite"):
        pytest.skip("one backend is enough for the process model")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("communique")
    proc = subprocess.Popen([str(exe), "serve", "--db", db_url, "--port", str(port), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, answer = time.monotonic() + 60, None
        while time.monotonic() < deadline and answer is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/documents", params={"q": "convoy"}, timeout=5)
            except httpx.HTTPError:
                time.sleep(0.5)
        assert answer is not None and answer.status_code == 200
        assert answer.json()["total"] == 1
    finally:
        proc.terminate()
        proc.wait(timeout=20)


EXPORT_FILTERS = [{"source": "Lakeside Civic Forum"}, {"actor": "Coastal Fishers Union"},
                  {"actor": "Council"}, {"review": "unreviewed"}, {"review": "corrected"},
                  {"q": "harbour", "type": "CONSULT"}, {"date_from": "2025-05"},
                  {"q": "-harbour"}, {"place": "Gulu", "date_to": "2025"}]


@pytest.mark.parametrize("params", EXPORT_FILTERS, ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()))
def test_the_events_page_exports_exactly_the_events_it_shows(client, params):
    page = client.get("/api/events", params={**params, "limit": 500}).json()
    shown = {f"{e['document_id']}/{e['event']['id']}" for e in page["events"]}
    assert client.get("/events", params=params).status_code == 200
    r = client.get("/events/export", params={**params, "format": "plover-jsonl"})
    assert r.status_code == 200, r.text
    assert {json.loads(x)["id"] for x in r.text.splitlines()} == shown
    r = client.get("/events/export", params={**params, "format": "csv"})
    assert len(r.text.splitlines()) - 1 == page["total"]


@pytest.mark.parametrize("params, words", [
    ({"q": "*"}, ["q:", "'*'", "no words to search for"]),
    ({"q": "AND OR ("}, ["'AND OR ('", "no words to search for"]),
    ({"q": '"'}, ["no words to search for"]),
    ({"date_from": "2024/05/01"}, ["date_from", "2024/05/01", "YYYY-MM-DD"]),
    ({"date_to": "May"}, ["date_to", "'May'"]), ({"review": "maybe"}, ["review", "'maybe'"]),
])
def test_export_refuses_filters_it_cannot_apply_with_a_message(client, params, words):
    import html

    r = client.get("/events/export", params={**params, "format": "csv"})
    assert r.status_code == 400
    assert all(w in html.unescape(r.text) for w in words), r.text


def test_reviews_reach_the_api_filters_timeline_and_exports(client, token):
    auth = {"Authorization": f"Bearer {token}"}
    river, aid = doc_id(client, "planned dam"), doc_id(client, "convoy")

    def events(**params):
        return {(e["document_id"], e["event"]["id"]): e
                for e in client.get("/api/events", params={**params, "limit": 500}).json()["events"]}

    def exported(**params):
        r = client.get("/events/export", params={**params, "format": "csv"})
        return {(r["event_id"].rsplit("/", 1)[-1], r["type"], r["cameo"], r["review_status"])
                for r in csv.DictReader(io.StringIO(r.text))}

    def months():
        out = {}
        for x in client.get("/api/timeline").json():
            out[x["period"]] = out.get(x["period"], 0) + x["count"]
        return out

    before = months()
    # A retyped event takes a code of its new type; a code of another type is refused.
    r = client.post(f"/api/documents/{river}/events/e2/correct", headers=auth, json={"type": "PROTEST"})
    assert r.status_code == 200 and r.json()["event"]["cameo"] == "14"
    assert client.post(f"/api/documents/{river}/events/e2/correct", headers=auth,
                       json={"cameo": "057"}).status_code == 400
    r = client.post(f"/api/documents/{river}/events/e2/correct", headers=auth, json={"cameo": "144"})
    assert r.json()["event"]["cameo"] == "144"
    assert (river, "e2") in events(type="PROTEST") and (river, "e2") not in events(type="THREATEN")
    assert ("e2", "PROTEST", "144", "corrected") in exported(type="PROTEST")
    # A rejected event leaves the filters and exports, except when rejected ones are asked for.
    client.post(f"/api/documents/{aid}/events/e3/reject", headers=auth, json={"note": "a denial"})
    assert (aid, "e3") not in events() and (aid, "e3") in events(review="rejected")
    assert events(type="REJECT") == {} and exported(type="REJECT") == set()
    assert exported(review="rejected") == {("e3", "REJECT", "", "rejected")}
    # An added event is in, under its own review status.
    r = client.post(f"/api/documents/{river}/events", headers=auth, json={
        "type": "PROTEST", "mode": "obstruct", "sources": ["a1"], "date": "2025-05",
        "start": 0, "end": 30})
    added = r.json()["event"]["id"]
    assert set(events(review="added")) == {(river, added)}
    assert (added, "PROTEST", "144", "added") in exported(review="added")
    after = months()
    assert after["2025-04"] == before["2025-04"] - 1 and after["2025-05"] == before["2025-05"] + 1
