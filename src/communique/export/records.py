"""Events read back from the archive with everything an export needs joined in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from ..store import Archive
from ..store.models import ActorRow, Cluster, DocumentRow, EventActorRow, EventRow, PlaceRow
from ..store.search import Filters, matching_document_ids

_EVENT_COLS = [c.name for c in EventRow.__table__.columns]
_PLACE_COLS = ("id", "name", "geonameid", "country", "admin1", "lat", "lon", "feature", "precision")
_ACTOR_COLS = ("id", "name", "kind", "country", "sector", "wikidata", "known")


def iter_events(archive: Archive, query: str | None = None, filters: Filters | None = None,
                chunk: int = 1000) -> Iterator[dict[str, Any]]:
    """Event records in archive order: {event, document, place, cluster_size,
    sources, targets, claimed_by} (actors as dicts)."""
    filters = filters or Filters()
    with archive.reading() as conn:
        q = (select(EventRow.__table__,
                    DocumentRow.title, DocumentRow.published, DocumentRow.source_url,
                    DocumentRow.source_path, DocumentRow.source_sitename, DocumentRow.record_id,
                    DocumentRow.coding_version, DocumentRow.coded_at, DocumentRow.language,
                    *[getattr(PlaceRow, c).label(f"pl_{c}") for c in _PLACE_COLS],
                    Cluster.size.label("cluster_size"))
             .join(DocumentRow, DocumentRow.id == EventRow.document_id)
             .outerjoin(PlaceRow, PlaceRow.id == EventRow.place_id)
             .outerjoin(Cluster, Cluster.id == EventRow.cluster_id)
             .where(*filters.conditions())
             .order_by(DocumentRow.num, EventRow.evidence_start, EventRow.id))
        if query and query.strip():
            q = q.where(EventRow.document_id.in_(matching_document_ids(conn, archive.dialect, query)))
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(q)
        while rows := result.fetchmany(chunk):
            actors = _actors(conn, [r.id for r in rows])
            for r in rows:
                e = r
                event = {c: getattr(r, c) for c in _EVENT_COLS}
                place = None
                if r.pl_id is not None:
                    place = {c: getattr(r, f"pl_{c}") for c in _PLACE_COLS}
                yield {
                    "event": event,
                    "document": {"id": e.document_id, "title": r.title, "published": r.published,
                                 "url": r.source_url, "path": r.source_path,
                                 "sitename": r.source_sitename, "record_id": r.record_id,
                                 "coding_version": r.coding_version, "coded_at": r.coded_at,
                                 "language": r.language},
                    "place": place,
                    "cluster_size": r.cluster_size,
                    "sources": actors[(e.id, "source")],
                    "targets": actors[(e.id, "target")],
                    "claimed_by": actors[(e.id, "claimed_by")],
                }


def _actors(conn, event_ids: list[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for i in range(0, len(event_ids), 500):
        rows = conn.execute(
            select(EventActorRow.event_id, EventActorRow.role,
                   *[getattr(ActorRow, c) for c in _ACTOR_COLS])
            .join(ActorRow, ActorRow.id == EventActorRow.actor_id)
            .where(EventActorRow.event_id.in_(event_ids[i:i + 500]))
            .order_by(EventActorRow.event_id, EventActorRow.role, EventActorRow.position))
        for r in rows:
            out[(r.event_id, r.role)].append({c: getattr(r, c) for c in _ACTOR_COLS})
    return out
