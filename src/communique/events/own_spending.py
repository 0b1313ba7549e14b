"""Money a state puts into its own purse or its own organs is spending, not aid.

"The Government allocated 5 million dollars to its national budget", "... to the Ministry of
Health": a giving verb (AID's patterns) whose recipient is the giver's own side tells of a
budget, not of help from one side to another.  No AID when

* the recipient phrase ("to / for / into" the verb or its object) is a noun of the class
  ``public_purse`` (budget, treasury, coffers) or ``spending_lines`` ("the health sector")
  owned by no one named but the giver ("its budget", "the national budget"; not "Malawi's budget", "the UN budget", "the Ukrainian
  budget"), the giver is a state, and no target of another country was found in it; or
* the giver is a state and every target is a state body of its own side
  (:func:`own_side_accusations.own_organ`: of its country, or both of no stated country:
  "the Government" and "the Ministry of Health", or a civil organ in the issuer's statement).
"""

from __future__ import annotations

from ..document import Document
from .candidates import Candidate
from .allegations import is_state
from .clause_parts import lemma_of
from .own_side_accusations import own_organ
from .patterns import load_word_classes

_RECIPIENT_PREPS = {"to", "for", "into"}
# Names of an owner ("the sector in Malawi"); not a date ("the budget for next year").
_NAMED = {"GPE", "ORG", "NORP", "LOC", "PERSON"}


def own_spending(doc: Document, c: Candidate) -> bool:
    """Candidate ``c`` (an AID) gives to its giver's own side."""
    if not c.sources.actors:
        return False
    givers = [g for a in c.sources.actors if (g := doc.actor(a)) is not None]
    # (a purse is a state's: "the IMF disbursed 1 billion dollars to the treasury" is aid)
    purses = [_chars(c.base, w) for w in _recipients(c.trig.token) if _own_purse(w)] \
        if c.trig.is_verb and givers and all(is_state(g) for g in givers) else []
    if not c.targets.actors:
        return bool(purses)
    countries = {g.country for g in givers}
    return all(any(a <= sp.start and sp.end <= b for a, b in purses)   # "the state treasury"
               and ((t := doc.actor(x)) is None or not t.country or t.country in countries)
               or any((t := doc.actor(x)) is not None and own_organ(doc, g, t) for g in givers)
               for x, sp in zip(c.targets.actors, c.targets.spans))


def _chars(base: int, w) -> tuple[int, int]:
    """The characters of ``w``'s phrase."""
    last = w.right_edge
    return base + w.left_edge.idx, base + last.idx + len(last)


def _recipients(verb):
    hosts = [verb, *(o for o in verb.children if o.dep_ in ("dobj", "obj"))]
    return [g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in _RECIPIENT_PREPS
            for g in p.children if g.dep_ == "pobj"]


def _own_purse(noun) -> bool:
    """A purse noun with no owner named but an own-side pronoun."""
    classes = load_word_classes()
    purse = classes["public_purse"] | classes["spending_lines"]
    if lemma_of(noun) not in purse and noun.lower_ not in purse:   # "coffers": lemma "coffer"
        return False
    own = classes["own_side_pronouns"]
    for ch in noun.children:
        if ch.dep_ == "poss" and ch.lower_ not in own:
            return False   # "Malawi's budget"
        if ch.dep_ in ("compound", "nmod", "amod") and (ch.pos_ == "PROPN" or ch.ent_type_ in _NAMED):
            return False   # "the UN budget", "the Ukrainian budget"
        if ch.dep_ == "prep" and (ch.lower_ == "of" or any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _NAMED) for g in ch.children)):
            return False   # "the budget of the Authority", "the health sector in Malawi"
    return True
