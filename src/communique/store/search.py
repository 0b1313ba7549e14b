"""Full-text search over the archive, combined with event filters.

SQLite uses the FTS5 table ``documents_fts`` (BM25 ranking, title weighted
over body); PostgreSQL uses the ``search`` tsvector column and its GIN index
(a tsquery, ``ts_rank_cd``); the query language is :mod:`communique.store.query`.  Event filters (actor, type, place,
dates) select events; a document matches when one of its events passes every
filter.  Each hit carries the evidence sentence of its matching events, or a
snippet of the text around the query when it has none.

Filters are planned, not just joined: a filter matching few rows (a rare type,
actor or place) is resolved once into the set of documents it selects; a broad
one is checked on each candidate document, newest first, until the page or the
rank window is full.  Both plans give the same hits in the same order (tested).
Actor and place names are matched as substrings against ``entity_names`` (each
distinct name once, kept by triggers), never row by row over the actors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import column, desc, func, literal_column, or_, select, table, text, union_all
from sqlalchemy.sql.elements import quoted_name

from ..review.state import EventView
from .archive import Archive
from .filters import (Filters, count, document_conditions, end_of, event_conditions,
                      matching_document_ids, sizes)
from .models import ActorRow, DocumentRow, PlaceRow
from .query import Query, fts5, parse, tsquery
from .reader import Reader

__all__ = ["Filters", "Hit", "EventHit", "search", "fts5_query", "matching_document_ids"]

# SQLite ranks (BM25) the newest this-many matching documents; 0 ranks all matches.
RANK_WINDOW = 2000
# A filter matching more rows than this is never resolved into a list of ids
# (each row costs about as much as checking one candidate document).
LIST_MAX = 20_000
# Without a query, filters matching at most this many rows list their documents
# directly; more, and the archive is walked newest first until the page is full.
LATEST_SET = 5000


@dataclass
class EventHit:
    id: str
    type: str | None   # None: no PLOVER type (mode "only")
    cameo: str | None
    date: str | None
    status: str
    sources: list[str]
    targets: list[str]
    place: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    review_status: str = "coded"   # coded, confirmed, corrected or added (rejected are left out)


@dataclass
class Hit:
    document_id: str
    title: str | None
    published: str | None
    source: str | None
    score: float | None
    snippet: str | None
    events: list[EventHit] = field(default_factory=list)

    @property
    def evidence(self) -> str | None:
        return self.events[0].evidence if self.events else self.snippet

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def search(archive: Archive, query: str | None = None, filters: Filters | None = None,
           limit: int = 20, rank_window: int = RANK_WINDOW, coded_only: bool = False) -> list[Hit]:
    """Documents matching ``query`` (ranked; else ``filters.q``) and ``filters``; the
    newest first when there is no query.  ``rank_window``: see :data:`RANK_WINDOW`.
    Events are read as reviewed (rejected ones left out, added ones in); ``coded_only``:
    as coded."""
    filters = filters or Filters()
    query = query if query is not None else filters.q
    query = parse(query) if (query or "").strip() else None
    # The events as reviewed come from the one reader, as for exports and the workbench.
    with Reader.of(archive, coded_only=coded_only) as reader:
        conn, view = reader.conn, reader.view(filters)
        bound = _Bound(filters, view)
        if query and not query.only_excludes:
            rows = _ranked_documents(conn, archive.dialect, query, bound, limit, rank_window)
        else:
            # Without words to rank by: the newest documents, less the excluded ones.
            rows = _latest_documents(conn, archive.dialect, bound, limit, query)
        hits = [Hit(r.id, r.title, r.published, r.source_url or r.source_path,
                    float(r.score) if r.score is not None else None, r.snippet) for r in rows]
        if query and not query.only_excludes and archive.dialect == "postgresql" and hits:
            _pg_snippets(conn, query, hits)
        _attach_events(conn, archive.dialect, hits, bound, query)
    return hits


def fts5_query(query: str) -> str:
    """A user's query (see :mod:`communique.store.query`) as an FTS5 expression."""
    return fts5(parse(query))


# -- internals --------------------------------------------------------------------
_end_of = end_of


@dataclass
class _Bound:
    """The filters over the events of one view (review.state), as the plans ask them."""
    f: Filters
    events: EventView

    @property
    def on_events(self) -> bool:
        return self.f.on_events

    @property
    def on_dates(self) -> bool:
        return self.f.on_dates

    def conditions(self, dialect: str | None = None, published=DocumentRow.published,
                   listed: Collection[str] = (), view: EventView | None = None) -> list:
        return event_conditions(self.f, view or self.events, dialect, published, listed)

    def sizes(self, conn, dialect: str, cap: int) -> dict[str, int]:
        return sizes(conn, self.f, self.events, dialect, cap)


