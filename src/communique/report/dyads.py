"""Who did what to whom, year by year: dyad counts over the archive.

For each year (of the statement's publication date: a speech act happens when
the statement is made, whatever past years its text mentions) the most frequent
(source country, PLOVER type, target country) dyads, and the countries most often
the target of ACCUSE.  Events are read as reviewed through the archive's reader
(:meth:`communique.store.reader.Reader.view`, the view search and export read), from
SQL alone, on SQLite and PostgreSQL.

What counts is the issuer's own acts, every event of a document (not only its
main one): status ``asserted``, not negated, not a background act
(``field_evidence.background``), in a document that is no near-duplicate of
another.  Reported acts (what a statement tells others did), intended,
hypothetical and denied acts, negated and background acts are counted apart, in
the header, and not in the tables.  An event with several source or target
countries gives each (source, target) pair once; an actor without a country
(an IGO, an unresolved name) gives no dyad.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, case, distinct, func, or_, select

from ..store.errors import StoreError
from ..store.models import ActorRow, DocumentRow, InputRow
from ..store.reader import Reader

STATE_KINDS = ("country", "government")
_PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Dyad:
    source: str
    type: str
    target: str
    events: int
    documents: int


@dataclass
class Accused:
    target: str
    events: int
    documents: int
    accusers: int                       # distinct source countries
    top_accusers: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class YearReport:
    year: str
    documents: int = 0
    counted: int = 0                    # events counted (own acts)
    dyads: list[Dyad] = field(default_factory=list)
    accused: list[Accused] = field(default_factory=list)


@dataclass
class DyadReport:
    archive: str
    reviewed: bool
    top: int
    all_actors: bool
    since: str | None
    until: str | None
    years: list[YearReport]
    left_out: dict[str, int]            # events not counted, by reason
    same_country: int                   # counted dyads whose source and target are one country
    coding_versions: list[str]
    failed_inputs: int = 0              # inputs the archive holds as failed: in no count above


def _check_period(name: str, value: str | None) -> None:
    if value and not _PERIOD.match(value):
        raise StoreError(f"--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")


def dyad_report(archive, *, top: int = 15, since: str | None = None, until: str | None = None,
                coded_only: bool = False, all_actors: bool = False) -> DyadReport:
    """Count the archive's dyads per year (see the module's doc for what counts)."""
    _check_period("since", since)
    _check_period("until", until)
    d = DocumentRow.__table__
    with Reader.of(archive, coded_only=coded_only) as reader:
        conn, view = reader.conn, reader.view()
        ev = view.c
        year = func.substr(d.c.published, 1, 4)
        docs = [d.c.duplicate_of.is_(None), d.c.published.is_not(None)]
        if since:
            docs.append(func.substr(d.c.published, 1, len(since)) >= since)
        if until:
            docs.append(func.substr(d.c.published, 1, len(until)) <= until)
        background = ev.field_evidence["background"].as_string().is_not(None)
        reason = case((ev.status == "reported", "reported (told of others)"),
                      (ev.status != "asserted", "intended, hypothetical or denied"),
                      (ev.negated == True, "negated"),  # noqa: E712 - SQL expression
                      (background, "background"), else_="counted")
        joined = view.events.join(d, d.c.id == ev.document_id)
        by_reason = dict(conn.execute(select(reason, func.count()).select_from(joined)
                                      .where(*docs).group_by(reason)).all())
        own = [*docs, ev.status == "asserted", ev.negated == False,  # noqa: E712
               background == False]  # noqa: E712

        per_year = {y: YearReport(y, documents=n) for y, n in conn.execute(
            select(year, func.count()).where(*docs).group_by(year))}
        for y, n in conn.execute(select(year, func.count()).select_from(joined).where(*own)
                                 .group_by(year)):
            per_year[y].counted = n

        links = view.actors
        s, t = links.alias("s"), links.alias("t")
        sa, ta = ActorRow.__table__.alias("sa"), ActorRow.__table__.alias("ta")
        def side(a):
            return and_(a.c.country.is_not(None),
                        *([] if all_actors else [or_(a.c.kind.in_(STATE_KINDS),
                                                     and_(a.c.kind == "person", a.c.known == True))]))  # noqa: E712

        pairs = (joined.join(s, and_(s.c.event_id == ev.id, s.c.role == "source"))
                 .join(sa, and_(sa.c.id == s.c.actor_id, side(sa)))
                 .join(t, and_(t.c.event_id == ev.id, t.c.role == "target"))
                 .join(ta, and_(ta.c.id == t.c.actor_id, side(ta))))
        rows = conn.execute(
            select(year.label("year"), sa.c.country.label("src"), ev.type.label("type"),
                   ta.c.country.label("tgt"), func.count(distinct(ev.id)).label("events"),
                   func.count(distinct(ev.document_id)).label("documents"))
            .select_from(pairs).where(*own, ev.type.is_not(None))   # no PLOVER type (mode "only")
            .group_by(year, sa.c.country, ev.type, ta.c.country)).all()
        # ACCUSE targets on their own: an event or document accusing a country counts once,
        # however many source countries it has.
        accused_rows = conn.execute(
            select(year.label("year"), ta.c.country.label("tgt"),
                   func.count(distinct(ev.id)).label("events"),
                   func.count(distinct(ev.document_id)).label("documents"),
                   func.count(distinct(sa.c.country)).label("accusers"))
            .select_from(pairs).where(*own, ev.type == "ACCUSE")
            .group_by(year, ta.c.country)).all()
        versions = sorted(v for (v,) in conn.execute(select(distinct(d.c.coding_version))))
        inputs = InputRow.__table__
        failed = conn.execute(select(func.count()).select_from(inputs)
                              .where(inputs.c.status == "failed")).scalar_one()

    dyads = defaultdict(list)
    accusers = defaultdict(dict)       # (year, target) -> source -> events
    same = 0
    for r in rows:
        dyads[r.year].append(Dyad(r.src, r.type, r.tgt, r.events, r.documents))
        same += r.events if r.src == r.tgt else 0
        if r.type == "ACCUSE":
            accusers[(r.year, r.tgt)][r.src] = r.events
    accused = defaultdict(list)
    for r in accused_rows:
        by_src = sorted(accusers[(r.year, r.tgt)].items(), key=lambda kv: (-kv[1], kv[0]))
        accused[r.year].append(Accused(r.tgt, r.events, r.documents, r.accusers, by_src[:5]))
    for y, report in per_year.items():
        report.dyads = sorted(dyads[y], key=lambda x: (-x.events, -x.documents, x.source,
                                                       x.type, x.target))[:top]
        # Most often accused: by how many countries accuse it, then how often.
        report.accused = sorted(accused[y], key=lambda a: (-a.accusers, -a.events, a.target))[:top]
    counted = by_reason.pop("counted", 0)
    return DyadReport(archive.where, view.reviewed, top, all_actors, since, until,
                      [per_year[y] for y in sorted(per_year)],
                      {"counted": counted, **dict(sorted(by_reason.items()))}, same, versions,
                      failed_inputs=failed)
