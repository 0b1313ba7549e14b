"""The JSON API under /api: what the pages show, and the review actions.

Its OpenAPI description is at /api/openapi.json (interactive at /api/docs).
Reads follow the same access rule as the pages; review actions need an editor
(session cookie + X-CSRF-Token header, or ``Authorization: Bearer <token>``).
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from ..review import actions
from . import charts, snippets
from ..store.filters import Filters, valid_date
from .deps import get_archive, get_db, get_who
from .security import check_csrf
from .service import NOTE_MAX, reviewed_document, reviewed_rows, review

# Reads are tagged "archive", review actions "review" (each listed once in /api/docs).
router = APIRouter(prefix="/api")

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def filters(q: str | None = Query(None, max_length=200, description="words in the text or title"),
            type: str | None = Query(None, max_length=20, description="PLOVER event type or CAMEO code prefix"),
            actor: str | None = Query(None, max_length=200, description=(
                "actor as source or target: words of its name from a word's start, any case, or its country's ISO code")),
            place: str | None = Query(None, max_length=200, description=(
                "place: words of its name from a word's start, any case, or its country's ISO code")),
            source: str | None = Query(None, max_length=200, description="where documents came from"),
            date_from: str | None = Query(None, pattern=DATE),
            date_to: str | None = Query(None, pattern=DATE),
            review: Literal["unreviewed", "confirmed", "corrected", "rejected", "added"] | None = Query(
                None, description="review state of the coded events")) -> Filters:
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value and not valid_date(value):  # the pattern lets 2024-02-30 through
            raise RequestValidationError([{"type": "value_error", "loc": ("query", name), "input": value,
                                           "msg": "Value error, not a day of the calendar"}])
    return Filters.from_params(dict(q=q, type=type, actor=actor, place=place, source=source,
                                    date_from=date_from, date_to=date_to, review=review))


class Fields(BaseModel):
    type: str | None = Field(None, description="PLOVER 2.0 event type")
    mode: str | None = None
    sources: list[str] | None = Field(None, description="actor ids of the document")
    targets: list[str] | None = None
    date: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    place: str | None = Field(None, description="place id of the document")
    status: str | None = Field(None, description="asserted, reported, denied, intended, hypothetical")
    cameo: str | None = Field(None, description="CAMEO code of the type (a new type without one "
                                                "gets the type's general code)")

    def given(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True)


class Correction(Fields):
    note: str | None = Field(None, max_length=NOTE_MAX)


class Decision(BaseModel):
    note: str | None = Field(None, max_length=NOTE_MAX)


class NewEvent(Fields):
    type: str
    start: int = Field(..., ge=0, description="evidence start offset in the clean text")
    end: int = Field(..., ge=1, description="evidence end offset (exclusive)")
    note: str | None = Field(None, max_length=NOTE_MAX)


def _reviewed(row) -> dict[str, Any]:
    return {"document_id": row.document_id, "event": {**row.current, "review": actions.review_info(row)}}


@router.get("/documents", tags=["archive"], summary="Search documents, with facet counts")
def search(f: Filters = Depends(filters), offset: int = Query(0, ge=0, le=1_000_000),
           limit: int = Query(20, ge=1, le=200), who=Depends(get_who), archive=Depends(get_archive)):
    page = archive.search(f, offset, limit)
    documents = []
    for row in page.rows:
        text, marks = snippets.to_plain(row.get("snippet") or "")
        documents.append({**row, "snippet": text, "highlights": marks})
    return {"total": page.total, "offset": offset, "documents": documents,
            "facets": {k: [{"value": v, "label": label, "count": n} for v, label, n in rows]
                       for k, rows in page.facets.items()}}


@router.get("/documents/{document_id}", tags=["archive"], summary="One coded document with its reviewed events")
def document(document_id: str, who=Depends(get_who), archive=Depends(get_archive), db=Depends(get_db)):
    return reviewed_document(archive, db, document_id)


@router.get("/events", tags=["archive"], summary="Events matching the filters, with their review state")
def events(f: Filters = Depends(filters), offset: int = Query(0, ge=0, le=1_000_000),
           limit: int = Query(50, ge=1, le=500), who=Depends(get_who), archive=Depends(get_archive),
           db=Depends(get_db)):
    page = reviewed_rows(db, archive.events(f, offset, limit))
    return {"total": page.total, "offset": offset, "events": page.rows}


@router.get("/documents/{document_id}/events/{event_id}/history", tags=["archive"], summary="Every review change of an event")
def history(document_id: str, event_id: str, who=Depends(get_who), db=Depends(get_db)):
    return [{"action": c.action, "field": c.field, "old": c.old, "new": c.new, "user": c.user,
             "at": c.at.isoformat(timespec="seconds"), "note": c.note}
            for c in actions.history(db, document_id, event_id)]


@router.get("/actors/{name:path}", tags=["archive"], summary="An actor by name: aliases, roles, events as source and target, partners")
def actor(name: str, who=Depends(get_who), archive=Depends(get_archive)):
    a = archive.actor(name)
    if a is None:
        raise HTTPException(404, f"no actor named {name!r}")
    return a


@router.get("/places", tags=["archive"], summary="Places of matching events with event counts (map data)")
def places(f: Filters = Depends(filters), who=Depends(get_who), archive=Depends(get_archive)):
    return archive.places(f)


@router.get("/timeline", tags=["archive"], summary="Event counts per period and type")
def timeline(f: Filters = Depends(filters),
             granularity: Literal["year", "month", "day"] = "month",
             who=Depends(get_who), archive=Depends(get_archive)):
    return [{"period": p, "type": t, "count": n} for p, t, n in archive.timeline(f, granularity)]


@router.get("/map", tags=["archive"], summary="Map data: projected points for the world outline")
def map_data(f: Filters = Depends(filters), who=Depends(get_who), archive=Depends(get_archive)):
    return {"width": charts.MAP_WIDTH, "height": charts.MAP_HEIGHT, "projection": "equirectangular",
            "points": charts.map_points(archive.places(f))}


@router.get("/me", tags=["archive"], summary="Who the server thinks you are")
def me(who=Depends(get_who)):
    return {"user": who.name, "role": who.user.role if who.user else None, "can_edit": who.can_edit}


@router.post("/documents/{document_id}/events/{event_id}/confirm", tags=["review"])
def confirm(request: Request, document_id: str, event_id: str, body: Decision | None = None,
            who=Depends(get_who), archive=Depends(get_archive), db=Depends(get_db)):
    check_csrf(request, who)
    return _reviewed(review(archive, db, who, document_id, event_id, "confirm"))


@router.post("/documents/{document_id}/events/{event_id}/reject", tags=["review"])
def reject(request: Request, document_id: str, event_id: str, body: Decision | None = None,
           who=Depends(get_who), archive=Depends(get_archive), db=Depends(get_db)):
    check_csrf(request, who)
    return _reviewed(review(archive, db, who, document_id, event_id, "reject",
                            note=body.note if body else None))


@router.post("/documents/{document_id}/events/{event_id}/correct", tags=["review"])
def correct(request: Request, document_id: str, event_id: str, body: Correction,
            who=Depends(get_who), archive=Depends(get_archive), db=Depends(get_db)):
    check_csrf(request, who)
    values = body.given()
    note = values.pop("note", None)
    return _reviewed(review(archive, db, who, document_id, event_id, "correct", values, note=note))


@router.post("/documents/{document_id}/events", tags=["review"], status_code=201)
def add(request: Request, document_id: str, body: NewEvent, who=Depends(get_who),
        archive=Depends(get_archive), db=Depends(get_db)):
    check_csrf(request, who)
    values = body.given()
    for k in ("start", "end", "note"):
        values.pop(k, None)
    return _reviewed(review(archive, db, who, document_id, None, "add", values, note=body.note,
                            start=body.start, end=body.end))
