"""Review actions: confirm, correct or reject a coded event, or add a missed one.

The caller gives the coded event as its ``communique.document/1`` dict; the
archive row is never changed.  The first review of an event snapshots it as
``original``; every action writes one :class:`Change` per field with the old
and the new value, so the log tells who changed what, when and from what.
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..document import EVENT_STATUSES
from ..errors import CommuniqueError
from ..events.ontology import load_ontology
from .models import Change, ReviewedEvent, User, utcnow
from .vocab import DATE_RE, plover_types

EDITABLE = ("type", "mode", "cameo", "sources", "targets", "date", "place", "status")


class ReviewError(CommuniqueError):
    """A review request that cannot be applied (bad value, no permission)."""


def _need_editor(user: User) -> None:
    if user.role != "editor" or user.disabled:
        raise ReviewError(f"user {user.name!r} may not edit (role {user.role})")


def validate(values: dict[str, Any], *, actors: set[str] | None = None,
             places: set[str] | None = None) -> dict[str, Any]:
    """Check and normalise edited fields; unknown fields are refused."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise ReviewError(f"field {key!r} cannot be edited; editable: {', '.join(EDITABLE)}")
        if key == "type":
            value = str(value or "").strip().upper()
            if value not in plover_types():
                raise ReviewError(f"type {value!r} is not a PLOVER 2.0 event type")
        elif key == "mode":
            value = (str(value).strip().lower() or None) if value is not None else None
        elif key in ("sources", "targets"):
            if isinstance(value, str):
                value = [v for v in (x.strip() for x in value.split(",")) if v]
            value = list(dict.fromkeys(str(v) for v in (value or [])))
            if actors is not None:
                unknown = [v for v in value if v not in actors]
                if unknown:
                    raise ReviewError(f"{key}: unknown actor id(s) {', '.join(unknown)} in this document")
        elif key == "date":
            value = str(value or "").strip() or None
            if value is not None and not DATE_RE.match(value):
                raise ReviewError(f"date {value!r}: give YYYY, YYYY-MM or YYYY-MM-DD")
        elif key == "place":
            value = str(value or "").strip() or None
            if value is not None and places is not None and value not in places:
                raise ReviewError(f"place {value!r} is not a place of this document")
        elif key == "status":
            value = str(value or "").strip()
            if value not in EVENT_STATUSES:
                raise ReviewError(f"status {value!r}: choose one of {', '.join(EVENT_STATUSES)}")
        elif key == "cameo":
            value = str(value or "").strip() or None
            if value is not None and value not in load_ontology().cameo:
                raise ReviewError(f"cameo {value!r} is not a CAMEO code")
        out[key] = value
    if "mode" in out and out["mode"]:
        kind = out.get("type") or values.get("type")
        modes = plover_types().get(str(kind or "").upper())
        if modes is not None and out["mode"] not in modes:
            allowed = ", ".join(modes) or "none"
            raise ReviewError(f"mode {out['mode']!r} is not a mode of {kind} (modes: {allowed})")
    return out


def default_cameo(kind: str, mode: str | None = None, keep: str | None = None) -> str | None:
    """The CAMEO code of an event whose PLOVER type is ``kind``: ``keep`` (the code it
    had) when that code is of this type, else the most general code of the type
    (and of its mode, when one has a code), so a retyped event never keeps the
    code of its old type."""
    onto = load_ontology()
    if keep and onto.plover(keep)[0] == kind:
        return keep
    codes = [c for c in onto.cameo.values() if c.type == kind]
    pool = [c for c in codes if mode and c.mode == mode] or codes
    if not pool:
        return None
    # Shortest; then without a mode of its own; then the root most codes of the type fall under.
    under = {c.code: sum(o.code.startswith(c.code) for o in codes) for c in pool}
    return min(pool, key=lambda c: (len(c.code), c.mode is not None, -under[c.code], c.code)).code


def _check_cameo(code: str | None, kind: str | None) -> None:
    if code and kind and load_ontology().plover(code)[0] != kind:
        raise ReviewError(f"cameo {code!r} is not a code of {kind} "
                          f"(it codes {load_ontology().plover(code)[0] or 'no PLOVER type'})")


def get_review(session: Session, document_id: str, event_id: str) -> ReviewedEvent | None:
    return session.scalar(select(ReviewedEvent).where(ReviewedEvent.document_id == document_id,
                                                      ReviewedEvent.event_id == event_id))


def reviews_for(session: Session, document_ids: list[str]) -> dict[tuple[str, str], ReviewedEvent]:
    if not document_ids:
        return {}
    rows = session.scalars(select(ReviewedEvent).where(ReviewedEvent.document_id.in_(document_ids)))
    return {(r.document_id, r.event_id): r for r in rows}


def _row(session, document_id, event: dict, user: User) -> ReviewedEvent:
    row = get_review(session, document_id, event["id"])
    if row is None:
        row = ReviewedEvent(document_id=document_id, event_id=event["id"], decision="confirmed",
                            original=dict(event), current=dict(event), reviewer=user.name)
        session.add(row)
    return row


def _log(session, row, user, action, field=None, old=None, new=None, note=None):
    session.add(Change(document_id=row.document_id, event_id=row.event_id, action=action,
                       field=field, old=old, new=new, user=user.name, note=note, at=utcnow()))


