"""Events read back from the archive with everything an export needs joined in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select

from ..review.state import EventView, event_view
from ..store import Archive
from ..store.models import ActorRow, Cluster, DocumentRow, EventRow, PlaceRow
from ..store.search import Filters, matching_document_ids

_EVENT_COLS = [c.name for c in EventRow.__table__.columns] + ["review_status"]
_PLACE_COLS = ("id", "name", "geonameid", "country", "admin1", "lat", "lon", "feature", "precision")
_ACTOR_COLS = ("id", "name", "kind", "country", "sector", "wikidata", "known")


def iter_events(archive: Archive, query: str | None = None, filters: Filters | None = None,
                chunk: int = 1000, *, coded_only: bool = False,
                selection: Callable[[EventView], Any] | None = None,
                include_rejected: bool = False) -> Iterator[dict[str, Any]]:
    """Event records in archive order: {event, document, place, cluster_size,
    sources, targets, claimed_by} (actors as dicts).

    Events are read as reviewed (:mod:`communique.review.state`): corrected values,
    rejected events left out, added ones in, ``event["review_status"]`` saying which;
    ``coded_only`` reads the coder's output.  ``selection(view)``: a further
    condition on the view's events (the workbench passes its page's filters);
    ``include_rejected`` keeps rejected events (review_status "rejected")."""
    with archive.reading() as conn:
        view = event_view(conn, coded_only=coded_only, include_rejected=include_rejected)
        filters = (filters or Filters()).on(view)
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
             .where(*filters.conditions())
             .order_by(DocumentRow.num, ev.evidence_start, ev.id))
        if query and query.strip():
            q = q.where(ev.document_id.in_(matching_document_ids(conn, archive.dialect, query)))
        if selection is not None:
            q = q.where(selection(view))
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(q)
        while rows := result.fetchmany(chunk):
            actors = _actors(conn, view, [r.id for r in rows])
            for r in rows:
                event = {c: getattr(r, c) for c in _EVENT_COLS}
                place = None
                if r.pl_id is not None:
                    place = {c: getattr(r, f"pl_{c}") for c in _PLACE_COLS}
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


def _actors(conn, view: EventView, event_ids: list[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    links = view.actors.c
    for i in range(0, len(event_ids), 500):
        rows = conn.execute(
            select(links.event_id, links.role, *[getattr(ActorRow, c) for c in _ACTOR_COLS])
            .join(ActorRow, ActorRow.id == links.actor_id)
            .where(links.event_id.in_(event_ids[i:i + 500]))
            .order_by(links.event_id, links.role, links.position))
        for r in rows:
            out[(r.event_id, r.role)].append({c: getattr(r, c) for c in _ACTOR_COLS})
    return out
