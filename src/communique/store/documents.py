"""One stored document read back as ``communique.document/1``, its events as reviewed.

:meth:`communique.store.reader.Reader.document` reads through here; the rows of
the archive become a contract dict, and :mod:`communique.contract` gives it its
shape (``from_dict`` then ``to_dict``), so the archive answers exactly what
``communique extract`` prints, less what the archive does not keep.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from .. import contract
from ..document import Event, Evidence, Span
from ..review.state import EventView
from .models import ActorRow, DateRow, DocumentRow, ErrorRow, MentionRow, PlaceRow

# Contract fields the archive does not keep: left out rather than given a default
# that would say something false (every event "main": false).
NOT_STORED = ("document.issuer_evidence", "places.reason", "events.main", "events.evidence_more")
_NOT_STORED_EVENT = [k.split(".", 1)[1] for k in NOT_STORED if k.startswith("events.")]


def read_document(conn: Connection, view: EventView, document_id: str) -> dict[str, Any] | None:
    """The document ``document_id`` as a contract dict, with the archive's own fields
    (record_id, coding_version, coded_at, duplicate_of); its events are those of
    ``view`` (rejected ones included when the view has them).  None when not stored."""
    d = conn.execute(select(DocumentRow.__table__).where(DocumentRow.id == document_id)).first()
    if d is None:
        return None

    def rows(model, *order):
        return conn.execute(select(model.__table__).where(model.document_id == document_id)
                            .order_by(*order)).all()

    actors, places = rows(ActorRow), rows(PlaceRow)
    dates, mentions = rows(DateRow, DateRow.start), rows(MentionRow, MentionRow.start)
    ev, links = view.c, view.actors.c
    events = conn.execute(select(*view.columns()).where(ev.document_id == document_id)
                          .order_by(ev.evidence_start, ev.local_id)).all()
    local_actor = {a.id: a.local_id for a in actors}
    local_place = {p.id: p.local_id for p in places}
    roles = defaultdict(lambda: defaultdict(list))
    if events:
        for event_id, role, actor_id in conn.execute(
                select(links.event_id, links.role, links.actor_id)
                .where(links.event_id.in_([e.id for e in events])).order_by(links.position)):
            roles[event_id][role].append(local_actor.get(actor_id, actor_id))
    source = {k: v for k, v in {
        "path": d.source_path, "url": d.source_url, "format": d.source_format,
        "encoding": d.source_encoding, "record": d.source_record, "line": d.source_line,
        "sitename": d.source_sitename, "title_hint": d.source_title_hint,
        "published_hint": d.source_published_hint, "date_hint": d.source_date_hint}.items()
        if v is not None}
    errors = conn.execute(select(ErrorRow.code, ErrorRow.message, ErrorRow.stage)
                          .where(ErrorRow.document_id == document_id).order_by(ErrorRow.id)).all()
    doc = contract.from_dict({
        "document": {"id": d.id, "source": source, "title": d.title, "published": d.published,
                     "published_from": d.published_from, "language": d.language,
                     "issuers": d.issuers, "text": d.text, "sections": d.sections,
                     "removed": d.removed},
        "actors": [{"id": a.local_id, "name": a.name, "kind": a.kind, "country": a.country,
                    "sector": a.sector, "wikidata": a.wikidata, "aliases": a.aliases,
                    "roles": a.roles, "mentions": a.mentions, "confidence": a.confidence,
                    "known": a.known} for a in actors],
        "places": [{"id": p.local_id, "name": p.name, "geonameid": p.geonameid,
                    "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
                    "feature": p.feature, "precision": p.precision, "mentions": p.mentions,
                    "confidence": p.confidence} for p in places],
        "dates": [{"start": x.start, "end": x.end, "text": x.text, "value": x.value,
                   "precision": x.precision, "reason": x.reason} for x in dates],
        "events": [event_dict(e, roles[e.id], local_place) for e in events],
        "mentions": [{"start": m.start, "end": m.end, "label": m.label, "text": m.text,
                      "role": m.role, "long_form": m.long_form,
                      "actor": local_actor.get(m.actor_id), "place": local_place.get(m.place_id)}
                     for m in mentions],
        "errors": [{"code": c, "message": msg, "stage": stage} for c, msg, stage in errors],
    }, raw=d.raw)
    out = contract.to_dict(doc, omit=NOT_STORED)
    out["document"].update(record_id=d.record_id, coding_version=d.coding_version,
                           coded_at=d.coded_at.isoformat(timespec="seconds") if d.coded_at else None,
                           duplicate_of=d.duplicate_of)
    return out


def event_dict(e, roles: dict, local_place: dict) -> dict[str, Any]:
    """A ``communique.document/1`` event from a row of the events view, shaped by
    :func:`communique.contract.event_dict` less what the archive does not keep.
    ``roles``: role -> document-local actor ids; ``local_place``: place row id -> local id."""
    event = Event(id=e.local_id, type=e.type, mode=e.mode, cameo=e.cameo,
                  sources=list(roles.get("source", [])), targets=list(roles.get("target", [])),
                  date=e.date, date_precision=e.date_precision, place=local_place.get(e.place_id),
                  status=e.status, claimed_by=list(roles.get("claimed_by", [])), negated=e.negated,
                  evidence=Evidence(e.evidence_start, e.evidence_end, e.evidence_text),
                  confidence=e.confidence, pattern=e.pattern,
                  fields={k: [Span(s["start"], s["end"]) for s in v]
                          for k, v in (e.field_evidence or {}).items()})
    out = contract.event_dict(event)
    for key in _NOT_STORED_EVENT:
        del out[key]
    return out
