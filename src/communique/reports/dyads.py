"""Who did what to whom, year by year: state dyads and the most accused states.

Read from the archive's tables.  An event counts for a dyad (source country, PLOVER type,
target country) once per document, so a figure is the number of statements (speeches) in
which that dyad occurs, not of sentences.  Counted: events the statement asserts or intends
(not ``reported`` acts of others it tells, not negated ones), with a source and a target
country that differ.  The year is the document's publication year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from ..store.models import ActorRow, DocumentRow, EventActorRow, EventRow

COUNTED_STATUSES = ("asserted", "intended")


@dataclass
class YearDyads:
    year: str
    documents: int = 0
    dyads: Counter = field(default_factory=Counter)       # (src, type, tgt) -> documents
    accused: Counter = field(default_factory=Counter)     # tgt -> documents accusing it
    accusers: dict = field(default_factory=lambda: defaultdict(set))  # tgt -> source countries


def count_dyads(conn) -> dict[str, YearDyads]:
    """Per publication year: the dyads and the ACCUSE targets, each counted once per document."""
    docs = {num_id: (pub or "")[:4] or "unknown" for num_id, pub in
            conn.execute(select(DocumentRow.id, DocumentRow.published))}
    years: dict[str, YearDyads] = {}
    for y in docs.values():
        years.setdefault(y, YearDyads(y)).documents += 1
    rows = conn.execute(
        select(EventRow.id, EventRow.document_id, EventRow.type, EventActorRow.role, ActorRow.country)
        .join(EventActorRow, EventActorRow.event_id == EventRow.id)
        .join(ActorRow, ActorRow.id == EventActorRow.actor_id)
        .where(EventRow.status.in_(COUNTED_STATUSES), EventRow.negated.is_(False),
               EventActorRow.role.in_(("source", "target")), ActorRow.country.is_not(None)))
    events: dict[str, tuple[str, str, set, set]] = {}
    for eid, doc_id, type_, role, country in rows:
        e = events.setdefault(eid, (doc_id, type_, set(), set()))
        (e[2] if role == "source" else e[3]).add(country)
    seen: set[tuple] = set()
    for doc_id, type_, sources, targets in events.values():
        year = docs.get(doc_id, "unknown")
        for s in sources:
            for t in targets:
                key = (doc_id, s, type_, t)
                if s == t or key in seen:
                    continue
                seen.add(key)
                y = years.setdefault(year, YearDyads(year))
                y.dyads[(s, type_, t)] += 1
                if type_ == "ACCUSE":
                    y.accusers[t].add(s)
    for y in years.values():
        y.accused = Counter({t: len(srcs) for t, srcs in y.accusers.items()})
    return years


def render(years: dict[str, YearDyads], top: int = 15, title: str = "Dyads by year") -> str:
    out = [f"# {title}", "",
           "Counted once per statement: events the statement asserts or intends (not acts of "
           "others it reports, not negated ones) whose source and target countries differ. "
           "`statements` is how many statements name that dyad; for the accused, how many "
           "different states accuse it.", ""]
    for year in sorted(years):
        y = years[year]
        out += [f"## {year} ({y.documents} statements)", "",
                f"### The {top} most frequent dyads", "",
                "| source | type | target | statements |", "|---|---|---|---|"]
        out += [f"| {s} | {t} | {g} | {n} |" for (s, t, g), n in
                sorted(y.dyads.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
        out += ["", "### Most accused (ACCUSE targets)", "", "| target | accusing states | by |",
                "|---|---|---|"]
        for tgt, n in sorted(y.accused.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
            by = ", ".join(sorted(y.accusers[tgt])[:12]) + (" ..." if n > 12 else "")
            out.append(f"| {tgt} | {n} | {by} |")
        out.append("")
    return "\n".join(out)
