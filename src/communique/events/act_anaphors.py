"""A condemnation of "this provocation", "such acts", "these violations": the doers of the act
told just before.

"Last month Azerbaijan shelled our border villages. We condemn this provocation.": the object of
the condemnation names no act of its own kind ("provocation", "acts", "crimes": the word class
``act_anaphors``), or names a hostile act of another kind than the one told ("Azerbaijan has
occupied our land. We condemn this aggression."); either way its demonstrative (or "such")
points back at the hostile act just told, and its doers are the ones
condemned.  :func:`judged_acts.judged_rementions` already does this for a definite noun of
the act's own kind ("... We condemn the attack"); this is its fallback for the other nouns.

Bounds: the act told is the latest hostile act (``HOSTILE``) with doers, said to have taken
place and not negated, at most ``SENTENCES_BACK`` sentences before the condemnation's; its
doers are not the condemner's own side.
"""

from __future__ import annotations

from bisect import bisect_right

from ..document import Document, Event, Span
from .allegations import same_side
from .candidates import Candidate
from .clause_parts import verb_objects
from .merge import TOOK_PLACE
from .patterns import load_word_classes

# Acts that a later "this provocation" or "such acts" can point back at.
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"}
# Types that condemn the act pointed at.
JUDGES = {"ACCUSE"}
SENTENCES_BACK = 2
_POINTING = {"this", "these", "that", "those", "such"}


def pointed_act_doers(doc: Document, cands: list[Candidate], by_tok: dict, told: list[Event],
                      sent, base: int, done: dict) -> dict[int, tuple[list[tuple[str, Span]], Event]]:
    """id(judge) -> (targets, the act told before) for the condemnations of a pointing act
    noun that have no target of their own (nor one from ``done``, judged_rementions')."""
    out: dict[int, tuple[list[tuple[str, Span]], Event]] = {}
    starts = None
    for j in cands:
        if id(j) in done or j.targets.actors or j.trig.type not in JUDGES or not j.trig.is_verb \
                or j.modality.status not in TOOK_PLACE or j.modality.negated:
            continue
        if not any(_points_back(o, by_tok) for o in verb_objects(j.trig.token)):
            continue
        if starts is None:
            starts = _sentence_starts(doc)
        prior = _latest_hostile(doc, told, base + sent.start_char, starts)
        if prior is None:
            continue
        judges = [doc.actor(a) for a in j.sources.actors]
        doers = [a for a in prior.sources if a not in j.sources.actors
                 and not any(same_side(s, doc.actor(a)) for s in judges)]
        if doers:
            out[id(j)] = [(a, _span(doc, a, prior)) for a in doers], prior
    return out


def _points_back(o, by_tok: dict) -> bool:
    """A noun of an act with a demonstrative or "such", naming no doer of its own."""
    if o.pos_ != "NOUN" or not any(c.lower_ in _POINTING and c.dep_ in ("det", "amod", "predet")
                                   for c in o.children):
        return False
    if any(c.dep_ == "poss" for c in o.children) or any(
            c.dep_ == "prep" and c.lower_ == "by" for c in o.children):
        return False
    tr = by_tok.get(o.i)
    return o.lower_ in load_word_classes()["act_anaphors"] or (
        tr is not None and not tr.is_verb and tr.type in HOSTILE)


def _sentence_starts(doc: Document) -> list[int]:
    sdoc = doc.workspace.spacy
    return [s.start_char for s in sdoc.sents]


def _latest_hostile(doc: Document, told: list[Event], here: int, starts: list[int]) -> Event | None:
    """The latest hostile act told before offset ``here``, close enough.  (Not bounded by the
    paragraph: speeches often come with a line per sentence.)"""
    now = bisect_right(starts, here) - 1
    for e in reversed(told):
        if e.evidence.start >= here:
            continue
        if now - (bisect_right(starts, e.evidence.start) - 1) > SENTENCES_BACK:
            return None
        if e.type in HOSTILE and e.sources and e.status in TOOK_PLACE and not e.negated:
            return e
    return None


def _span(doc: Document, actor_id: str, e: Event) -> Span:
    """The span of ``e``'s sources that names ``actor_id`` (else its first)."""
    spans = e.fields.get("sources") or [Span(e.evidence.start, e.evidence.end)]
    a = doc.actor(actor_id)
    mentions = a.mentions if a is not None else []
    return next((s for s in spans if any(s.start <= m.start and m.end <= s.end for m in mentions)), spans[0])
