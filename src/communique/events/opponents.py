"""Bare armed groups and the other side of their fight: "rebels attacked X's soldiers" says
nothing of whose the rebels are (:func:`place_actors.place_unplaced_groups` asks)."""

from __future__ import annotations

from ..document import Document
from .candidates import Candidate

# Acts of force whose two sides a bare armed group is not of the same country as.
FIGHTING_TYPES = {"ASSAULT", "COERCE"}


def facing_the_country(doc: Document, cands: list[Candidate], country: str) -> set[str]:
    """ "Rebels attacked an army convoy of X", "the militias clashed with X's troops": an armed
    group with no country of its own whose act is done to (or by) the one country's side is not
    of that country; PETRARCH codes such a bare group with no country (REB).  Only in a fight:
    a group making demands of a government ("militants demanded the prime minister's
    resignation") is that country's own."""
    out: set[str] = set()
    for c in cands:
        if c.trig.type not in FIGHTING_TYPES:
            continue
        for own, other in ((c.sources.actors, c.targets.actors), (c.targets.actors, c.sources.actors)):
            if not any((o := doc.actor(x)) is not None and o.country == country for x in other):
                continue
            out |= {x for x in own if (a := doc.actor(x)) is not None and a.kind == "armed_group"
                    and _generic(doc, a)}
    return out


def _generic(doc: Document, a) -> bool:
    """Named by common nouns only ("the rebels", "armed fighters"), not by a name of its own
    or a people's ("the main Hutu rebel group", "the Forces for ...")."""
    sdoc = doc.workspace.spacy
    for m in a.mentions:
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
        if span is None or any(t.text[:1].isupper() and not t.is_sent_start for t in span):
            return False
    return bool(a.mentions)
