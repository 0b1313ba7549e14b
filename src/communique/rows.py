"""One flat row per event: the columns of every tabular output, defined once.

CSV, Parquet and the GeoJSON properties of ``communique export`` (and so the
workbench's downloads) and the events table of ``scale.tables`` are all made of
``row``; list fields are joined with ``"; "``.  ``write_parquet``/``ParquetTable``
is the one Parquet writer, with the types of ``TYPES``.

A row is made from an event *record*: ``{event, document, place, cluster_size,
sources, targets, claimed_by}`` as the archive's reader gives them, or as
``records_of`` builds them from a ``communique.document/1`` dict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .cameo_scale import goldstein, quad_class

SEP = "; "

# Column -> Parquet type (string unless said otherwise); the order is the columns' order.
TYPES: dict[str, str] = {
    "event_id": "string", "document_id": "string", "date": "string", "date_precision": "string",
    "type": "string", "mode": "string", "cameo": "string", "quad_class": "int64",
    "goldstein": "float64", "status": "string", "negated": "bool", "confidence": "float64",
    "source_actors": "string", "source_countries": "string", "source_sectors": "string",
    "target_actors": "string", "target_countries": "string", "target_sectors": "string",
    "claimed_by": "string", "place": "string", "place_country": "string", "lat": "float64",
    "lon": "float64", "geonameid": "int64", "evidence": "string", "evidence_start": "int64",
    "evidence_end": "int64", "field_evidence": "string", "title": "string", "published": "string",
    "url": "string", "path": "string", "event_cluster": "string", "cluster_sources": "int64",
    "pattern": "string", "coding_version": "string", "review_status": "string",
}
COLUMNS: list[str] = list(TYPES)
# A GeoJSON feature carries these in its geometry; its properties are the other columns.
GEOMETRY = ("lat", "lon")


def _join(actors: list[dict[str, Any]], key: str) -> str:
    return SEP.join(a.get(key) or "" for a in actors)


def row(rec: dict[str, Any]) -> dict[str, Any]:
    """The flat row of one event record, with every column of ``COLUMNS``."""
    e, doc, place = rec["event"], rec["document"], rec["place"] or {}
    return {
        "event_id": e["id"], "document_id": e["document_id"], "date": e["date"],
        "date_precision": e["date_precision"], "type": e["type"], "mode": e["mode"],
        "cameo": e["cameo"], "quad_class": quad_class(e["cameo"]), "goldstein": goldstein(e["cameo"]),
        "status": e["status"], "negated": bool(e["negated"]), "confidence": e["confidence"],
        "source_actors": _join(rec["sources"], "name"),
        "source_countries": _join(rec["sources"], "country"),
        "source_sectors": _join(rec["sources"], "sector"),
        "target_actors": _join(rec["targets"], "name"),
        "target_countries": _join(rec["targets"], "country"),
        "target_sectors": _join(rec["targets"], "sector"),
        "claimed_by": _join(rec["claimed_by"], "name"),
        "place": place.get("name"), "place_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"), "geonameid": place.get("geonameid"),
        "evidence": e["evidence_text"], "evidence_start": e["evidence_start"],
        "evidence_end": e["evidence_end"],
        "field_evidence": json.dumps(e.get("field_evidence") or {}, sort_keys=True),
        "title": doc["title"], "published": doc["published"], "url": doc["url"],
        "path": doc["path"], "event_cluster": e["cluster_id"], "cluster_sources": rec["cluster_size"],
        "pattern": e["pattern"], "coding_version": doc["coding_version"],
        "review_status": e.get("review_status", "coded"),
    }


def records_of(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Event records of a ``communique.document/1`` dict (a document not in an
    archive: no event cluster, no coding version).  Event ids are
    ``<document id>/<event id>``, as in the archive."""
    d = data["document"]
    source = d.get("source") or {}
    actors = {a["id"]: a for a in data.get("actors", [])}
    places = {p["id"]: p for p in data.get("places", [])}
    document = {"id": d.get("id"), "title": d.get("title"), "published": d.get("published"),
                "url": source.get("url"), "path": source.get("path"),
                "coding_version": d.get("coding_version")}
    for e in data.get("events", []):
        evidence = e.get("evidence") or {}
        yield {
            "event": {"id": f"{d.get('id')}/{e['id']}", "document_id": d.get("id"),
                      "date": e.get("date"), "date_precision": e.get("date_precision"),
                      "type": e.get("type"), "mode": e.get("mode"), "cameo": e.get("cameo"),
                      "status": e.get("status"), "negated": e.get("negated"),
                      "confidence": e.get("confidence"), "evidence_text": evidence.get("text"),
                      "evidence_start": evidence.get("start"), "evidence_end": evidence.get("end"),
                      "field_evidence": e.get("field_evidence"), "cluster_id": None,
                      "pattern": e.get("pattern")},
            "document": document,
            "place": places.get(e.get("place")),
            "cluster_size": None,
            **{role: [actors[a] for a in e.get(role) or [] if a in actors]
               for role in ("sources", "targets", "claimed_by")},
        }


# -- the Parquet writer ---------------------------------------------------------------------
class ParquetTable:
    """A Parquet file written in batches of rows (dicts), typed by ``types``
    (column -> "string", "int64", "float64", "bool" or "list" of strings)."""

    def __init__(self, out: str | IO, types: dict[str, str] = TYPES, batch_rows: int = 10_000):
        import pyarrow as pa
        import pyarrow.parquet as pq

        kinds = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
                 "bool": pa.bool_(), "list": pa.list_(pa.string())}
        self._pa = pa
        self.schema = pa.schema([(name, kinds[kind]) for name, kind in types.items()])
        self._writer = pq.ParquetWriter(out, self.schema)
        self._batch: list[dict[str, Any]] = []
        self.batch_rows = batch_rows
        self.rows = 0

    def add(self, row: dict[str, Any]) -> None:
        self._batch.append(row)
        if len(self._batch) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        self._writer.write_table(self._pa.Table.from_pylist(self._batch, schema=self.schema))
        self.rows += len(self._batch)
        self._batch = []

    def close(self) -> None:
        try:
            if self._batch or self.rows == 0:  # an empty table still has its columns
                self._flush()
        finally:
            self._writer.close()

    def __enter__(self) -> "ParquetTable":
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.close()
        else:
            self._writer.close()


def write_parquet(rows: Iterable[dict[str, Any]], out: str | IO, types: dict[str, str] = TYPES,
                  batch_rows: int = 10_000) -> int:
    """Write ``rows`` as one Parquet table; returns how many."""
    with ParquetTable(out, types, batch_rows) as table:
        for r in rows:
            table.add(r)
    return table.rows
