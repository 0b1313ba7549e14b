"""Coded documents as two Parquet tables: one row per document, one per event.

The documents table keeps the whole ``communique.document/1`` JSON of each
document in a ``record`` column, so nothing is lost; its other columns and the
events table (the flat rows of ``communique.rows``, as ``communique export``
writes them) are for analysis (pandas, DuckDB, Spark) without JSON parsing.
Rows are written in batches, so a long stream never sits in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import rows

DOCUMENT_COLUMNS = {
    "doc_id": "string", "title": "string", "published": "string", "published_from": "string",
    "language": "string", "issuers": "list", "source_path": "string", "source_url": "string",
    "source_record": "string", "source_line": "int64", "n_actors": "int64", "n_places": "int64",
    "n_events": "int64", "n_errors": "int64", "text": "string", "record": "string",
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
    """The flat rows (``communique.rows``) of a coded document's events."""
    return [rows.row(rec) for rec in rows.records_of(record)]


def write_parquet(records: Iterable[dict[str, Any]], out_dir: str | Path,
                  batch_rows: int = 256) -> dict[str, int]:
    """Write ``documents.parquet`` and ``events.parquet`` under ``out_dir``.

    ``records`` are ``contract.to_dict`` results (e.g. from ``code_records``).
    Returns the row counts written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with rows.ParquetTable(out / "documents.parquet", DOCUMENT_COLUMNS, batch_rows) as documents, \
            rows.ParquetTable(out / "events.parquet", rows.TYPES, batch_rows) as events:
        for record in records:
            documents.add(document_row(record))
            for r in event_rows(record):
                events.add(r)
    return {"documents": documents.rows, "events": events.rows}
