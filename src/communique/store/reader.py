"""One reader of the archive: what the workbench, the exports and the search command query.

A :class:`Reader` reads over one connection, through the events as reviewed
(:mod:`communique.review.state`, the one place reviews are applied) or, with
``coded_only``, as the coder wrote them; every selection takes the same
:class:`~communique.store.filters.Filters` with the same meaning.  It gives
the events table (:meth:`Reader.events`), facet counts, the timeline, the map's
places, an actor's page and the records the exporters write
(:meth:`Reader.records`).  Ranked full-text search with event hits is
:func:`communique.store.search.search`, over the same filters and view.

Ids in the rows are the document-local ids of ``communique.document/1``;
across documents, actors and places are named by their canonical name.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select
from sqlalchemy.orm import aliased

from ..review.state import EventView, event_view
from .documents import event_dict, read_document
from .filters import Filters, document_conditions, event_conditions, source_column
from .models import ActorRow, Cluster, DocumentRow, EventRow, PlaceRow

FACET_SIZE = 15
# Facet counts are the costly part of a search page; they are kept per filter set
# until the archive changes (see ``Reader.version``).
FACET_CACHE = 512
_FACETS: dict[tuple, dict] = {}
# The name and country filters are resolved once into id lists (uncorrelated IN):
# SQLite runs such a subquery once, through the name index.
_LISTED = ("actor", "place")

_EVENT_COLS = [c.name for c in EventRow.__table__.columns] + ["review_status"]
_PLACE_COLS = ("id", "name", "geonameid", "country", "admin1", "lat", "lon", "feature", "precision")
_ACTOR_COLS = ("id", "name", "kind", "country", "sector", "wikidata", "known")


@dataclass
class Page:
    total: int
    rows: list[dict[str, Any]]
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)


def implausible_date(when: str | None, published: str | None, today: str | None = None) -> str | None:
    """Why an event's date cannot be right as a past event, or None: later than today
    ("in the future") or than its document's publication ("after publication").
    Dates of any precision compare as text (2025-07 is after 2025-06-15, 2025-06 is not).
    :meth:`Reader.events` sorts such events last by the same rule."""
    if not when:
        return None
    if when > (today or date.today().isoformat()):
        return "in the future"
    if published and when > published:
        return "after publication"
    return None


class Reader:
    def __init__(self, conn: Connection, *, coded_only: bool = False):
        self.conn = conn
        self.dialect = conn.dialect.name
        self.coded_only = coded_only
        self._views: dict[bool, EventView] = {}

    @classmethod
    @contextlib.contextmanager
    def of(cls, archive, *, coded_only: bool = False) -> Iterator["Reader"]:
        """A reader over a connection of ``archive`` (a :class:`~communique.store.Archive`)."""
        with archive.reading() as conn:
            yield cls(conn, coded_only=coded_only)

    # -- what is read ---------------------------------------------------------
    def view(self, f: Filters | None = None) -> EventView:
        """The events as reviewed (or coded), the rejected ones too when ``f`` asks for them."""
        rejected = bool(f and f.review == "rejected")
        if rejected not in self._views:
            self._views[rejected] = event_view(self.conn, coded_only=self.coded_only,
                                               include_rejected=rejected)
        return self._views[rejected]

    def conditions(self, f: Filters, doc=DocumentRow) -> list:
        """Every condition of ``f`` on the events of ``self.view(f)`` and on their
        document ``doc`` (joined by the caller)."""
        return [*document_conditions(f, self.dialect, doc),
                *event_conditions(f, self.view(f), self.dialect, doc.published, _LISTED)]

    def events_query(self, f: Filters, *cols, docs: bool = True):
        """A select of ``cols`` over the events matching ``f``; their documents are
        joined when a column or filter needs them."""
        view = self.view(f)
        q = select(*cols).select_from(view.events)
        if docs or f.q or f.source or f.on_dates:
            q = q.join(DocumentRow, DocumentRow.id == view.c.document_id)
        return q.where(*self.conditions(f))

    def documents_query(self, f: Filters, *cols):
        """A select of ``cols`` over the documents matching ``f``: their own filters,
        and one of their events passing the others."""
        q = select(*cols).select_from(DocumentRow).where(*document_conditions(f, self.dialect))
        if f.on_events:
            # Not a correlated EXISTS: SQLite would probe the events by type index per document.
            view, d2 = self.view(f), aliased(DocumentRow)
            ids = select(view.c.document_id).select_from(view.events)
            if f.on_dates:
                ids = ids.join(d2, d2.id == view.c.document_id)
            q = q.where(DocumentRow.id.in_(ids.where(
                *event_conditions(f, view, self.dialect, d2.published, _LISTED))))
        return q

    def _event_date(self, f: Filters | None = None):
        return func.coalesce(self.view(f).c.date, DocumentRow.published)

    # -- a document -----------------------------------------------------------
    def document(self, document_id: str) -> dict[str, Any] | None:
        """The stored document as ``communique.document/1`` (see :mod:`.documents`), its
        events as reviewed, the rejected ones too (a document page strikes them out)."""
        return read_document(self.conn, self.view(Filters(review="rejected")), document_id)

    # -- the events table -----------------------------------------------------
    def events(self, f: Filters, offset: int = 0, limit: int = 50) -> Page:
        """Events matching ``f``, newest first (implausible dates last), with names."""
        view = self.view(f)
        total = self.conn.scalar(self.events_query(f, func.count()))
        rows = self.conn.execute(self.events_query(
            f, *view.columns(), DocumentRow.title, DocumentRow.published,
            self._event_date(f).label("d"), source_column().label("source"))
            .order_by(self._implausible(view), self._event_date(f).desc(), view.c.id.desc())
            .offset(offset).limit(limit)).all()
        return Page(total, self._rows(rows, view))

    def event_counts(self, f: Filters, document_ids: list[str]) -> dict[str, int]:
        """Document id -> how many of its events match ``f``."""
        if not document_ids:
            return {}
        view = self.view(f)
        q = self.events_query(f, view.c.document_id, func.count(), docs=False)
        return dict(self.conn.execute(q.where(view.c.document_id.in_(document_ids))
                                      .group_by(view.c.document_id)).all())

    @staticmethod
    def _implausible(view: EventView):
        """1 for an event dated after today or its publication (:func:`implausible_date`)."""
        return case((view.c.date > date.today().isoformat(), 1),
                    (and_(DocumentRow.published.is_not(None), view.c.date > DocumentRow.published), 1),
                    else_=0)

    def _rows(self, rows, view: EventView) -> list[dict]:
        """Event rows with their sources, targets and place named, and their review status."""
        ids = [e.id for e in rows]
        roles = defaultdict(lambda: defaultdict(list))
        names: dict[str, dict[str, str]] = defaultdict(dict)
        links = view.actors.c
        if ids:
            for event_id, role, local, name in self.conn.execute(
                    select(links.event_id, links.role, ActorRow.local_id, ActorRow.name)
                    .join(ActorRow, ActorRow.id == links.actor_id)
                    .where(links.event_id.in_(ids)).order_by(links.position)):
                roles[event_id][role].append(local)
                names[event_id][local] = name
        place_ids = {e.place_id for e in rows if e.place_id}
        places = dict(self.conn.execute(select(PlaceRow.id, PlaceRow.name)
                                        .where(PlaceRow.id.in_(place_ids))).all()) if place_ids else {}
        out = []
        for e in rows:
            local_place = {e.place_id: e.place_id.split("/", 1)[-1]} if e.place_id else {}
            out.append({"document_id": e.document_id, "title": e.title, "published": e.published,
                        "date": e.d, "source": e.source,
                        "event": event_dict(e, roles[e.id], local_place),
                        "review_status": e.review_status,
                        "actor_names": names[e.id], "place_name": places.get(e.place_id)})
        return out

    # -- counts ---------------------------------------------------------------
    def version(self) -> tuple:
        """Changes whenever documents are added or recoded, or a review is made: the
        key of cached facet counts."""
        docs = tuple(self.conn.execute(select(func.count(), func.max(DocumentRow.num),
                                              func.max(DocumentRow.coded_at))).one())
        if not self.view().reviewed:
            return docs
        from ..review.models import ReviewedEvent

        return docs + tuple(self.conn.execute(select(func.count(), func.max(ReviewedEvent.updated_at))).one())

    def facets(self, f: Filters) -> dict[str, list[tuple[str, str, int]]]:
        """The most frequent types, actors, places and sources of what ``f`` matches."""
        engine = self.conn.engine
        key = (engine.url.render_as_string(hide_password=True), id(engine), self.coded_only,
               tuple(sorted(f.as_params().items())), self.version())
        hit = _FACETS.get(key)
        if hit is None:
            hit = self._count_facets(f)
            if len(_FACETS) >= FACET_CACHE:
                _FACETS.pop(next(iter(_FACETS)))
            _FACETS[key] = hit
        return hit

    def _count_facets(self, f: Filters) -> dict[str, list[tuple[str, str, int]]]:
        def top(col, q):
            rows = self.conn.execute(q.add_columns(col.label("v"), func.count().label("n"))
                                     .group_by(col).order_by(func.count().desc(), col)
                                     .limit(FACET_SIZE)).all()
            return [(r.v, r.v, r.n) for r in rows if r.v is not None and r.v != ""]

        base = self.events_query(f, docs=False)
        view = self.view(f)
        ev, links = view.c, view.actors
        facets = {"type": top(ev.type, base)}
        facets["actor"] = top(ActorRow.name, base.join(links, links.c.event_id == ev.id)
                              .join(ActorRow, ActorRow.id == links.c.actor_id)
                              .where(links.c.role.in_(("source", "target"))))
        facets["place"] = top(PlaceRow.name, base.join(PlaceRow, PlaceRow.id == ev.place_id))
        facets["source"] = top(source_column(), self.documents_query(f))
        return {k: v for k, v in facets.items() if v}

    def timeline(self, f: Filters, granularity: str = "month") -> list[tuple[str, str, int]]:
        """(period, type, events) for the events matching ``f`` whose date has the precision."""
        size = {"year": 4, "month": 7, "day": 10}[granularity]
        period = func.substr(self._event_date(f), 1, size)
        kind = self.view(f).c.type
        q = (self.events_query(f, period.label("p"), kind, func.count())
             .where(func.length(self._event_date(f)) >= size, kind.is_not(None))   # no PLOVER type
             .group_by(period, kind).order_by(period, kind))
        return [(p, t, n) for p, t, n in self.conn.execute(q)]

    def places(self, f: Filters) -> list[dict]:
        """The places of the events matching ``f``, with their event counts, most first."""
        q = (self.events_query(f, PlaceRow.name, func.max(PlaceRow.country), func.avg(PlaceRow.lat),
                               func.avg(PlaceRow.lon), func.count())
             .join(PlaceRow, PlaceRow.id == self.view(f).c.place_id)
             .group_by(PlaceRow.name).order_by(func.count().desc()).limit(500))
        return [{"name": n, "country": c, "lat": lat, "lon": lon, "count": k}
                for n, c, lat, lon, k in self.conn.execute(q)]

    # -- an actor ---------------------------------------------------------------
    def actor(self, name: str) -> dict | None:
        """The actor of this canonical name across the archive: aliases, roles, the
        documents naming it, its events as source and as target, its partners."""
        rows = self.conn.execute(select(ActorRow).where(ActorRow.name == name).limit(5000)).all()
        if not rows:
            return None
        first = rows[0]
        # one name may stand for actors of several countries ("people", "the opposition"):
        # a country is shown only when every one of them has it
        countries = sorted({r.country for r in rows if r.country})
        country = countries[0] if len(countries) == 1 and all(r.country for r in rows) else None
        aliases = sorted({x for r in rows for x in (r.aliases or [])})
        roles = []
        for r in rows:
            roles += [x for x in (r.roles or []) if x not in roles]
        view = self.view()
        ev, links = view.c, view.actors

        def events_as(role):
            q = (select(*view.columns(), DocumentRow.title, DocumentRow.published,
                        self._event_date().label("d"), source_column().label("source"))
                 .select_from(view.events)
                 .join(DocumentRow, DocumentRow.id == ev.document_id)
                 .join(links, links.c.event_id == ev.id)
                 .join(ActorRow, ActorRow.id == links.c.actor_id)
                 .where(ActorRow.name == name, links.c.role == role)
                 .order_by(self._event_date().desc()).limit(200))
            return self._rows(self.conn.execute(q).all(), view)

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
        for role, other_name, n in self.conn.execute(q):
            partners[other_name]["out" if role == "source" else "in"] += n
        return {"id": first.id, "name": first.name, "kind": first.kind, "country": country,
                "countries": countries,
                "sector": first.sector, "wikidata": first.wikidata, "aliases": aliases, "roles": roles,
                "documents": len({r.document_id for r in rows}),
                "as_source": events_as("source"), "as_target": events_as("target"),
                "partners": [{"name": k, **v} for k, v in
                             sorted(partners.items(), key=lambda kv: -(kv[1]["out"] + kv[1]["in"]))]}

    def actors(self, offset: int = 0, limit: int = 50) -> Page:
        """The actors that are a source or target of an event (as reviewed), one a canonical
        name, with their kind, country and events: most events first, then by name.  A name
        whose actors differ in country ("people" of many statements) has none, and
        ``countries`` says how many it has."""
        view = self.view()
        links = view.actors
        n = func.count(func.distinct(view.c.id))
        c = ActorRow.country
        unanimous = case((and_(func.min(c) == func.max(c), func.count(c) == func.count()), func.max(c)),
                         else_=None)
        q = (select(ActorRow.name, func.max(ActorRow.kind), unanimous, n, func.count(func.distinct(c)))
             .select_from(view.events)
             .join(links, links.c.event_id == view.c.id)
             .join(ActorRow, ActorRow.id == links.c.actor_id)
             .where(links.c.role.in_(("source", "target")))
             .group_by(ActorRow.name))
        total = self.conn.scalar(select(func.count()).select_from(q.subquery()))
        rows = self.conn.execute(q.order_by(n.desc(), ActorRow.name).offset(offset).limit(limit)).all()
        return Page(total, [{"name": a, "kind": k, "country": c, "events": e, "countries": m}
                            for a, k, c, e, m in rows])

    def actor_events(self, name: str, offset: int = 0, limit: int = 50) -> Page:
        """Every event with the actor of exactly this name as source or target, newest first."""
        view = self.view()
        links = view.actors.c
        named = select(ActorRow.id).where(ActorRow.name == name)
        cond = view.c.id.in_(select(links.event_id).where(
            links.role.in_(("source", "target")), links.actor_id.in_(named)))
        q = (select(*view.columns(), DocumentRow.title, DocumentRow.published,
                    self._event_date().label("d"), source_column().label("source"))
             .select_from(view.events).join(DocumentRow, DocumentRow.id == view.c.document_id)
             .where(cond))
        total = self.conn.scalar(select(func.count()).select_from(view.events).where(cond))
        rows = self.conn.execute(q.order_by(self._implausible(view), self._event_date().desc(),
                                            view.c.id.desc()).offset(offset).limit(limit)).all()
        return Page(total, self._rows(rows, view))

    # -- export records ------------------------------------------------------------
    def records(self, f: Filters | None = None, chunk: int = 1000) -> Iterator[dict[str, Any]]:
        """The events matching ``f`` in archive order, with everything an export needs:
        {event, document, place, cluster_size, sources, targets, claimed_by} (actors
        as dicts); ``event["review_status"]`` says how it was reviewed."""
        f = f or Filters()
        view = self.view(f)
        ev = view.c
        q = (select(*view.columns(),
                    DocumentRow.title, DocumentRow.published, DocumentRow.source_url,
                    DocumentRow.source_path, DocumentRow.source_sitename, DocumentRow.record_id,
                    DocumentRow.coding_version, DocumentRow.coded_at, DocumentRow.language,
                    *[getattr(PlaceRow, c).label(f"pl_{c}") for c in _PLACE_COLS],
                    Cluster.size.label("cluster_size"))
             .select_from(view.events)
             .join(DocumentRow, DocumentRow.id == ev.document_id)
             .outerjoin(PlaceRow, PlaceRow.id == ev.place_id)
             .outerjoin(Cluster, Cluster.id == ev.cluster_id)
             .where(*self.conditions(f))
             .order_by(DocumentRow.num, ev.evidence_start, ev.id))
        result = self.conn.execution_options(stream_results=True, yield_per=chunk).execute(q)
        while rows := result.fetchmany(chunk):
            actors = self._actor_dicts(view, [r.id for r in rows])
            for r in rows:
                place = None
                if r.pl_id is not None:
                    place = {c: getattr(r, f"pl_{c}") for c in _PLACE_COLS}
                event = {c: getattr(r, c) for c in _EVENT_COLS}
                yield {
                    "event": event,
                    "document": {"id": r.document_id, "title": r.title, "published": r.published,
                                 "url": r.source_url, "path": r.source_path,
                                 "sitename": r.source_sitename, "record_id": r.record_id,
                                 "coding_version": r.coding_version, "coded_at": r.coded_at,
                                 "language": r.language},
                    "place": place,
                    "cluster_size": r.cluster_size,
                    "sources": actors[(r.id, "source")],
                    "targets": actors[(r.id, "target")],
                    "claimed_by": actors[(r.id, "claimed_by")],
                }

    def _actor_dicts(self, view: EventView, event_ids: list[str]) -> dict[tuple[str, str], list[dict]]:
        out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        links = view.actors.c
        for i in range(0, len(event_ids), 500):
            rows = self.conn.execute(
                select(links.event_id, links.role, *[getattr(ActorRow, c) for c in _ACTOR_COLS])
                .join(ActorRow, ActorRow.id == links.actor_id)
                .where(links.event_id.in_(event_ids[i:i + 500]))
                .order_by(links.event_id, links.role, links.position))
            for r in rows:
                out[(r.event_id, r.role)].append({c: getattr(r, c) for c in _ACTOR_COLS})
        return out

