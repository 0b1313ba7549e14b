"""The workbench's read side: the archive's :class:`~communique.store.reader.Reader`
over a request's session, with the search page's ranking and snippets.

Every selection (search page, events table, facets, timeline, map, actor page,
export buttons) goes through the reader, so it has the meaning of
:mod:`communique.store.filters` and sees the events as reviewed.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import contract
from ..review.state import EventView
from ..store.filters import Filters, source_column
from ..store.models import ActorRow, DateRow, DocumentRow, ErrorRow, MentionRow, PlaceRow
from ..store.reader import Page, Reader, event_dict
from . import ranking
from .snippets import make as snippet

# Contract fields the archive does not keep: left out rather than given a default
# that would say something false (every event "main": false).
NOT_STORED = ("document.issuer_evidence", "places.reason", "events.main", "events.evidence_more")


class StoreArchive:
    def __init__(self, session: Session, *, coded_only: bool = False):
        self.db = session
        self.coded_only = coded_only
        self.dialect = session.get_bind().dialect.name
        self._reader: Reader | None = None

    @property
    def reader(self) -> Reader:
        """The reader over the session's connection (a new one after a review commits)."""
        conn = self.db.connection()
        if self._reader is None or self._reader.conn is not conn:
            self._reader = Reader(conn, coded_only=self.coded_only)
        return self._reader

    def view(self, f: Filters | None = None) -> EventView:
        """The events as reviewed (review.state), the rejected ones too when ``f`` asks for them."""
        return self.reader.view(f)

    # -- documents ----------------------------------------------------------------
    def document(self, document_id: str) -> dict | None:
        d = self.db.scalar(select(DocumentRow).where(DocumentRow.id == document_id))
        if d is None:
            return None
        db = self.db
        actors = list(db.scalars(select(ActorRow).where(ActorRow.document_id == document_id)))
        places = list(db.scalars(select(PlaceRow).where(PlaceRow.document_id == document_id)))
        dates = list(db.scalars(select(DateRow).where(DateRow.document_id == document_id).order_by(DateRow.start)))
        mentions = list(db.scalars(select(MentionRow).where(MentionRow.document_id == document_id)
                                   .order_by(MentionRow.start)))
        # The events as reviewed, the rejected ones too (the page strikes them out).
        view = self.view(Filters(review="rejected"))
        ev, links = view.c, view.actors.c
        events = db.execute(select(*view.columns()).where(ev.document_id == document_id)
                            .order_by(ev.evidence_start, ev.local_id)).all()
        local_actor = {a.id: a.local_id for a in actors}
        local_place = {p.id: p.local_id for p in places}
        roles = defaultdict(lambda: defaultdict(list))
        if events:
            for event_id, role, actor_id in db.execute(
                    select(links.event_id, links.role, links.actor_id)
                    .where(links.event_id.in_([e.id for e in events])).order_by(links.position)):
                roles[event_id][role].append(local_actor.get(actor_id, actor_id))
        source = {k: v for k, v in {
            "path": d.source_path, "url": d.source_url, "format": d.source_format,
            "encoding": d.source_encoding, "record": d.source_record, "line": d.source_line,
            "sitename": d.source_sitename, "title_hint": d.source_title_hint,
            "published_hint": d.source_published_hint, "date_hint": d.source_date_hint}.items()
            if v is not None}
        errors = db.execute(select(ErrorRow.code, ErrorRow.message, ErrorRow.stage)
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
            "events": [self._event_dict(e, roles[e.id], local_place) for e in events],
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

    _event_dict = staticmethod(event_dict)

    def search(self, f: Filters, offset: int = 0, limit: int = 20) -> Page:
        """Documents matching ``f``: best match first with a query, else newest first;
        with their matching events counted, a snippet, and the facets."""
        q = self.reader.documents_query(f, DocumentRow.id, DocumentRow.title, DocumentRow.published,
                                        source_column().label("source"),
                                        func.substr(DocumentRow.text, 1, 600).label("head"))
        total = self.db.scalar(self.reader.documents_query(f, func.count()))
        ranked = ranking.ranked(q, self.dialect, f.q)  # best match first when there is a query
        if ranked is not None:
            q = ranked
        else:
            q = q.order_by(DocumentRow.published.desc(), DocumentRow.num.desc())
        rows = self.db.execute(q.offset(offset).limit(limit)).all()
        marked = ranking.snippets(self.db, self.dialect, f.q, [r.id for r in rows]) if ranked is not None else {}
        counts = self.reader.event_counts(f, [r.id for r in rows])
        hits = [{"document_id": r.id, "title": r.title, "published": r.published, "source": r.source,
                 "events": counts.get(r.id, 0),
                 "snippet": marked.get(r.id) or snippet(r.head, f.q)} for r in rows]
        return Page(total, hits, self.reader.facets(f))

    # -- everything else is the reader's ---------------------------------------------
    def events(self, f: Filters, offset: int = 0, limit: int = 50) -> Page:
        return self.reader.events(f, offset, limit)

    def actor(self, name: str) -> dict | None:
        return self.reader.actor(name)

    def actor_events(self, name: str, offset: int = 0, limit: int = 50) -> Page:
        return self.reader.actor_events(name, offset, limit)

    def timeline(self, f: Filters, granularity: str = "month") -> list[tuple[str, str, int]]:
        return self.reader.timeline(f, granularity)

    def places(self, f: Filters) -> list[dict]:
        return self.reader.places(f)

    def export_formats(self) -> list[str]:
        from ..export import FORMATS
        return list(FORMATS)

    def export(self, fmt: str, f: Filters, out) -> dict[str, int]:
        """The archive's own exporters (``communique export``), over exactly the events
        the events page shows for ``f`` (the same reader, filters and reviewed view)."""
        from ..export import export as run_export

        return run_export(self.reader, fmt, out, filters=f)
