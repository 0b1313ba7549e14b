"""An act told again in a later sentence that goes on about it: its doer and what it acts on
named again by definite noun phrases with the same head words.

"Their fighters attacked a checkpoint of the army at dawn.  The fighters used rockets against
the checkpoint and destroyed two vehicles": the second sentence tells more of the attack (its
means, its damage), not a second attack.  A statement tells its news this way in every
paragraph; coded sentence by sentence, one happening would count twice.  The later telling
re-mentions (:func:`retells`) the earlier when, in its clause:

* the subject is a definite or possessive noun phrase ("the fighters", "its gunmen") whose head
  word heads a doer phrase or the subject of the earlier telling ("their fighters");
* an object or a prepositional object is a definite or possessive noun phrase ("against the
  checkpoint") whose head word heads an object of the earlier telling's verb ("attacked a
  checkpoint");
* nothing says it is another act: no date of its own (:mod:`merge` checks a place), and no
  adverb of repetition or sequence ("again", "also", "later").

:mod:`merge` then takes it into the earlier telling's event (the same type, compatible sides,
place and date) as more evidence.
"""

from __future__ import annotations

from ..document import Document, Event
from .clause_parts import names_of
from .patterns import load_word_classes

# Determiners that point back at something named before ("the attack", "this attack").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "obj", "pobj", "dative")


def retells(doc: Document, later: Event, earlier: Event, dated: bool) -> bool:
    """``later`` (told after ``earlier``, ``dated``: with a date of its own) goes on about
    ``earlier``'s act with its doer and object re-mentioned."""
    sdoc = doc.workspace.spacy
    if sdoc is None or dated or later.evidence.start < earlier.evidence.end:
        return False
    verb, first = _trigger(sdoc, later), _trigger(sdoc, earlier)
    if verb is None or first is None or verb.pos_ != "VERB" or first.pos_ != "VERB":
        return False
    clause = verb
    while clause.dep_ == "conj" and not _subject(clause) and clause.head.pos_ == "VERB":
        clause = clause.head   # "the fighters used rockets ... and destroyed two vehicles"
    again = load_word_classes()["repetition_adverbs"]
    if any(c.lower_ in again for v in {verb, clause} for c in v.children if c.dep_ == "advmod"):
        return False
    subject = _subject(clause)
    doers = {w for s in earlier.fields.get("sources", []) if (h := _root(sdoc, s)) is not None
             for w in names_of(h)}
    if (said := _subject(first)) is not None:   # ("rebels of the X Movement": the Movement's)
        doers |= names_of(said)
    if subject is None or not _definite(subject) or not names_of(subject) & doers:
        return False
    acted_on = {w for o in _arguments(first) for w in names_of(o)}
    return any(_definite(o) and names_of(o) & acted_on for v in {verb, clause} for o in _arguments(v))


def _trigger(sdoc, e: Event):
    spans = e.fields.get("type") or []
    return _root(sdoc, spans[0]) if spans else None


def _root(sdoc, s):
    """The head word of the parse over span ``s``, or None where the parse has none."""
    span = sdoc.char_span(s.start, s.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _subject(v):
    return next((c for c in v.children if c.dep_ in _SUBJECTS), None)


def _arguments(v) -> list:
    """The verb's objects and the objects of its prepositions, the parser's attachment of
    the preposition to the object included ("used rockets against the checkpoint")."""
    objects = [c for c in v.children if c.dep_ in _OBJECTS]
    return objects + [g for h in (v, *objects) for c in h.children if c.dep_ == "prep"
                      for g in c.children if g.dep_ == "pobj"]


def _definite(n) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in n.children)