def confirm(session: Session, user: User, document_id: str, event: dict) -> ReviewedEvent:
    """The editor agrees with the event as it stands now."""
    _need_editor(user)
    row = _row(session, document_id, event, user)
    old = row.decision if row.id else None
    if row.decision != "added":
        row.decision = "corrected" if row.original and row.current != row.original else "confirmed"
    row.reviewer, row.updated_at = user.name, utcnow()
    _log(session, row, user, "confirm", "decision", old, row.decision)
    session.commit()
    return row


def correct(session: Session, user: User, document_id: str, event: dict, changes: dict[str, Any], *,
            actors: set[str] | None = None, places: set[str] | None = None,
            note: str | None = None) -> ReviewedEvent:
    """Change some fields of an event; each changed field is logged with old and new values."""
    _need_editor(user)
    row = _row(session, document_id, event, user)
    merged = {**row.current, **changes}
    clean = validate({k: merged[k] for k in changes} | ({"type": merged["type"]} if "mode" in changes else {}),
                     actors=actors, places=places)
    current = dict(row.current)
    # A new type may not allow the old mode: drop it rather than keep an impossible pair.
    if "type" in clean and "mode" not in changes and current.get("mode") \
            and current["mode"] not in plover_types()[clean["type"]]:
        clean["mode"] = None
    kind = clean.get("type", current.get("type"))
    if "cameo" in clean:
        _check_cameo(clean["cameo"], kind)
    elif clean.get("type", current.get("type")) != current.get("type"):
        # The CAMEO code follows the type: kept if it codes the new type, else its general code.
        clean["cameo"] = default_cameo(kind, clean.get("mode", current.get("mode")),
                                       keep=current.get("cameo"))
    if "date" in clean:
        clean["date_precision"] = _precision(clean["date"])
    changed = False
    for key, value in clean.items():
        if current.get(key) != value:
            _log(session, row, user, "correct", key, current.get(key), value, note)
            current[key] = value
            changed = True
    if not changed:
        raise ReviewError("nothing changed: every value given equals the current one")
    row.current = current
    if row.decision != "added":
        row.decision = "corrected" if current != row.original else "confirmed"
    row.reviewer, row.updated_at = user.name, utcnow()
    session.commit()
    return row


def reject(session: Session, user: User, document_id: str, event: dict,
           note: str | None = None) -> ReviewedEvent:
    """The text does not support this event; it stays in the archive, marked rejected."""
    _need_editor(user)
    row = _row(session, document_id, event, user)
    old = row.decision if row.id else None
    row.decision, row.reviewer, row.updated_at = "rejected", user.name, utcnow()
    _log(session, row, user, "reject", "decision", old, "rejected", note)
    session.commit()
    return row


def add_event(session: Session, user: User, document_id: str, text: str, start: int, end: int,
              values: dict[str, Any], *, actors: set[str] | None = None,
              places: set[str] | None = None, note: str | None = None) -> ReviewedEvent:
    """An event the coder missed, with the selected text as its evidence."""
    _need_editor(user)
    if not (0 <= start < end <= len(text)):
        raise ReviewError(f"evidence [{start}, {end}) is outside the document text (length {len(text)})")
    if "type" not in values:
        raise ReviewError("a new event needs a type")
    clean = validate(values, actors=actors, places=places)
    if clean.get("cameo"):
        _check_cameo(clean["cameo"], clean["type"])
    cameo = clean["cameo"] if "cameo" in clean else default_cameo(clean["type"], clean.get("mode"))
    event = {"id": "rev_" + secrets.token_hex(5), "type": clean["type"], "mode": clean.get("mode"),
             "cameo": cameo, "sources": clean.get("sources", []), "targets": clean.get("targets", []),
             "date": clean.get("date"), "date_precision": _precision(clean.get("date")),
             "place": clean.get("place"), "status": clean.get("status", "asserted"),
             "claimed_by": [], "negated": False,
             "evidence": {"start": start, "end": end, "text": text[start:end]},
             "confidence": 1.0, "field_evidence": {}, "pattern": "review"}
    row = ReviewedEvent(document_id=document_id, event_id=event["id"], decision="added",
                        original=None, current=event, reviewer=user.name, updated_at=utcnow())
    session.add(row)
    _log(session, row, user, "add", None, None, event, note)
    session.commit()
    return row


def _precision(date: str | None) -> str | None:
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


def history(session: Session, document_id: str, event_id: str | None = None) -> list[Change]:
    q = select(Change).where(Change.document_id == document_id)
    if event_id is not None:
        q = q.where(Change.event_id == event_id)
    return list(session.scalars(q.order_by(Change.at, Change.id)))


def overlay(events: list[dict], reviews: dict[str, ReviewedEvent]) -> list[dict]:
    """Coded events with their reviewed values and decision; added events appended."""
    out = []
    for e in events:
        r = reviews.get(e["id"])
        if r is None:
            out.append({**e, "review": None})
        else:
            out.append({**r.current, "review": review_info(r)})
    known = {e["id"] for e in events}
    out += [{**r.current, "review": review_info(r)} for k, r in reviews.items()
            if k not in known and r.decision == "added"]
    return out


def review_info(r: ReviewedEvent) -> dict[str, Any]:
    return {"decision": r.decision, "reviewer": r.reviewer,
            "at": r.updated_at.isoformat(timespec="seconds") if r.updated_at else None,
            "original": r.original}
