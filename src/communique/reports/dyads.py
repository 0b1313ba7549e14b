"""Who did what to whom, year by year: state dyads and the most accused states.

Read from the archive's tables.  Each event counts once for each (source country, PLOVER
type, target country) it joins, so a figure is a number of events (acts coded in sentences).
Counted: events the statement asserts or intends (not ``reported`` acts of others it tells,
not negated ones), with a source and a target country that differ, each an actor standing for
its state (the state, its government, officials or forces).  The most accused states
are ranked by the number of ACCUSE events against them, with how many states made them.  The
year is the document's publication year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from ..store.models import ActorRow, DocumentRow, EventActorRow, EventRow

COUNTED_STATUSES = ("asserted", "intended")
# Actors that stand for their state: the state, its government, its officials and forces.
# Armed groups, parties, NGOs or populations with a home country do not ("condemn Hamas" is
# no accusation of Palestine).
STATE_KINDS = ("country", "government")
STATE_SECTORS = ("GOV", "MIL", "POL", "JUD", "LEG", "SPY")


def speaks_for_state(kind: str | None, sector: str | None) -> bool:
    return kind in STATE_KINDS or (sector or "")[:3] in STATE_SECTORS


@dataclass
class YearDyads:
    year: str
    documents: int = 0
    dyads: Counter = field(default_factory=Counter)       # (src, type, tgt) -> events
    accused: Counter = field(default_factory=Counter)     # tgt -> ACCUSE events against it
    accusers: dict = field(default_factory=lambda: defaultdict(set))  # tgt -> source countries


def count_dyads(conn) -> dict[str, YearDyads]:
    """Per publication year: the dyads and the ACCUSE targets, counted in events."""
    docs = {num_id: (pub or "")[:4] or "unknown" for num_id, pub in
            conn.execute(select(DocumentRow.id, DocumentRow.published))}
    years: dict[str, YearDyads] = {}
    for y in docs.values():
        years.setdefault(y, YearDyads(y)).documents += 1
    rows = conn.execute(
        select(EventRow.id, EventRow.document_id, EventRow.type, EventActorRow.role, ActorRow.country,
               ActorRow.kind, ActorRow.sector)
        .join(EventActorRow, EventActorRow.event_id == EventRow.id)
        .join(ActorRow, ActorRow.id == EventActorRow.actor_id)
        .where(EventRow.status.in_(COUNTED_STATUSES), EventRow.negated.is_(False),
               EventActorRow.role.in_(("source", "target")), ActorRow.country.is_not(None)))
    events: dict[str, tuple[str, str, set, set]] = {}
    for eid, doc_id, type_, role, country, kind, sector in rows:
        if not speaks_for_state(kind, sector):
            continue
        e = events.setdefault(eid, (doc_id, type_, set(), set()))
        (e[2] if role == "source" else e[3]).add(country)
    for doc_id, type_, sources, targets in events.values():
        year = docs.get(doc_id, "unknown")
        y = years.setdefault(year, YearDyads(year))
        for s in sources:
            for t in targets:
                if s == t:
                    continue
                y.dyads[(s, type_, t)] += 1
                if type_ == "ACCUSE":
                    y.accused[t] += 1
                    y.accusers[t].add(s)
    return years


def render(years: dict[str, YearDyads], top: int = 15, title: str = "Dyads by year") -> str:
    out = [f"# {title}", "",
           "Events the statements assert or intend (not acts of others they report, not negated "
           "ones) whose source and target countries differ, counted per (source, type, target). "
           "Only actors standing for a state count (the state, its government, officials or "
           "forces; not armed groups, parties or populations based there). "
           "The most accused: ACCUSE events against a state and how many states made them.", ""]
    for year in sorted(years):
        y = years[year]
        out += [f"## {year} ({y.documents} statements)", "",
                f"### The {top} most frequent dyads", "",
                "| source | type | target | events |", "|---|---|---|---|"]
        out += [f"| {s} | {t} | {g} | {n} |" for (s, t, g), n in
                sorted(y.dyads.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
        out += ["", "### Most accused (ACCUSE targets)", "",
                "| target | ACCUSE events | accusing states | by |", "|---|---|---|---|"]
        for tgt, n in sorted(y.accused.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
            states = sorted(y.accusers[tgt])
            by = ", ".join(states[:12]) + (" ..." if len(states) > 12 else "")
            out.append(f"| {tgt} | {n} | {len(states)} | {by} |")
        out.append("")
    return "\n".join(out)
