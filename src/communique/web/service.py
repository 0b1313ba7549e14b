"""The work behind both the pages and the API: reviewed views of archive rows
and the review actions, with permission checks in one place."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from ..review import actions
from ..review.actions import ReviewError
from ..store.reader import Page
from .store_archive import StoreArchive as Archive
from .security import Who

# Longest review note, for the API's models and the page forms alike.
NOTE_MAX = 2000


def reviewed_document(archive: Archive, db, document_id: str) -> dict:
    doc = archive.document(document_id)
    if doc is None:
        raise HTTPException(404, f"no document {document_id!r}")
    # The events are read as reviewed already (review.state); here they get their review's
    # decision, reviewer and coded original.
    reviews = {k[1]: r for k, r in actions.reviews_for(db, [document_id]).items()}
    return {**doc, "events": [{**e, "review": actions.review_info(reviews[e["id"]]) if e["id"] in reviews
                               else None} for e in doc.get("events", [])]}


def reviewed_rows(db, page: Page) -> Page:
    """Event rows of a table page (read as reviewed, review.state) with their review's
    decision and the coded original."""
    reviews = actions.reviews_for(db, sorted({r["document_id"] for r in page.rows}))
    for r in page.rows:
        rev = reviews.get((r["document_id"], r["event"]["id"]))
        r["coded"] = (rev.original if rev is not None and rev.original else None) or r["event"]
        if rev is not None:
            r["event"] = {**r["event"], "review": actions.review_info(rev)}
    return page


def find_event(doc: dict, event_id: str) -> dict:
    for e in doc["events"]:
        if e["id"] == event_id:
            return e
    raise HTTPException(404, f"no event {event_id!r} in document {doc['document']['id']!r}")


def _need_editor(who: Who) -> None:
    if who.user is None:
        raise HTTPException(401, "log in with an editor token to review events")
    if not who.can_edit:
        raise HTTPException(403, f"user {who.name!r} is not an editor")


def _ids(doc: dict) -> tuple[set[str], set[str]]:
    return {a["id"] for a in doc.get("actors", [])}, {p["id"] for p in doc.get("places", [])}


def _coded(e: dict) -> dict:
    return {k: v for k, v in e.items() if k != "review"}


def review(archive: Archive, db, who: Who, document_id: str, event_id: str | None, action: str,
           values: dict[str, Any] | None = None, note: str | None = None,
           start: int | None = None, end: int | None = None):
    """Apply one review action; bad values raise HTTP 400 with the reason."""
    _need_editor(who)
    if note is not None and len(note) > NOTE_MAX:
        raise HTTPException(400, f"note: at most {NOTE_MAX} characters (got {len(note):,})")
    doc = reviewed_document(archive, db, document_id)
    actor_ids, place_ids = _ids(doc)
    try:
        if action == "add":
            if start is None or end is None:
                raise ReviewError("select the evidence text (start and end offsets) for the new event")
            return actions.add_event(db, who.user, document_id, doc["document"]["text"], start, end,
                                     values or {}, actors=actor_ids, places=place_ids, note=note)
        event = find_event(doc, event_id)
        coded = _coded(event) if event.get("review") is None else \
            (event["review"]["original"] or _coded(event))
        if action == "confirm":
            return actions.confirm(db, who.user, document_id, coded)
        if action == "reject":
            return actions.reject(db, who.user, document_id, coded, note=note)
        if action == "correct":
            return actions.correct(db, who.user, document_id, coded, values or {},
                                   actors=actor_ids, places=place_ids, note=note)
    except ReviewError as exc:
        db.rollback()
        raise HTTPException(400, str(exc)) from None
    raise HTTPException(400, f"unknown review action {action!r}")
