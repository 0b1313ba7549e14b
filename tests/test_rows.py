"""One flat event row (communique.rows) behind every tabular output, one Parquet writer."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from communique import contract, rows
from communique.export import export
from communique.scale.tables import write_parquet
from communique.store.archive import Archive
from communique.web import demo
from communique.web.server import build_app

SRC = Path(__file__).resolve().parents[1] / "src" / "communique"
# Columns only an archive knows: its event clusters and the coding version it stored.
ARCHIVE_ONLY = {"event_cluster", "cluster_sources", "coding_version"}


@pytest.fixture(scope="module")
def archive_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('rows') / 'archive.db'}"
    with Archive.open(url, write=True) as archive:
        assert demo.load_into(archive, demo.documents()) == 3
    return url


def _export(url, fmt):
    out = io.BytesIO() if fmt == "parquet" else io.StringIO()
    with Archive.open(url, write=False) as archive:
        export(archive, fmt, out)
    return out.getvalue()


def test_csv_parquet_and_geojson_have_the_columns_of_rows(archive_url):
    header = next(csv.reader(io.StringIO(_export(archive_url, "csv"))))
    assert header == rows.COLUMNS
    table = pq.read_table(io.BytesIO(_export(archive_url, "parquet")))
    assert table.column_names == rows.COLUMNS
    assert {f.name: str(f.type) for f in table.schema}["geonameid"] == "int64"
    features = json.loads(_export(archive_url, "geojson"))["features"]
    assert features, "the demo archive has events with a place"
    for f in features:
        assert list(f["properties"]) == [c for c in rows.COLUMNS if c not in rows.GEOMETRY]


def test_the_workbench_downloads_the_full_row(archive_url):
    with TestClient(build_app(archive_url), base_url="http://localhost:8000") as client:
        got = client.get("/events/export", params={"format": "csv"})
        assert got.status_code == 200
        assert next(csv.reader(io.StringIO(got.text))) == rows.COLUMNS
        got = client.get("/events/export", params={"format": "parquet"})
        assert pq.read_table(io.BytesIO(got.content)).column_names == rows.COLUMNS


def test_scale_events_table_is_the_same_row(tmp_path, archive_url):
    docs = [contract.to_dict(d) for d in demo.documents()]
    counts = write_parquet(docs, tmp_path, batch_rows=2)
    events = pq.read_table(tmp_path / "events.parquet")
    assert events.column_names == rows.COLUMNS
    assert counts["events"] == sum(len(d["events"]) for d in docs) == events.num_rows
    # Row for row what the archive exports of the same documents, but for what only it knows.
    def key(r):  # the archive names documents by content, the demo by its own ids
        return r["title"], r["event_id"].partition("/")[2]

    exported = {key(r): r for r in csv.DictReader(io.StringIO(_export(archive_url, "csv")))}
    scaled = {key(r): r for r in events.to_pylist()}
    assert set(exported) == set(scaled) and len(scaled) == events.num_rows
    for k, want in exported.items():
        for col in rows.COLUMNS:
            if col not in ARCHIVE_ONLY | {"event_id", "document_id"}:
                got = scaled[k][col]
                assert ("" if got is None else str(got)) == want[col], (k, col)


def test_rows_of_a_document_name_actors_and_place(archive_url):
    doc = contract.to_dict(demo.documents()[0])
    made = [rows.row(rec) for rec in rows.records_of(doc)]
    assert [r["event_id"] for r in made] == [f"{doc['document']['id']}/{e['id']}" for e in doc["events"]]
    names = {a["id"]: a["name"] for a in doc["actors"]}
    first, e = made[0], doc["events"][0]
    assert first["source_actors"] == rows.SEP.join(names[a] for a in e["sources"])
    assert set(first) == set(rows.COLUMNS)


def test_one_parquet_writer():
    writers = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                     if re.search(r"ParquetWriter|pq\.write_table|\.to_parquet\(", p.read_text("utf-8")))
    assert writers == ["rows.py"]
