"""The reviewed state of the archive's events: the one place reviews are applied.

Every reader (search, export, the workbench pages and API) reads events and their
actors through :func:`event_view`, never ``events`` / ``event_actors`` directly.
The view holds, for each event:

* a coded event nobody reviewed: as coded, ``review_status`` "coded";
* a confirmed or corrected one: the reviewer's values (type, mode, CAMEO code,
  actors, date, place, status), ``review_status`` "confirmed" / "corrected";
* a rejected one: left out (kept, marked "rejected", when asked for);
* one a reviewer added: included, ``review_status`` "added".

It is a UNION ALL of the coded events not reviewed and the rows of
``review_events`` (their ``current`` JSON read in SQL, on SQLite and
PostgreSQL).  When the archive has no review tables, no review yet, or the
caller asks for the coder's output (``coded_only``), the view is the plain
tables, so queries keep their plans.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import (Boolean, String, case, func, inspect, literal, null, or_, select, true,
                        type_coerce, union_all)
from sqlalchemy.sql import ColumnElement, FromClause

from ..store.models import EventActorRow, EventRow
from .models import ReviewedEvent

STATUSES = ("coded", "confirmed", "corrected", "rejected", "added")
# JSON list of actor ids in a reviewed event -> role in event_actors.
ROLES = (("sources", "source"), ("targets", "target"), ("claimed_by", "claimed_by"))

_EVENTS = EventRow.__table__
_LINKS = EventActorRow.__table__


@dataclass
class LinkPart:
    """One part of the union of event-actor links: its columns (event_id, actor_id,
    role), FROM, own conditions, and how it is correlated with an event row."""

    cols: dict[str, ColumnElement]
    frm: FromClause
    base: list
    correlate: Callable[[object], list]


@dataclass
class EventView:
    """What readers select from instead of the ``events`` and ``event_actors`` tables."""

    events: FromClause      # the columns of ``events`` (plus ``review_status`` when reviewed)
    actors: FromClause      # event_id, actor_id, role, position
    reviewed: bool          # False: the plain tables, every event as coded
    # The parts ``actors`` is the union of: a condition on links is put inside each
    # part, where an index serves it (SQLite does not push it into a UNION).
    parts: list[LinkPart] = field(default_factory=list)
    # The parts ``events`` is the union of, each a view with its own conditions
    # (``base``); ``small``: few rows (the reviewed ones), best read once, not per row.
    base: list = field(default_factory=list)
    small: bool = False
    arms: list[EventView] = field(default_factory=list)

    def __post_init__(self):
        self.arms = self.arms or [self]

    @property
    def c(self):
        return self.events.c

    @property
    def status(self) -> ColumnElement:
        """The review status of each event row."""
        return self.events.c.review_status if self.reviewed else literal("coded", String)

    def columns(self) -> list[ColumnElement]:
        """The columns of ``events`` and ``review_status``, to select."""
        return [self.events.c[c.name] for c in _EVENTS.columns] + [self.status.label("review_status")]

    def linked(self, where: Callable[[dict], list]):
        """Ids of the events having a link that passes ``where(cols)`` (uncorrelated)."""
        parts = [select(p.cols["event_id"].label("event_id")).select_from(p.frm)
                 .where(*p.base, *where(p.cols)) for p in self.parts]
        return parts[0] if len(parts) == 1 else union_all(*parts)

    def has_link(self, where: Callable[[dict], list]):
        """Correlated on ``events``: the event has a link passing ``where(cols)``."""
        tests = [select(literal(1)).select_from(p.frm)
                 .where(*p.base, *p.correlate(self.events.c), *where(p.cols))
                 .correlate(self.events).exists() for p in self.parts]
        return tests[0] if len(tests) == 1 else or_(*tests)


def _plain_part(base: list) -> LinkPart:
    c = _LINKS.c
    return LinkPart({"event_id": c.event_id, "actor_id": c.actor_id, "role": c.role}, _LINKS, base,
                    lambda ev: [c.event_id == ev.id])


@functools.cache
def coded_view() -> EventView:
    """The coder's output: the plain tables."""
    return EventView(_EVENTS, _LINKS, reviewed=False, parts=[_plain_part([])])