def _event_exists(filters: _Bound, dialect: str, doc_id=DocumentRow.id,
                  published=DocumentRow.published):
    """Correlated on ``doc_id``: the document has an event passing ``filters``.

    Asked of each part of the events view (review.state) in turn: the coded events
    row by row through their indexes; the few reviewed ones once, as a list."""
    tests = []
    for arm in filters.events.arms:
        if arm.small:
            tests.append(doc_id.in_(_arm_documents(filters, dialect, arm, "id", ())))
        else:
            tests.append(select(arm.c.id).select_from(arm.events).where(
                *arm.base, arm.c.document_id == doc_id,
                *filters.conditions(dialect, published=published, view=arm)).exists())
    return tests[0] if len(tests) == 1 else or_(*tests)


def _plan(conn, filters: _Bound, dialect: str, cap: int, other=None) -> set[str] | None:
    """None to check candidate documents one by one; else the set plan, and the
    filters to resolve once into id lists.  The set plan is chosen when a filter
    (type, actor, place) matches no more than ``cap`` rows and, when ``other(n)``
    is given (the size of the other side, counted up to ``n``), fewer than it."""
    sizes = filters.sizes(conn, dialect, cap + 1)
    if not sizes or min(sizes.values()) > cap:
        return None
    smallest = min(sizes.values())
    if other is not None:
        cap = other(smallest + 1)
        if cap <= smallest:
            return None
    return {name for name, n in sizes.items() if n <= cap}


def _documents_with_events(filters: _Bound, dialect: str, column: str, listed: set[str]):
    """Uncorrelated: ``column`` ("id" or "num") of the documents having an event
    passing ``filters`` (one select per part of the events view, see review.state)."""
    parts = [_arm_documents(filters, dialect, arm, column, listed) for arm in filters.events.arms]
    return parts[0] if len(parts) == 1 else union_all(*parts)


def _arm_documents(filters: _Bound, dialect: str, arm: EventView, column: str, listed):
    """The documents having an event of ``arm`` passing ``filters``; the document is
    joined (as an alias, so an enclosing query on documents is not correlated) when
    the dates or ``column`` need it."""
    if column == "id" and not filters.on_dates:
        return select(arm.c.document_id).select_from(arm.events).where(
            *arm.base, *filters.conditions(dialect, listed=listed, view=arm))
    d = DocumentRow.__table__.alias("event_doc")
    return (select(d.c[column]).select_from(arm.events)
            .join(d, d.c.id == arm.c.document_id)
            .where(*arm.base, *filters.conditions(dialect, published=d.c.published, listed=listed,
                                                  view=arm)))


def _sqlite_fts_filter(conn, filters: _Bound, fts, match):
    """The condition on full-text rows that their document has a matching event,
    in the cheaper of two plans (the result is the same):

    * a filter matches no more rows than the text does: the row numbers of the
      documents with matching events are collected once, and each full-text row
      is looked up in that set (``rowid + 0``: a plain ``rowid IN`` makes FTS5
      run the MATCH again for every number in the set);
    * otherwise each full-text row, newest first, is checked until the rank
      window is full: row number -> document id through the narrow
      ``ix_documents_num_id`` (not the wide documents rows), then its events."""
    def found(cap):  # full-text matches, counted up to cap
        return count(conn, fts, [match], cap)

    listed = _plan(conn, filters, "sqlite", LIST_MAX, other=found)
    if listed is not None:
        return (fts.c.rowid + 0).in_(_documents_with_events(filters, "sqlite", "num", listed))
    # SQLAlchemy renders no table hints for SQLite: the FROM is written out.
    num, doc_id, published = (literal_column(f"d.{c}") for c in ("num", "id", "published"))
    has_event = _event_exists(filters, "sqlite", doc_id=doc_id, published=published)
    narrow = table(quoted_name("documents AS d INDEXED BY ix_documents_num_id", quote=False))
    return (select(num).select_from(narrow)
            .where(num == fts.c.rowid, has_event).exists())


def _doc_columns():
    return (DocumentRow.id, DocumentRow.title, DocumentRow.published, DocumentRow.source_url,
            DocumentRow.source_path)


