"""Reviewers' work reaches every reader: exports in every format, search and its
filters, on SQLite and PostgreSQL (review.state, the one place reviews apply)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_store_support import border_doc, coded, db_url, pg_url, shelling_doc  # noqa: F401

from communique.cli import main
from communique.config import load_config
from communique.export import export
from communique.review import actions, users
from communique.review.models import User
from communique.store import Archive
from communique.store.db import make_engine
from communique.store.search import Filters, search
from communique.store.writer import Writer
from communique.web.server import prepare
from communique.web.store_archive import StoreArchive

BORDER_ID, SHELLING_ID = border_doc().content_id(), shelling_doc().content_id()


@pytest.fixture
def reviewed(db_url):
    """Border AGREE confirmed; shelling ACCUSE corrected to an ASSAULT by Ruritania on
    Sylvania's government, dated the day before; shelling DEMAND rejected; a missed
    CONSULT ("will meet again in Orvel") added to the border statement."""
    with Archive.open(db_url, write=True, config=load_config()) as a:
        Writer(a, None, "v1").write([coded(border_doc()), coded(shelling_doc())])
    prepare(db_url)
    engine = make_engine(db_url, write=True)
    with Session(engine, expire_on_commit=False) as s:
        users.add_user(s, "ada")
        ada = s.scalar(select(User))
        store = StoreArchive(s)
        border, shelling = store.document(BORDER_ID), store.document(SHELLING_ID)
        ev = {(d["document"]["id"], e["id"]): e for d in (border, shelling) for e in d["events"]}
        ids = {a["name"]: a["id"] for a in shelling["actors"]}
        actions.confirm(s, ada, BORDER_ID, ev[(BORDER_ID, "e1")])
        actions.correct(s, ada, SHELLING_ID, ev[(SHELLING_ID, "e1")],
                        {"type": "ASSAULT", "sources": [ids["Ruritania"]],
                         "targets": [ids["Government of Sylvania"]], "date": "2024-03-03"},
                        actors=set(ids.values()))
        actions.reject(s, ada, SHELLING_ID, ev[(SHELLING_ID, "e2")])
        text = border["document"]["text"]
        start = text.index("Both governments will meet")
        actions.add_event(s, ada, BORDER_ID, text, start, len(text),
                          {"type": "CONSULT", "sources": [a["id"] for a in border["actors"]
                                                          if a["name"].startswith("Government")]})
    engine.dispose()
    archive = Archive.open(db_url, write=False)
    yield archive
    archive.close()


def _csv(archive, **kw) -> list[dict]:
    out = io.StringIO()
    export(archive, "csv", out, **kw)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_every_export_format_writes_the_reviewed_events(reviewed, tmp_path):
    rows = {r["type"]: r for r in _csv(reviewed)}
    assert sorted(rows) == ["AGREE", "ASSAULT", "CONSULT"]          # DEMAND was rejected
    assert {t: r["review_status"] for t, r in rows.items()} == {
        "AGREE": "confirmed", "ASSAULT": "corrected", "CONSULT": "added"}
    assault = rows["ASSAULT"]
    assert (assault["source_actors"], assault["target_actors"]) == ("Ruritania", "Government of Sylvania")
    assert (assault["date"], assault["cameo"], assault["quad_class"]) == ("2024-03-03", "18", "4")
    assert assault["place"] == "Orvel" and assault["evidence"].startswith("The Government of Sylvania")
    consult = rows["CONSULT"]
    assert consult["source_actors"] == "Government of Freedonia; Government of Sylvania"
    assert consult["evidence"] == "Both governments will meet again in Orvel next month."
    assert consult["cameo"] == "04"

    out = io.StringIO()
    export(reviewed, "plover-jsonl", out)
    plover = {r["event"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert plover["ASSAULT"]["reviewStatus"] == "corrected"
    assert [a["actorText"] for a in plover["ASSAULT"]["source"]] == ["Ruritania"]
    assert "DEMAND" not in plover

    out = io.StringIO()
    export(reviewed, "cameo-tsv", out)
    tsv = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert {(r["EventCode"], r["SourceActorEntity"], r["TargetActorEntity"], r["ReviewStatus"])
            for r in tsv} >= {("18", "RUR", "SYL", "corrected")}
    assert not any(r["EventCode"] in ("112", "10") for r in tsv)

    out = io.StringIO()
    export(reviewed, "geojson", out)
    features = json.loads(out.getvalue())["features"]
    assert {(f["properties"]["type"], f["properties"]["review_status"]) for f in features} == {
        ("AGREE", "confirmed"), ("ASSAULT", "corrected")}

    import pyarrow.parquet as pq

    with open(tmp_path / "e.parquet", "wb") as fh:
        export(reviewed, "parquet", fh)
    table = pq.read_table(tmp_path / "e.parquet")
    assert sorted(zip(table.column("type").to_pylist(), table.column("review_status").to_pylist())) == [
        ("AGREE", "confirmed"), ("ASSAULT", "corrected"), ("CONSULT", "added")]


def test_coded_only_writes_the_coders_output(reviewed):
    rows = _csv(reviewed, coded_only=True)
    assert sorted((r["type"], r["cameo"], r["review_status"]) for r in rows) == [
        ("ACCUSE", "112", "coded"), ("AGREE", "057", "coded"), ("DEMAND", "10", "coded")]


def test_export_filters_see_the_reviewed_values(reviewed):
    def types(**kw):
        return sorted(r["type"] for r in _csv(reviewed, filters=Filters(**kw)))

    assert types(type="ACCUSE") == [] and types(type="DEMAND") == []
    assert types(type="ASSAULT") == ["ASSAULT"] and types(type="18") == ["ASSAULT"]
    assert types(type="CONSULT") == ["CONSULT"]
    assert types(until="2024-03-03") == ["ASSAULT"]
    assert types(actor="Ruritania") == ["ASSAULT"]
    assert types(actor="Sylvania") == ["AGREE", "ASSAULT", "CONSULT"]
    rows = _csv(reviewed, filters=Filters(type="ACCUSE"), coded_only=True)
    assert [r["type"] for r in rows] == ["ACCUSE"]


def test_search_filters_and_shows_the_reviewed_events(reviewed):
    def titles(query=None, **kw):
        return sorted(h.title for h in search(reviewed, query, Filters(**kw)))

    assert titles(type="ACCUSE") == [] and titles(type="DEMAND") == []
    assert titles(type="ASSAULT") == ["Sylvania condemns shelling of Orvel"]
    assert titles("Orvel", type="CONSULT") == ["Freedonia welcomes border agreement"]
    hit = search(reviewed, "shelling")[0]
    assert [(e.type, e.cameo, e.review_status) for e in hit.events] == [("ASSAULT", "18", "corrected")]
    assert hit.events[0].sources == ["Ruritania"] and hit.events[0].date == "2024-03-03"
    coded_hits = search(reviewed, None, Filters(type="DEMAND"), coded_only=True)
    assert [h.title for h in coded_hits] == ["Sylvania condemns shelling of Orvel"]


def test_cli_export_and_search_read_reviews_unless_coded_only(reviewed, tmp_path):
    runner = CliRunner()
    db = reviewed.url
    out = tmp_path / "events.csv"
    result = runner.invoke(main, ["export", "--format", "csv", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(r["type"] for r in csv.DictReader(out.open())) == ["AGREE", "ASSAULT", "CONSULT"]
    result = runner.invoke(main, ["export", "--format", "csv", "--db", db, "--coded-only",
                                  "--type", "DEMAND"])
    assert [r["review_status"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["coded"]
    result = runner.invoke(main, ["search", "--db", db, "--type", "ASSAULT"])
    assert "ASSAULT/18 2024-03-03 Ruritania -> Government of Sylvania @ Orvel (corrected)" in result.output
    result = runner.invoke(main, ["search", "--db", db, "--type", "DEMAND"])
    assert result.exit_code == 0 and "no match" in result.output
    result = runner.invoke(main, ["search", "--db", db, "--type", "DEMAND", "--coded-only", "--json"])
    assert json.loads(result.stdout)["events"][0]["review_status"] == "coded"


def test_an_archive_without_review_tables_exports_as_coded(db_url):
    with Archive.open(db_url, write=True, config=load_config()) as a:
        Writer(a, None, "v1").write([coded(shelling_doc())])
        assert sorted((r["type"], r["review_status"]) for r in _csv(a)) == [
            ("ACCUSE", "coded"), ("DEMAND", "coded")]


def test_the_workbench_reads_documents_through_the_same_view(reviewed):
    engine = make_engine(reviewed.url, write=False)
    with Session(engine) as s:
        store = StoreArchive(s)
        shelling = {e["id"]: e for e in store.document(SHELLING_ID)["events"]}
        border = store.document(BORDER_ID)
    engine.dispose()
    # Corrected values, and the rejected event still listed for the page to strike out.
    assert (shelling["e1"]["type"], shelling["e1"]["cameo"], shelling["e1"]["date"]) == (
        "ASSAULT", "18", "2024-03-03")
    assert [shelling["e1"]["sources"], shelling["e1"]["targets"]] == [["a2"], ["a1"]]
    assert shelling["e2"]["type"] == "DEMAND"
    added = [e for e in border["events"] if e["id"].startswith("rev_")]
    assert [(e["type"], e["evidence"]["text"]) for e in added] == [
        ("CONSULT", "Both governments will meet again in Orvel next month.")]


def test_a_review_of_an_event_no_longer_coded_adds_nothing(reviewed):
    from sqlalchemy import delete

    from communique.store.models import EventActorRow, EventRow

    gone = f"{SHELLING_ID}/e1"   # the corrected ASSAULT, as if a recode had dropped it
    with reviewed.engine.begin() as conn:
        conn.execute(delete(EventActorRow).where(EventActorRow.event_id == gone))
        conn.execute(delete(EventRow).where(EventRow.id == gone))
    assert sorted(r["type"] for r in _csv(reviewed)) == ["AGREE", "CONSULT"]
