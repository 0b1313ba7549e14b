"""The filters of every reader of the archive, with one meaning everywhere.

`communique search`, `communique export`, the workbench's pages and API and its
export buttons all select events with :class:`Filters`:

* ``q``: documents matching the full-text query (:mod:`communique.store.query`);
* ``type``: a PLOVER type (any case: ``accuse``), or a CAMEO code prefix when
  all digits (``04`` is every consultation code);
* ``actor``: an actor of the event as source or target, named by words of its
  canonical name read from the start of a word (any case: ``fishers`` and
  ``fish`` find "Coastal Fishers Union", ``un`` does not find "Gunmen"), or
  by the ISO code of its country (``KEN``);
* ``place``: the event's place, by words of its name from a word's start (any case) or the ISO
  code of its country;
* ``source``: where the document came from (its site name, else its format),
  the whole value;
* ``since`` / ``until``: the event's date, else its document's publication
  date, on or after / on or before YYYY, YYYY-MM or YYYY-MM-DD (``until 2024``
  takes all of 2024);
* ``review``: the events in one review state (unreviewed, confirmed,
  corrected, rejected, added); rejected events are left out unless asked for.

An event passes when it passes every filter given; a document, when one of its
events does.  Names are matched against ``entity_names`` (each distinct name
once, kept by triggers), never row by row over the actors.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Connection, column, func, literal, literal_column, or_, select, table, text

from ..review.state import EventView
from .errors import StoreError
from .models import ActorRow, DocumentRow, EntityNameRow, PlaceRow
from .query import Query, fts5, parse, tsquery

REVIEW_STATES = ("unreviewed", "confirmed", "corrected", "rejected", "added")
# The roles an actor filter looks at: who acted and on whom, not who claimed it.
ACTOR_ROLES = ("source", "target")
# The workbench's query parameters for the date filters (its pages and API use them).
PARAM_NAMES = {"since": "date_from", "until": "date_to"}

_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_REAL_DAY = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@dataclass
class Filters:
    q: str | None = None
    type: str | None = None
    actor: str | None = None
    place: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    review: str | None = None

    def __post_init__(self):
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not _DAY.match(value):
                raise StoreError(f"--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        if self.review and self.review not in REVIEW_STATES:
            raise StoreError(f"review state {self.review!r}: choose one of {', '.join(REVIEW_STATES)}")

    @classmethod
    def from_params(cls, params: Mapping[str, object]) -> "Filters":
        """From the workbench's query parameters (``date_from``/``date_to`` for the dates);
        blank values are no filter.  Check them first with :func:`param_problems`."""
        given = clean_params(params)
        return cls(**{f.name: given.get(PARAM_NAMES.get(f.name, f.name)) for f in fields(cls)})

    def as_params(self) -> dict[str, str]:
        """The workbench's query parameters of these filters (for links)."""
        return {PARAM_NAMES.get(f.name, f.name): getattr(self, f.name)
                for f in fields(self) if getattr(self, f.name)}

    @property
    def on_events(self) -> bool:
        return any((self.actor, self.type, self.place, self.since, self.until, self.review))

    @property
    def on_dates(self) -> bool:
        return bool(self.since or self.until)

    def source_only(self) -> "Filters":
        return Filters(source=self.source)

    def query(self) -> Query | None:
        """The parsed full-text query; StoreError when it has nothing to search for."""
        return parse(self.q) if self.q and self.q.strip() else None


def clean_params(params: Mapping[str, object]) -> dict[str, str]:
    """The filter parameters given, stripped, blank ones left out."""
    names = {PARAM_NAMES.get(f.name, f.name) for f in fields(Filters)}
    return {k: str(v).strip() for k, v in params.items() if k in names and v and str(v).strip()}


