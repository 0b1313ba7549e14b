"""Exports of the archive's events: PLOVER JSON lines, CAMEO TSV, CSV, Parquet, GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from sqlalchemy import select
from click.testing import CliRunner
from test_store_support import border_doc, coded, db_url, pg_url, shelling_doc  # noqa: F401

from communique.cli import main
from communique.config import load_config
from communique.export import export
from communique.export.cameo import COLUMNS as CAMEO_COLUMNS
from communique.store import Archive
from communique.store.models import EventRow
from communique.store.reader import Reader
from communique.store.search import Filters
from communique.store.writer import Writer


@pytest.fixture
def archive(db_url):
    a = Archive.open(db_url, write=True, config=load_config())
    Writer(a, None, "v1").write([coded(border_doc()), coded(shelling_doc())])
    yield a
    a.close()


def _text(archive, fmt, **kw) -> tuple[str, dict]:
    out = io.StringIO()
    counts = export(archive, fmt, out, **kw)
    return out.getvalue(), counts


def test_plover_records(archive):
    body, counts = _text(archive, "plover-jsonl")
    records = [json.loads(line) for line in body.splitlines()]
    assert counts == {"events": 3, "rows": 3, "without_plover_type": 0}
    agree = next(r for r in records if r["event"] == "AGREE")
    assert agree["date"] == "2024-03-04" and agree["cameo"] == "057"
    assert [a["actorText"] for a in agree["source"]] == ["Government of Freedonia", "Government of Sylvania"]
    assert agree["source"][0]["code"] == "FRE" and agree["source"][0]["sector"] == "GOV"
    assert "target" not in agree   # null fields are left out, as in the PLOVER GSR
    assert agree["eventLoc"] == {"placeName": "Port Lumen", "lat": 45.5, "lon": 12.25,
                                 "geonameid": 9990001, "countryCode": "FRE", "precision": "city"}
    assert agree["text"].startswith("The Government of Freedonia welcomes the agreement")
    assert agree["eventText"] == "agreement"
    doc_text = border_doc().text
    info = agree["textInfo"]
    assert doc_text[info["start"]:info["end"]] == agree["text"]
    assert agree["context"] == [] and agree["status"] == "asserted" and agree["coder"] == "communique"
    assert agree["eventCluster"]["sourceCount"] == 1


def test_an_event_with_a_cameo_code_and_no_plover_type_is_stored_and_exported_as_cameo_only(db_url):
    # petrarch_verbs = "only" codes a dictionary's code as written, with no PLOVER type
    # when it has none (a 01x statement): the archive keeps the event, CAMEO rows carry
    # it, a PLOVER record cannot say what it is and leaves it out
    doc = shelling_doc()
    doc.events[1].type, doc.events[1].mode, doc.events[1].cameo = None, None, "012"
    a = Archive.open(db_url, write=True, config=load_config())
    try:
        Writer(a, None, "v1").write([coded(doc)])
        body, counts = _text(a, "plover-jsonl")
        assert counts == {"events": 2, "rows": 1, "without_plover_type": 1}
        assert [json.loads(line)["cameo"] for line in body.splitlines()] == ["112"]
        body, counts = _text(a, "cameo-tsv")
        rows = list(csv.DictReader(io.StringIO(body), delimiter="\t"))
        assert sorted(r["EventCode"] for r in rows) == ["012", "112"]
        assert next(r for r in rows if r["EventCode"] == "012")["EventRootCode"] == "01"
        body, _ = _text(a, "csv")
        assert sorted(r["type"] for r in csv.DictReader(io.StringIO(body))) == ["", "ACCUSE"]
        with Reader.of(a) as reader:
            stored = reader.document(next(iter(reader.records()))["event"]["document_id"])
            # the charts and tables per PLOVER type leave it out
            timeline = [t for _, t, _ in reader.timeline(Filters(), "day")]
        assert sorted((e["cameo"], e["type"]) for e in stored["events"]) == [("012", None), ("112", "ACCUSE")]
        with a.reading() as conn:   # NULL in the archive, not a stand-in ''
            assert conn.execute(select(EventRow.cameo, EventRow.type).order_by(EventRow.cameo)).all() \
                == [("012", None), ("112", "ACCUSE")]
        assert timeline == ["ACCUSE"]
        from communique.report.dyads import dyad_report
        report = dyad_report(a, all_actors=True)
        # the accusation alone: the typeless demand (Sylvania -> Ruritania too) is no dyad
        assert [(y.year, d.source, d.type, d.target, d.events) for y in report.years for d in y.dyads] \
            == [("2024", "SYL", "ACCUSE", "RUR", 1)]
    finally:
        a.close()


def test_cameo_rows_are_dyadic(archive):
    body, counts = _text(archive, "cameo-tsv")
    rows = list(csv.reader(io.StringIO(body), delimiter="\t"))
    assert rows[0] == CAMEO_COLUMNS
    data = [dict(zip(rows[0], r)) for r in rows[1:]]
    # AGREE has two sources and no target: two rows; ACCUSE and DEMAND one each.
    assert counts == {"events": 3, "rows": 4, "without_cameo_code": 0}
    agree = [r for r in data if r["EventCode"] == "057"]
    assert [r["SourceActorFull"] for r in agree] == ["FREGOV", "SYLGOV"]
    assert {r["EventID"].rsplit("#", 1)[1] for r in agree} == {"1", "2"}
    accuse = next(r for r in data if r["EventCode"] == "112")
    assert (accuse["Date"], accuse["Year"], accuse["Month"], accuse["Day"]) == ("20240304", "2024", "03", "04")
    assert (accuse["SourceActorEntity"], accuse["TargetActorEntity"]) == ("SYL", "RUR")
    assert (accuse["EventRootCode"], accuse["QuadClass"], accuse["GoldsteinScore"]) == ("11", "3", "-2.0")
    assert (accuse["LocationName"], accuse["Lat"], accuse["Lon"]) == ("Orvel", "44.0", "13.5")
    assert accuse["URLs"] == "statements/x.txt"


def test_csv_and_parquet_have_one_row_per_event(archive, tmp_path):
    body, _ = _text(archive, "csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 3
    agree = next(r for r in rows if r["type"] == "AGREE")
    assert agree["source_actors"] == "Government of Freedonia; Government of Sylvania"
    assert agree["source_countries"] == "FRE; SYL" and agree["quad_class"] == "1"
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    with open(path, "wb") as fh:
        export(archive, "parquet", fh)
    table = pq.read_table(path)
    assert table.num_rows == 3
    assert sorted(table.column("type").to_pylist()) == ["ACCUSE", "AGREE", "DEMAND"]
    assert table.schema.field("lat").type == "double"


def test_geojson_has_the_events_with_a_place(archive):
    body, counts = _text(archive, "geojson")
    fc = json.loads(body)
    assert fc["type"] == "FeatureCollection"
    assert counts == {"events": 3, "rows": 2, "without_place": 1}
    points = {f["properties"]["type"]: f["geometry"]["coordinates"] for f in fc["features"]}
    assert points == {"AGREE": [12.25, 45.5], "ACCUSE": [13.5, 44.0]}


def test_filters_and_query_apply(archive):
    body, counts = _text(archive, "csv", filters=Filters(actor="Ruritania"))
    assert counts["events"] == 2
    body, counts = _text(archive, "csv", query="border")
    assert counts["events"] == 1 and "AGREE" in body


def test_export_command_writes_a_file_or_stdout(db_url, archive, tmp_path):
    runner = CliRunner()
    out = tmp_path / "e.jsonl"
    result = runner.invoke(main, ["export", "--format", "plover-jsonl", "--db", db_url, "-o", str(out),
                                  "--type", "DEMAND"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["event"] for x in out.read_text().splitlines()] == ["DEMAND"]
    result = runner.invoke(main, ["export", "--format", "cameo-tsv", "--db", db_url])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("EventID\tDate\tYear")


def test_export_into_a_missing_folder_is_a_clear_error(db_url, archive, tmp_path):
    out = tmp_path / "no" / "such" / "events.csv"
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", db_url, "-o", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"the folder {out.parent} does not exist" in result.output
    assert not out.parent.exists()


def test_a_full_disk_leaves_no_partial_file_and_the_old_one_intact(db_url, archive, tmp_path,
                                                                   monkeypatch):
    import errno

    from communique.export import run

    out = tmp_path / "events.csv"
    out.write_text("the previous export\n")

    def half_then_full(records, stream):
        stream.write("event_id,document_id\n" + "x,y\n" * 1000)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(run._WRITERS, "csv", half_then_full)
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", db_url, "-o", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{out}: the disk is full; nothing was written" in result.output
    assert out.read_text() == "the previous export\n"
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
    monkeypatch.undo()
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", db_url, "-o", str(out)])
    assert result.exit_code == 0 and out.read_text().startswith("event_id,")
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_a_device_that_fills_up_is_a_one_line_error(db_url, archive):
    """-o /dev/full (a device, written in place) fails at the first write: the user
    gets one line naming it, no traceback."""
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", db_url, "-o", "/dev/full"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "/dev/full: the disk is full; the export stopped part-way" in result.output


def test_export_to_a_device_or_through_a_link_writes_in_place(db_url, archive, tmp_path):
    import os
    import stat

    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", db_url, "-o", os.devnull])
    assert result.exit_code == 0 and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", db_url, "-o", str(link)])
    assert result.exit_code == 0 and link.is_symlink()
    assert real.read_text().startswith("event_id,")
