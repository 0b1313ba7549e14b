"""The workbench's read side: the archive's :class:`~communique.store.reader.Reader`
over a request's session, with the search page's ranking and snippets.

Every selection (search page, events table, facets, timeline, map, actor page,
export buttons) goes through the reader, so it has the meaning of
:mod:`communique.store.filters` and sees the events as reviewed.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.orm import Session

from ..review.state import EventView
from ..store.filters import Filters, source_column
from ..store.models import DocumentRow
from ..store.reader import Page, Reader
from . import ranking
from .snippets import make as snippet


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
        """The document as ``communique.document/1``, its events as reviewed (the reader's)."""
        return self.reader.document(document_id)

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

    def actors(self, offset: int = 0, limit: int = 50) -> Page:
        return self.reader.actors(offset, limit)

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