def _ranked_documents(conn, dialect, query: Query, filters, limit, window):
    if dialect == "postgresql":
        tsq = tsquery(query)
        vec = literal_column("documents.search")
        q = (select(*_doc_columns(), func.ts_rank_cd(vec, tsq).label("score"),
                    literal_column("NULL").label("snippet"))
             .where(vec.op("@@")(tsq), *document_conditions(filters.f.source_only(), dialect))
             .order_by(desc("score"), DocumentRow.num))
        if filters.on_events:
            q = q.where(_event_exists(filters, dialect))
        return conn.execute(q.limit(limit)).all()
    # SQLite: rank inside the full-text index (rowids and scores only), then read
    # the documents and snippets of the top hits.  BM25 is computed for the newest
    # ``window`` matching documents (archive order), so a word found in tens of
    # thousands of documents still answers in milliseconds; 0 ranks every match.
    fts = table("documents_fts", column("rowid"))
    match = text("documents_fts MATCH :fts").bindparams(fts=fts5(query))
    inner = (select(fts.c.rowid.label("rowid"),
                    literal_column("bm25(documents_fts, 4.0, 1.0)").label("score"))
             .select_from(fts).where(match))
    if filters.f.source:
        inner = inner.where(fts.c.rowid.in_(select(DocumentRow.num).where(
            *document_conditions(filters.f.source_only(), dialect))))
    if filters.on_events:
        inner = inner.where(_sqlite_fts_filter(conn, filters, fts, match))
    if window:
        inner = inner.order_by(fts.c.rowid.desc()).limit(window)
    inner = inner.subquery()
    q = select(inner.c.rowid, inner.c.score).order_by(inner.c.score, inner.c.rowid)
    top = conn.execute(q.limit(limit)).all()
    if not top:
        return []
    nums = [r.rowid for r in top]
    docs = {r.num: r for r in conn.execute(select(DocumentRow.num, *_doc_columns())
                                           .where(DocumentRow.num.in_(nums)))}
    snippets = dict(conn.execute(
        select(fts.c.rowid, literal_column("snippet(documents_fts, 1, '[', ']', ' … ', 24)"))
        .select_from(fts).where(match, fts.c.rowid.in_(nums))).all())
    out = []
    for r in top:
        d = docs[r.rowid]
        out.append(_Row(d.id, d.title, d.published, d.source_url, d.source_path, r.score,
                        snippets.get(r.rowid)))
    return out


@dataclass
class _Row:
    id: str
    title: str | None
    published: str | None
    source_url: str | None
    source_path: str | None
    score: float | None
    snippet: str | None


def _latest_documents(conn, dialect, filters, limit, query: Query | None = None):
    q = select(*_doc_columns(), literal_column("NULL").label("score"),
               literal_column("NULL").label("snippet"))
    if query is not None:
        q = q.where(DocumentRow.id.in_(matching_document_ids(dialect, query)))
    q = q.where(*document_conditions(filters.f.source_only(), dialect))
    if filters.on_events:
        listed = _plan(conn, filters, dialect, LATEST_SET)
        if listed is not None:
            # Few matching events: their documents, then sorted (instead of walking
            # the whole archive newest first in search of a rare event).
            q = q.where(DocumentRow.id.in_(_documents_with_events(filters, dialect, "id", listed)))
        else:
            q = q.where(_event_exists(filters, dialect))
    q = q.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.num.desc())
    return conn.execute(q.limit(limit)).all()


def _pg_snippets(conn, query: Query, hits) -> None:
    tsq = tsquery(query)
    rows = conn.execute(select(DocumentRow.id, func.ts_headline(
        "english", func.left(DocumentRow.text, 100_000), tsq,
        "StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1"))
        .where(DocumentRow.id.in_([h.document_id for h in hits])))
    snippets = dict(rows.all())
    for h in hits:
        h.snippet = snippets.get(h.document_id)


def _attach_events(conn, dialect: str, hits: list[Hit], filters: _Bound,
                   query: Query | None) -> None:
    if not hits:
        return
    ids = [h.document_id for h in hits]
    view = filters.events
    ev, links = view.c, view.actors.c
    rows = conn.execute(
        select(*view.columns(), PlaceRow.name.label("place_name"))
        .join(DocumentRow, DocumentRow.id == ev.document_id)
        .outerjoin(PlaceRow, PlaceRow.id == ev.place_id)
        .where(ev.document_id.in_(ids), *filters.conditions(dialect))
        .order_by(ev.document_id, ev.evidence_start)).all()
    if not rows:
        return
    event_ids = [r.id for r in rows]
    names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for i in range(0, len(event_ids), 500):
        for eid, role, name in conn.execute(
                select(links.event_id, links.role, ActorRow.name)
                .join(ActorRow, ActorRow.id == links.actor_id)
                .where(links.event_id.in_(event_ids[i:i + 500]))
                .order_by(links.event_id, links.role, links.position)):
            names[(eid, role)].append(name)
    words = query.words() if query else []
    by_doc: dict[str, list[EventHit]] = defaultdict(list)
    for e in rows:
        by_doc[e.document_id].append(EventHit(
            e.id, e.type, e.cameo, e.date, e.status, names[(e.id, "source")],
            names[(e.id, "target")], e.place_name, e.evidence_text, e.evidence_start,
            e.evidence_end, e.review_status))
    for h in hits:
        events = by_doc.get(h.document_id, [])
        # Events whose evidence says what was searched for come first.
        events.sort(key=lambda ev: -sum(w in ev.evidence.casefold() for w in words))
        h.events = events
