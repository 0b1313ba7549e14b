"""The read side of the SQL archive (the store's tables) for the web app.

Read-only SQLAlchemy Core queries over ``communique.store.models``.  Document,
actor, place and event ids in the pages are the document-local ids of the
``communique.document/1`` contract; across documents, actors and places are
named by their canonical name.  Text search uses the store's full-text index
(SQLite FTS5 ``documents_fts``; PostgreSQL ``documents.search``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from .. import contract
from ..review.state import EventView, event_view
from ..store.errors import StoreError
from ..store.search import matching_document_ids
from ..store.models import (ActorRow, DateRow, DocumentRow, ErrorRow, MentionRow,
                            PlaceRow)
from . import ranking
from .archive import Filters, Page, snippet

# Contract fields the archive does not keep: left out rather than given a default
# that would say something false (every event "main": false).
NOT_STORED = ("document.issuer_evidence", "places.reason", "events.main", "events.evidence_more")
FACET_SIZE = 15
# Facet counts are the costly part of a search page; they are kept per filter set
# until the archive changes (see ``StoreArchive.version``).
FACET_CACHE = 512
_FACETS: dict[tuple, dict] = {}


class StoreArchive:
    def __init__(self, session: Session):
        self.db = session
        self.dialect = session.get_bind().dialect.name
        self._views: dict[bool, EventView] = {}

    def view(self, f: Filters | None = None) -> EventView:
        """The events as reviewed (review.state), the rejected ones too when ``f`` asks for them."""
        rejected = bool(f and f.review == "rejected")
        if rejected not in self._views:
            self._views[rejected] = event_view(self.db.connection(), include_rejected=rejected)
        return self._views[rejected]

    # -- filters ----------------------------------------------------------------
    def _source_col(self):
        return func.coalesce(DocumentRow.source_sitename, DocumentRow.source_format)

    def _event_date(self, f: Filters | None = None, doc=DocumentRow):
        return func.coalesce(self.view(f).c.date, doc.published)

    def _doc_conditions(self, f: Filters) -> list:
        conds = []
        if f.q:
            # The store's own query language: words, "phrases", OR, -word, prefix*.
            try:
                # By document id, not by rowid: SQLite plans `num IN (fts) AND id IN (events)`
                # as a probe of both per row (seconds at 10,000 documents); this form is 50 ms.
                conds.append(DocumentRow.id.in_(matching_document_ids(None, self.dialect, f.q)))
            except StoreError:  # no words to search for: nothing matches
                conds.append(literal(False))
        if f.source:
            conds.append(self._source_col() == f.source)
        return conds

    def _event_conditions(self, f: Filters, doc=DocumentRow) -> list:
        """Conditions on the reviewed events (``self.view(f)``): a corrected event is
        found under its new values, a rejected one only with ``review=rejected``."""
        view = self.view(f)
        ev = view.c
        conds = []
        if f.review:
            conds.append(view.status == ("coded" if f.review == "unreviewed" else f.review))
        if f.type:
            conds.append(ev.type == f.type)
        if f.actor:
            # IN (uncorrelated subquery): SQLite runs it once, through the name index.
            named = select(ActorRow.id).where(ActorRow.name == f.actor)
            conds.append(ev.id.in_(view.linked(lambda link: [
                link["actor_id"].in_(named), link["role"].in_(("source", "target"))])))
        if f.place:
            conds.append(ev.place_id.in_(select(PlaceRow.id).where(PlaceRow.name == f.place)))
        if f.date_from:
            conds.append(self._event_date(f, doc) >= f.date_from)
        if f.date_to:
            conds.append(func.substr(self._event_date(f, doc), 1, len(f.date_to)) <= f.date_to)
        return conds

    def _events_query(self, f: Filters, *cols, docs: bool = True):
        """Events matching ``f``; the documents are joined when a column or filter needs them."""
        ev = self.view(f).c
        q = select(*cols).select_from(self.view(f).events)
        if docs or f.q or f.source or f.date_from or f.date_to:
            q = q.join(DocumentRow, DocumentRow.id == ev.document_id)
        return q.where(*self._doc_conditions(f), *self._event_conditions(f))

    def _matching_event_docs(self, f: Filters):
        """Ids of documents having an event matching ``f``'s event filters (uncorrelated)."""
        d2 = aliased(DocumentRow)
        ev = self.view(f).c
        q = select(ev.document_id).select_from(self.view(f).events)
        if f.date_from or f.date_to:
            q = q.join(d2, d2.id == ev.document_id)
        return q.where(*self._event_conditions(f, doc=d2))

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

    @staticmethod
    def _event_dict(e, roles: dict, local_place: dict) -> dict[str, Any]:
        """A ``communique.document/1`` event from a row of the events view."""
        return {"id": e.local_id, "type": e.type, "mode": e.mode, "cameo": e.cameo,
                "sources": list(roles.get("source", [])), "targets": list(roles.get("target", [])),
                "date": e.date, "date_precision": e.date_precision,
                "place": local_place.get(e.place_id), "status": e.status,
                "claimed_by": list(roles.get("claimed_by", [])), "negated": e.negated,
                "evidence": {"start": e.evidence_start, "end": e.evidence_end, "text": e.evidence_text},
                "confidence": e.confidence, "field_evidence": e.field_evidence or {},
                "pattern": e.pattern}

    def _matching_docs(self, f: Filters) -> list:
        """Conditions on DocumentRow: its own filters, and having a matching event."""
        conds = self._doc_conditions(f)
        if self._event_conditions(f):
            # Not a correlated EXISTS: SQLite would probe the events by type index per document.
            conds.append(DocumentRow.id.in_(self._matching_event_docs(f)))
        return conds

    def search(self, f: Filters, offset: int = 0, limit: int = 20) -> Page:
        conds = self._matching_docs(f)
        total = self.db.scalar(select(func.count()).select_from(DocumentRow).where(*conds))
        q = (select(DocumentRow.id, DocumentRow.title, DocumentRow.published,
                    self._source_col().label("source"), func.substr(DocumentRow.text, 1, 600).label("head"))
             .where(*conds))
        ranked = ranking.ranked(q, self.dialect, f.q)  # best match first when there is a query
        if ranked is not None:
            q = ranked
        else:
            q = q.order_by(DocumentRow.published.desc(), DocumentRow.num.desc())
        rows = self.db.execute(q.offset(offset).limit(limit)).all()
        marked = ranking.snippets(self.db, self.dialect, f.q, [r.id for r in rows]) if ranked is not None else {}
        counts = {}
        if rows:
            d2 = aliased(DocumentRow)
            ev = self.view(f).c
            q = select(ev.document_id, func.count()).select_from(self.view(f).events)
            if f.date_from or f.date_to:
                q = q.join(d2, d2.id == ev.document_id)
            counts = dict(self.db.execute(
                q.where(ev.document_id.in_([r.id for r in rows]), *self._event_conditions(f, doc=d2))
                .group_by(ev.document_id)).all())
        hits = [{"document_id": r.id, "title": r.title, "published": r.published, "source": r.source,
                 "events": counts.get(r.id, 0),
                 "snippet": marked.get(r.id) or snippet(r.head, f.q)} for r in rows]
        return Page(total, hits, self._facets(f))

    def version(self) -> tuple:
        """Changes whenever documents are added or recoded, or a review is made: the
        key of cached facet counts."""
        docs = tuple(self.db.execute(select(func.count(), func.max(DocumentRow.num),
                                            func.max(DocumentRow.coded_at))).one())
        if not self.view().reviewed:
            return docs
        from ..review.models import ReviewedEvent

        return docs + tuple(self.db.execute(select(func.count(), func.max(ReviewedEvent.updated_at))).one())

    def _facets(self, f: Filters) -> dict[str, list[tuple[str, str, int]]]:
        key = (str(self.db.get_bind().url), tuple(sorted(f.as_params().items())), self.version())
        hit = _FACETS.get(key)
        if hit is None:
            hit = self._count_facets(f)
            if len(_FACETS) >= FACET_CACHE:
                _FACETS.pop(next(iter(_FACETS)))
            _FACETS[key] = hit
        return hit

    def _count_facets(self, f: Filters) -> dict[str, list[tuple[str, str, int]]]:
        def top(col, q):
            rows = self.db.execute(q.add_columns(col.label("v"), func.count().label("n"))
                                   .group_by(col).order_by(func.count().desc(), col).limit(FACET_SIZE)).all()
            return [(r.v, r.v, r.n) for r in rows if r.v is not None]

        base = self._events_query(f, docs=False)
        view = self.view(f)
        ev, links = view.c, view.actors
        facets = {"type": top(ev.type, base)}
        facets["actor"] = top(ActorRow.name, base.join(links, links.c.event_id == ev.id)
                              .join(ActorRow, ActorRow.id == links.c.actor_id)
                              .where(links.c.role.in_(("source", "target"))))
        facets["place"] = top(PlaceRow.name, base.join(PlaceRow, PlaceRow.id == ev.place_id))
        doc_conds = self._matching_docs(f)
        facets["source"] = top(self._source_col(), select().select_from(DocumentRow).where(*doc_conds))
        return {k: v for k, v in facets.items() if v}

    # -- events ----------------------------------------------------------------
    def events(self, f: Filters, offset: int = 0, limit: int = 50) -> Page:
        view = self.view(f)
        total = self.db.scalar(self._events_query(f, func.count()))
        rows = self.db.execute(self._events_query(
            f, *view.columns(), DocumentRow.title, DocumentRow.published,
            self._event_date(f).label("d"), self._source_col().label("source"))
            .order_by(self._implausible_date(view), self._event_date(f).desc(), view.c.id.desc())
            .offset(offset).limit(limit)).all()
        return Page(total, self._rows([(r, r.title, r.published, r.d, r.source) for r in rows], view))

    @staticmethod
    def _implausible_date(view: EventView):
        """1 for an event dated after today or its document's publication (archive.implausible_date):
        such dates sort after the others instead of leading the table."""
        return case((view.c.date > date.today().isoformat(), 1),
                    (and_(DocumentRow.published.is_not(None), view.c.date > DocumentRow.published), 1),
                    else_=0)

    def _rows(self, items, view: EventView) -> list[dict]:
        """Event rows with their sources, targets and place named, and their review status."""
        ids = [e.id for e, *_ in items]
        roles = defaultdict(lambda: defaultdict(list))
        names: dict[str, dict[str, str]] = defaultdict(dict)
        links = view.actors.c
        if ids:
            for event_id, role, local, name in self.db.execute(
                    select(links.event_id, links.role, ActorRow.local_id, ActorRow.name)
                    .join(ActorRow, ActorRow.id == links.actor_id)
                    .where(links.event_id.in_(ids)).order_by(links.position)):
                roles[event_id][role].append(local)
                names[event_id][local] = name
        place_ids = {e.place_id for e, *_ in items if e.place_id}
        places = dict(self.db.execute(select(PlaceRow.id, PlaceRow.name).where(PlaceRow.id.in_(place_ids)))
                      .all()) if place_ids else {}
        out = []
        for e, title, published, date, source in items:
            local_place = {e.place_id: e.place_id.split("/", 1)[-1]} if e.place_id else {}
            out.append({"document_id": e.document_id, "title": title, "published": published,
                        "date": date, "source": source,
                        "event": self._event_dict(e, roles[e.id], local_place),
                        "review_status": e.review_status,
                        "actor_names": names[e.id], "place_name": places.get(e.place_id)})
        return out

    def actor(self, name: str) -> dict | None:
        rows = list(self.db.scalars(select(ActorRow).where(ActorRow.name == name).limit(5000)))
        if not rows:
            return None
        first = rows[0]
        aliases = sorted({x for r in rows for x in (r.aliases or [])})
        roles = []
        for r in rows:
            roles += [x for x in (r.roles or []) if x not in roles]

        view = self.view()
        ev, links = view.c, view.actors

        def events_as(role):
            q = (select(*view.columns(), DocumentRow.title, DocumentRow.published,
                        self._event_date().label("d"), self._source_col().label("source"))
                 .select_from(view.events)
                 .join(DocumentRow, DocumentRow.id == ev.document_id)
                 .join(links, links.c.event_id == ev.id)
                 .join(ActorRow, ActorRow.id == links.c.actor_id)
                 .where(ActorRow.name == name, links.c.role == role)
                 .order_by(self._event_date().desc()).limit(200))
            return self._rows([(r, r.title, r.published, r.d, r.source) for r in self.db.execute(q)],
                              view)

        partners = defaultdict(lambda: {"out": 0, "in": 0})
        me, other = ActorRow.__table__.alias("me"), ActorRow.__table__.alias("other")
        ea_me, ea_other = links.alias("ea_me"), links.alias("ea_other")
        q = (select(ea_me.c.role, other.c.name, func.count())
             .select_from(ea_me.join(me, me.c.id == ea_me.c.actor_id)
                          .join(ea_other, ea_other.c.event_id == ea_me.c.event_id)
                          .join(other, other.c.id == ea_other.c.actor_id))
             .where(me.c.name == name, other.c.name != name,
                    or_(and_(ea_me.c.role == "source", ea_other.c.role == "target"),
                        and_(ea_me.c.role == "target", ea_other.c.role == "source")))
             .group_by(ea_me.c.role, other.c.name))
        for role, other_name, n in self.db.execute(q):
            partners[other_name]["out" if role == "source" else "in"] += n
        return {"id": first.id, "name": first.name, "kind": first.kind, "country": first.country,
                "sector": first.sector, "wikidata": first.wikidata, "aliases": aliases, "roles": roles,
                "documents": len({r.document_id for r in rows}),
                "as_source": events_as("source"), "as_target": events_as("target"),
                "partners": [{"name": k, **v} for k, v in
                             sorted(partners.items(), key=lambda kv: -(kv[1]["out"] + kv[1]["in"]))]}

    def timeline(self, f: Filters, granularity: str = "month") -> list[tuple[str, str, int]]:
        size = {"year": 4, "month": 7, "day": 10}[granularity]
        period = func.substr(self._event_date(f), 1, size)
        kind = self.view(f).c.type
        q = (self._events_query(f, period.label("p"), kind, func.count())
             .where(func.length(self._event_date(f)) >= size)
             .group_by(period, kind).order_by(period, kind))
        return [(p, t, n) for p, t, n in self.db.execute(q)]

    def places(self, f: Filters) -> list[dict]:
        q = (self._events_query(f, PlaceRow.name, func.max(PlaceRow.country), func.avg(PlaceRow.lat),
                                func.avg(PlaceRow.lon), func.count())
             .join(PlaceRow, PlaceRow.id == self.view(f).c.place_id)
             .group_by(PlaceRow.name).order_by(func.count().desc()).limit(500))
        return [{"name": n, "country": c, "lat": lat, "lon": lon, "count": k}
                for n, c, lat, lon, k in self.db.execute(q)]

    # -- export ----------------------------------------------------------------
    def export_formats(self) -> list[str]:
        from ..export import FORMATS
        return list(FORMATS)

    def export(self, fmt: str, f: Filters, out) -> dict[str, int]:
        """The archive's own exporters (``communique export``), over exactly the events
        the events page shows for ``f`` (as reviewed, every filter with the page's meaning)."""
        from ..export import export as run_export
        from ..store.archive import Archive

        engine = self.db.get_bind()
        archive = Archive(engine, engine.url.render_as_string(hide_password=False), write=False)
        shown = self._events_query(f, self.view(f).c.id)
        return run_export(archive, fmt, out, selection=lambda view: view.c.id.in_(shown),
                          include_rejected=f.review == "rejected")