def valid_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real day (the date filters' values)."""
    if not _REAL_DAY.match(value):
        return False
    try:
        len(value) < 10 or date.fromisoformat(value)
    except ValueError:
        return False
    return True


def query_error(q: str | None) -> str | None:
    """Why the query language cannot search for ``q`` (no words in it, too many terms),
    or None: a page, the API and an export say so instead of showing no events."""
    try:
        parse(q) if q else None
    except StoreError as exc:
        return str(exc)
    return None


def matching_document_ids(dialect: str, query: str | Query):
    """A subquery of the ids of documents matching ``query``; StoreError when it has
    nothing to search for."""
    q = parse(query) if isinstance(query, str) else query
    if q.only_excludes:
        return select(DocumentRow.id).where(DocumentRow.id.not_in(_fulltext_ids(dialect, q, False)))
    return _fulltext_ids(dialect, q, True)


def _fulltext_ids(dialect: str, q: Query, positive: bool):
    if dialect == "postgresql":
        return select(DocumentRow.id).where(
            literal_column("documents.search").op("@@")(tsquery(q, positive=positive)))
    fts = table("documents_fts", column("rowid"))
    return (select(DocumentRow.id).join(fts, fts.c.rowid == DocumentRow.num)
            .where(text("documents_fts MATCH :fts").bindparams(fts=fts5(q, positive=positive))))


def end_of(day: str) -> str:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD value covers (as text, for ``<=``)."""
    if len(day) == 4:
        return day + "-12-31"
    if len(day) == 7:
        return day + "-31"
    return day


def source_column(doc=DocumentRow):
    """Where a document came from, as the ``source`` filter and facet name it."""
    return func.coalesce(doc.source_sitename, doc.source_format)


def document_conditions(f: Filters, dialect: str, doc=DocumentRow) -> list:
    """Conditions on the document (``doc``, DocumentRow or an alias) of ``f.q`` and
    ``f.source``.  A query with nothing to search for matches nothing."""
    out = []
    if f.q:
        try:
            # By document id, not by rowid: SQLite plans `num IN (fts) AND id IN (events)`
            # as a probe of both per row (seconds at 10,000 documents); this form is 50 ms.
            out.append(doc.id.in_(matching_document_ids(dialect, f.q)))
        except StoreError:
            out.append(literal(False))
    if f.source:
        out.append(source_column(doc) == f.source)
    return out


def event_conditions(f: Filters, view: EventView, dialect: str | None = None,
                     published=DocumentRow.published, listed: Collection[str] = ()) -> list:
    """Conditions on the events of ``view`` (review.state: as reviewed, or as coded).

    ``published``: the column of the event's document (DocumentRow's or an alias's)
    that the dates fall back on.  ``dialect`` "sqlite" adds an index range to a
    CAMEO prefix.  ``listed`` names the filters ("actor", "place") to resolve once
    into a list of ids, best when they match few rows; the others are checked for
    each event."""
    ev = view.c
    out = []
    if f.review:
        out.append(view.status == ("coded" if f.review == "unreviewed" else f.review))
    if f.type:
        t = f.type.strip()
        if t.isdigit():
            out.append(ev.cameo.startswith(t))
            if dialect == "sqlite" and t:
                # The same rows as the prefix (binary collation), as a range the
                # (cameo, document_id) index can seek; SQLite's LIKE cannot.
                out += [ev.cameo >= t, ev.cameo < t[:-1] + chr(ord(t[-1]) + 1)]
        else:
            out.append(ev.type == t.upper())
    if f.actor:
        actors = matching(f, "actor")

        def linked(link):
            return [link["role"].in_(ACTOR_ROLES), link["actor_id"].in_(select(ActorRow.id).where(actors))]

        if "actor" in listed:
            out.append(ev.id.in_(view.linked(linked)))
        else:
            out.append(view.has_link(lambda link: [link["role"].in_(ACTOR_ROLES), select(ActorRow.id).where(
                ActorRow.id == link["actor_id"], actors).exists()]))
    if f.place:
        places = matching(f, "place")
        if "place" in listed:
            out.append(ev.place_id.in_(select(PlaceRow.id).where(places)))
        else:
            out.append(select(PlaceRow.id).where(PlaceRow.id == ev.place_id, places)
                       .correlate(view.events).exists())
    when = func.coalesce(ev.date, published)
    if f.since:
        out.append(when >= f.since)
    if f.until:
        out.append(when <= end_of(f.until))
    return out


# What may stand before a word inside a name: "UN envoy", "Rio-Antirrio", "(UNHCR)".
WORD_STARTS = (" ", "-", "(", "/", "'")


def matching(f: Filters, kind: str):
    """Actors or places named (words of the name from their start, any case) or in the country given."""
    text = (f.actor if kind == "actor" else f.place).strip()
    row = ActorRow if kind == "actor" else PlaceRow
    name, low = func.lower(EntityNameRow.name), text.lower()
    # From the start of a word: "un" finds "UN envoy" and "UNICEF", not "Gunmen".
    names = select(EntityNameRow.name).where(
        EntityNameRow.kind == kind,
        or_(name.startswith(low, autoescape=True),
            *[name.contains(sep + low, autoescape=True) for sep in WORD_STARTS]))
    return or_(row.name.in_(names), row.country == text.upper())


def sizes(conn: Connection, f: Filters, view: EventView, dialect: str, cap: int) -> dict[str, int]:
    """For the filters an index answers alone: how many events of the type, actors,
    places match, counting no further than ``cap`` (a bound on the matching events,
    cheap to get)."""
    out = {}
    if f.type:
        out["type"] = count(conn, view.events, event_conditions(Filters(type=f.type), view, dialect), cap)
    if f.actor:
        out["actor"] = count(conn, ActorRow, [matching(f, "actor")], cap)
    if f.place:
        out["place"] = count(conn, PlaceRow, [matching(f, "place")], cap)
    return out


def count(conn, model, conditions: list, cap: int) -> int:
    """Rows of ``model`` passing ``conditions``, counted up to ``cap``."""
    some = select(literal_column("1")).select_from(model).where(*conditions).limit(cap)
    return conn.scalar(select(func.count()).select_from(some.subquery()))