def has_reviews(conn) -> bool:
    """The archive has review tables with at least one reviewed event."""
    if not inspect(conn).has_table(ReviewedEvent.__tablename__):
        return False
    return conn.execute(select(ReviewedEvent.id).limit(1)).first() is not None


def event_view(conn, *, coded_only: bool = False, include_rejected: bool = False) -> EventView:
    """The events as reviewed (see the module's doc), or as coded with ``coded_only``."""
    if coded_only or not has_reviews(conn):
        return coded_view()
    return reviewed_view(conn.dialect.name, include_rejected=include_rejected)


@functools.cache  # expressions only, no data: built once, and SQLAlchemy's compiled cache hits
def reviewed_view(dialect: str, *, include_rejected: bool = False) -> EventView:
    r = ReviewedEvent.__table__
    cur = r.c.current
    key = r.c.document_id + "/" + r.c.event_id
    reviewed_keys = select(key)
    kept = [] if include_rejected else [r.c.decision != "rejected"]

    def text_of(*path):
        return (cur[path[0]] if len(path) == 1 else cur[path]).as_string()

    e = _EVENTS
    cols = {
        "id": key, "document_id": r.c.document_id, "local_id": r.c.event_id,
        "type": text_of("type"), "mode": text_of("mode"), "cameo": text_of("cameo"),
        "date": text_of("date"), "date_precision": text_of("date_precision"),
        # NULL || text is NULL: an event without a place stays without one.
        "place_id": r.c.document_id + "/" + text_of("place"),
        "status": text_of("status"),
        "negated": type_coerce(case((cur["negated"].as_boolean(), True), else_=False), Boolean),
        "confidence": cur["confidence"].as_float(),
        "evidence_start": cur[("evidence", "start")].as_integer(),
        "evidence_end": cur[("evidence", "end")].as_integer(),
        "evidence_text": text_of("evidence", "text"),
        "field_evidence": cur["field_evidence"],
        "pattern": text_of("pattern"),
        "cluster_id": e.c.cluster_id,
    }
    rows = (select(*[cols[c.name].label(c.name) for c in e.columns],
                   r.c.decision.label("review_status"))
            .select_from(r.outerjoin(e, e.c.id == key))
            # A review of a coded event that is gone (its document recoded) is not an event.
            .where(*kept, or_(r.c.decision == "added", e.c.id.is_not(None)))).subquery("review_rows")
    unreviewed = [e.c.id.not_in(reviewed_keys)]
    events = union_all(
        select(*[e.c[c.name] for c in e.columns], literal("coded", String).label("review_status"))
        .where(*unreviewed),
        select(rows)).subquery("reviewed_events")

    json_parts = []
    for name, role in ROLES:
        items, value, position = _json_items(dialect, cur[name])
        json_parts.append(LinkPart(
            {"event_id": key, "actor_id": r.c.document_id + "/" + value,
             "role": literal(role, String), "position": position},
            r.join(items, true()), kept,
            lambda ev: [r.c.document_id == ev.document_id, r.c.event_id == ev.local_id]))
    parts = [_plain_part([_LINKS.c.event_id.not_in(reviewed_keys)]), *json_parts]
    actors = union_all(*[
        select(p.cols["event_id"].label("event_id"), p.cols["actor_id"].label("actor_id"),
               p.cols["role"].label("role"),
               p.cols.get("position", _LINKS.c.position).label("position"))
        .select_from(p.frm).where(*p.base) for p in parts]).subquery("reviewed_event_actors")
    arms = [EventView(_EVENTS, _LINKS, reviewed=False, parts=[_plain_part([])], base=unreviewed),
            EventView(rows, actors, reviewed=True, parts=json_parts, small=True)]
    return EventView(events, actors, reviewed=True, parts=parts, arms=arms)


def _json_items(dialect: str, array):
    """The items of a JSON array of strings as rows: (FROM element, value, position from 0)."""
    if dialect == "postgresql":
        safe = case((func.json_typeof(array) == "array", array), else_=null())
        fn = func.json_array_elements_text(safe).table_valued("value", with_ordinality="ordinality")
        return fn, fn.c.value, fn.c.ordinality - 1
    fn = func.json_each(array).table_valued("value", "key")
    return fn, fn.c.value, fn.c.key
