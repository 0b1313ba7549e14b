"""Reviewed events as a gold set that ``communique evaluate reviewed`` scores.

One record per confirmed, corrected or added event, in the shape of the
plover_gsr gold files: ``{id, text, published, event: {type, mode, sources:
[{text, country, sector}], targets: [...], location}}``, where ``text`` is the
event's evidence and actors are given by the words naming them there.  Rejected
events are written to ``rejected`` records in the same file with
``"event": null`` so a scorer can count coded events a person refused.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import CommuniqueError
from .models import ReviewedEvent

GOLD_NAME = "reviewed"


def _actor(doc: dict, actor_id: str, start: int, end: int) -> dict[str, Any]:
    actor = next((a for a in doc.get("actors", []) if a["id"] == actor_id), None)
    if actor is None:
        return {"text": actor_id, "country": None, "sector": None, "actor": actor_id}
    text = doc["document"]["text"]
    inside = [m for m in actor.get("mentions", []) if start <= m["start"] and m["end"] <= end]
    words = text[inside[0]["start"]:inside[0]["end"]] if inside else actor["name"]
    return {"text": words, "country": actor.get("country"), "sector": actor.get("sector"),
            "actor": actor_id}


def record(doc: dict, row: ReviewedEvent) -> dict[str, Any]:
    e = row.current
    ev = e.get("evidence") or {}
    start, end = ev.get("start", 0), ev.get("end", 0)
    place = next((p for p in doc.get("places", []) if p["id"] == e.get("place")), None)
    event = None
    if row.decision != "rejected":
        event = {"type": e.get("type"), "mode": e.get("mode"),
                 "sources": [_actor(doc, a, start, end) for a in e.get("sources", [])],
                 "targets": [_actor(doc, a, start, end) for a in e.get("targets", [])],
                 "location": (place or {}).get("name"), "date": e.get("date"),
                 "status": e.get("status")}
    return {"id": f"{row.document_id}/{row.event_id}", "text": ev.get("text") or doc["document"]["text"][start:end],
            "published": doc["document"].get("published"), "document": row.document_id,
            "event": event,
            "review": {"decision": row.decision, "reviewer": row.reviewer,
                       "at": row.updated_at.isoformat(timespec="seconds") if row.updated_at else None},
            "coded": None if row.original is None else
            {k: row.original.get(k) for k in ("type", "mode", "sources", "targets", "date", "place", "status")}}


def gold_records(session: Session, archive) -> Iterator[dict[str, Any]]:
    rows = session.scalars(select(ReviewedEvent).order_by(ReviewedEvent.document_id, ReviewedEvent.id))
    docs: dict[str, dict | None] = {}
    for row in rows:
        if row.document_id not in docs:
            docs[row.document_id] = archive.document(row.document_id)
        doc = docs[row.document_id]
        if doc is None:  # the document left the archive; its review log stays
            continue
        yield record(doc, row)


def export_gold(session: Session, out: str | os.PathLike, archive=None, split: str = "dev") -> Path:
    """Write ``reviewed.<split>.jsonl`` into folder ``out``; returns the file written.

    ``archive`` defaults to the SQL store behind ``session``.
    """
    if archive is None:
        from ..web.store_archive import StoreArchive
        archive = StoreArchive(session)
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise CommuniqueError(f"{folder}: gold export needs a folder (it writes {GOLD_NAME}.{split}.jsonl)")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{GOLD_NAME}.{split}.jsonl"
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in gold_records(session, archive):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return path
