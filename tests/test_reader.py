"""One reader, one meaning of the filters: the workbench's API, `communique export`,
`communique search` and the reader itself select the same events and documents for the
same filters, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from web_support import write_archive

from communique.cli import main
from communique.store.archive import Archive
from communique.store.filters import Filters
from communique.store.reader import Reader
from communique.web import demo
from communique.web.server import build_app

# A statement whose speaker only reports the meeting: the board is its claimant,
# neither source nor target.
TEXT = ("Statement of the Tarn Valley Water Board. The board said that the Orla Fishing "
        "Cooperative met the Velm Port Authority in Velmar on 3 June 2024.")


def claimed_doc() -> dict:
    def span(words):
        at = TEXT.index(words)
        return {"start": at, "end": at + len(words)}

    ev = span("the Orla Fishing Cooperative met the Velm Port Authority in Velmar on 3 June 2024")
    return {"schema": "communique.document/1",
            "document": {"id": "doc-velm-meeting", "title": "Water board statement", "published": "2024-06-04",
                         "source": {"format": "text", "sitename": "Tarn Valley Water Board"},
                         "text": TEXT, "issuers": ["a1"], "sections": [], "removed": []},
            "actors": [{"id": "a1", "name": "Tarn Valley Water Board", "kind": "organization", "country": "FIN",
                        "mentions": [span("Tarn Valley Water Board")]},
                       {"id": "a2", "name": "Orla Fishing Cooperative", "kind": "group", "country": "FIN",
                        "mentions": [span("Orla Fishing Cooperative")]},
                       {"id": "a3", "name": "Velm Port Authority", "kind": "organization", "country": "EST",
                        "mentions": [span("Velm Port Authority")]}],
            "places": [{"id": "p1", "name": "Velmar", "country": "EST", "lat": 59.4, "lon": 24.7,
                        "mentions": [span("Velmar")]}],
            "dates": [], "mentions": [], "errors": [],
            "events": [{"id": "e1", "type": "CONSULT", "mode": None, "cameo": "043", "sources": ["a2"],
                        "targets": ["a3"], "claimed_by": ["a1"], "date": "2024-06-03", "date_precision": "day",
                        "place": "p1", "status": "reported", "negated": False, "confidence": 0.7,
                        "evidence": {**ev, "text": TEXT[ev["start"]:ev["end"]]}, "field_evidence": {}}]}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_url(request, tmp_path_factory):
    drop = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('reader') / 'archive.db'}"
    else:
        import psycopg

        from test_store_support import pg_base_url

        base = pg_base_url()
        name = "t_reader_" + uuid.uuid4().hex[:10]
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url, drop = f"{base.rpartition('/')[0]}/{name}", (base, name)
    write_archive(url, [*demo.documents(), claimed_doc()])
    yield url
    if drop:
        import psycopg

        with psycopg.connect(drop[0], autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{drop[1]}" WITH (FORCE)')


@pytest.fixture(scope="module")
def client(db_url):
    with TestClient(build_app(db_url), base_url="http://127.0.0.1") as c:
        yield c


# (workbench query parameters, the same filters as command options, the events expected)
CASES = [
    ({"actor": "fishers"}, ["--actor", "fishers"],
     {"demo-harbour-talks/e1", "demo-harbour-talks/e2", "demo-harbour-talks/e4"}),
    ({"actor": "sen"}, ["--actor", "sen"], {"demo-river-protest/e1", "demo-river-protest/e2"}),
    # words are read from their start: "fish" finds the fishers and the fishing cooperative,
    # "ishers" inside a word finds no one
    ({"actor": "fish"}, ["--actor", "fish"],
     {"demo-harbour-talks/e1", "demo-harbour-talks/e2", "demo-harbour-talks/e4", "doc-velm-meeting/e1"}),
    ({"actor": "ishers"}, ["--actor", "ishers"], set()),
    ({"actor": "UGA"}, ["--actor", "UGA"], {"demo-border-aid/e1", "demo-border-aid/e2", "demo-border-aid/e3"}),
    ({"actor": "Tarn Valley"}, ["--actor", "Tarn Valley"], set()),   # the claimant only
    ({"actor": "orla"}, ["--actor", "orla"], {"doc-velm-meeting/e1"}),
    ({"place": "saint"}, ["--place", "saint"], {"demo-river-protest/e1"}),
    ({"place": "EST"}, ["--place", "EST"], {"doc-velm-meeting/e1"}),
    ({"type": "protest"}, ["--type", "protest"], {"demo-river-protest/e1"}),
    ({"type": "04"}, ["--type", "04"], {"doc-velm-meeting/e1"}),
    ({"date_to": "2024"}, ["--until", "2024"], {"doc-velm-meeting/e1"}),
    ({"date_from": "2025-05"}, ["--since", "2025-05"], {"demo-river-protest/e1", "demo-river-protest/e2"}),
    ({"actor": "Coastal Fishers Union", "type": "accuse"}, ["--actor", "Coastal Fishers Union", "--type", "accuse"],
     {"demo-harbour-talks/e4"}),
    ({"q": "harbour", "actor": "forum"}, ["--query", "harbour", "--actor", "forum"],
     {"demo-harbour-talks/e1", "demo-harbour-talks/e2", "demo-harbour-talks/e3"}),
]


@pytest.mark.parametrize("params, options, expected", CASES, ids=lambda x: repr(x) if isinstance(x, dict) else "")
def test_the_api_the_export_command_and_the_reader_select_the_same_events(client, db_url, params, options,
                                                                         expected):
    api = {f"{e['document_id']}/{e['event']['id']}"
           for e in client.get("/api/events", params={**params, "limit": 500}).json()["events"]}
    assert api == expected
    result = CliRunner().invoke(main, ["export", "--format", "plover-jsonl", "--db", db_url, *options])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["id"] for line in result.stdout.splitlines()} == expected
    with Archive.open(db_url) as archive, Reader.of(archive) as reader:
        assert {r["event"]["id"] for r in reader.records(Filters.from_params(params))} == expected
    button = client.get("/events/export", params={**params, "format": "plover-jsonl"})
    assert {json.loads(line)["id"] for line in button.text.splitlines()} == expected


@pytest.mark.parametrize("params, options, expected", CASES, ids=lambda x: repr(x) if isinstance(x, dict) else "")
def test_the_search_page_and_the_search_command_find_the_same_documents(client, db_url, params, options,
                                                                        expected):
    options = [o for o in options if o != "--query"]  # the command takes the query as its argument
    page = {d["document_id"] for d in client.get("/api/documents", params={**params, "limit": 200}).json()["documents"]}
    assert page == {e.split("/")[0] for e in expected}
    result = CliRunner().invoke(main, ["search", *options, "--json", "--limit", "100", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["document_id"] for line in result.stdout.splitlines()} == page


def test_facets_count_what_their_filter_then_finds(client):
    facets = client.get("/api/documents").json()["facets"]
    for name in ("actor", "place", "type"):
        for f in facets[name]:
            found = client.get("/api/events", params={name: f["value"], "limit": 1}).json()["total"]
            assert found >= f["count"], (name, f)


def test_search_takes_the_workbench_filters_too(db_url):
    from communique.store.search import search

    with Archive.open(db_url) as archive:
        for query in ("statement", None):  # ranked, and newest first
            hits = search(archive, query, Filters(source="Tarn Valley Water Board"))
            assert [h.document_id for h in hits] == ["doc-velm-meeting"], query
        assert search(archive, None, Filters(review="rejected")) == []
        assert {h.document_id for h in search(archive, None, Filters(review="unreviewed"), limit=50)} == {
            "demo-harbour-talks", "demo-border-aid", "demo-river-protest", "doc-velm-meeting"}
