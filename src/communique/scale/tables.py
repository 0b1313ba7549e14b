"""Coded documents as two Parquet tables: one row per document, one per event.

The documents table keeps the whole ``communique.document/1`` JSON of each
document in a ``record`` column, so nothing is lost; its other columns and the
flat events table are for analysis (pandas, DuckDB, Spark) without JSON parsing.
Rows are written in batches, so a long stream never sits in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DOCUMENT_COLUMNS = {
    "doc_id": "string", "title": "string", "published": "string", "published_from": "string",
    "language": "string", "issuers": "list", "source_path": "string", "source_url": "string",
    "source_record": "string", "source_line": "int64", "n_actors": "int64", "n_places": "int64",
    "n_events": "int64", "n_errors": "int64", "text": "string", "record": "string",
}
EVENT_COLUMNS = {
    "doc_id": "string", "event_id": "string", "type": "string", "mode": "string",
    "cameo": "string", "sources": "list", "targets": "list", "date": "string",
    "date_precision": "string", "place": "string", "status": "string", "claimed_by": "list",
    "negated": "bool", "confidence": "float64", "evidence_start": "int64",
    "evidence_end": "int64", "evidence_text": "string", "pattern": "string",
}


def document_row(record: dict[str, Any]) -> dict[str, Any]:
    doc = record["document"]
    source = doc.get("source", {})
    return {
        "doc_id": doc.get("id"), "title": doc.get("title"), "published": doc.get("published"),
        "published_from": doc.get("published_from"), "language": doc.get("language"),
        "issuers": list(doc.get("issuers") or []), "source_path": source.get("path"),
        "source_url": source.get("url"), "source_record": source.get("record"),
        "source_line": source.get("line"), "n_actors": len(record.get("actors", [])),
        "n_places": len(record.get("places", [])), "n_events": len(record.get("events", [])),
        "n_errors": len(record.get("errors", [])), "text": doc.get("text"),
        "record": json.dumps(record, ensure_ascii=False),
    }


def event_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    doc_id = record["document"].get("id")
    rows = []
    for e in record.get("events", []):
        evidence = e.get("evidence") or {}
        rows.append({
            "doc_id": doc_id, "event_id": e.get("id"), "type": e.get("type"),
            "mode": e.get("mode"), "cameo": e.get("cameo"), "sources": list(e.get("sources") or []),
            "targets": list(e.get("targets") or []), "date": e.get("date"),
            "date_precision": e.get("date_precision"), "place": e.get("place"),
            "status": e.get("status"), "claimed_by": list(e.get("claimed_by") or []),
            "negated": bool(e.get("negated")), "confidence": e.get("confidence"),
            "evidence_start": evidence.get("start"), "evidence_end": evidence.get("end"),
            "evidence_text": evidence.get("text"), "pattern": e.get("pattern"),
        })
    return rows


def write_parquet(records: Iterable[dict[str, Any]], out_dir: str | Path,
                  batch_rows: int = 256) -> dict[str, int]:
    """Write ``documents.parquet`` and ``events.parquet`` under ``out_dir``.

    ``records`` are ``to_dict()`` results (e.g. from ``code_records``).
    Returns the row counts written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    schemas = {"documents": _schema(pa, DOCUMENT_COLUMNS), "events": _schema(pa, EVENT_COLUMNS)}
    writers = {name: pq.ParquetWriter(out / f"{name}.parquet", schema)
               for name, schema in schemas.items()}
    buffers: dict[str, list[dict[str, Any]]] = {"documents": [], "events": []}
    counts = {"documents": 0, "events": 0}

    def flush(name: str) -> None:
        if buffers[name]:
            writers[name].write_table(pa.Table.from_pylist(buffers[name], schema=schemas[name]))
            counts[name] += len(buffers[name])
            buffers[name] = []

    try:
        for record in records:
            buffers["documents"].append(document_row(record))
            buffers["events"].extend(event_rows(record))
            for name in buffers:
                if len(buffers[name]) >= batch_rows:
                    flush(name)
        for name in buffers:
            flush(name)
    finally:
        for w in writers.values():
            w.close()
    return counts


def _schema(pa, columns: dict[str, str]):
    kinds = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([(name, kinds[kind]) for name, kind in columns.items()])
