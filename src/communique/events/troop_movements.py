"""Arms moved with troops are a deployment, not arms given.

"Russia sent troops and tanks to Syria", "dispatched thousands of soldiers with artillery":
the arms-given class (AID 072, "#sending [#armaments] >to [#actor]", "give [#armaments]")
finds the weapon inside the object's phrase; but soldiers sent with their weapons are a
force moved, MOBILIZE (CAMEO 154, PLOVER's troops mode) as "sent troops to X" is, and the
weapons stay theirs.  The troops are words of the class ``troops_moved`` heading the object,
one of its conjuncts, or the "of" noun of its quantity ("thousands of troops").
"""

from __future__ import annotations

from .candidates import Candidate
from .clause_parts import verb_objects
from .patterns import load_word_classes

DEPLOYMENT = ("MOBILIZE", "troops", "154")


def moves_troops(c: Candidate) -> bool:
    """Candidate ``c``, arms given (AID 072), sends troops with them."""
    tr = c.trig
    if tr.type != "AID" or not (tr.cameo or "").startswith("072") or not tr.is_verb:
        return False
    return bool(_troops(tr.token))


def _troops(verb) -> list:
    troops = load_word_classes()["troops_moved"]
    return [w for o in verb_objects(verb) for w in _object_nouns(o)
            if (w.lemma_ or w.lower_).lower() in troops or w.lower_ in troops]


def _object_nouns(o, depth: int = 0):
    """The object, its conjuncts, and the noun of its quantity ("thousands of troops")."""
    yield o
    if depth > 4:
        return
    for ch in o.children:
        if ch.dep_ == "conj":
            yield from _object_nouns(ch, depth + 1)
        elif ch.dep_ == "prep" and ch.lower_ == "of":
            for g in ch.children:
                if g.dep_ == "pobj":
                    yield from _object_nouns(g, depth + 1)


def drop_moved(c: Candidate) -> None:
    """The troops sent are what is moved, not whom the act is for: no target named by them."""
    at = [c.base + w.idx for w in _troops(c.trig.token)]
    keep = [(a, sp) for a, sp in zip(c.targets.actors, c.targets.spans)
            if not any(sp.start <= x < sp.end for x in at)]
    c.targets.actors, c.targets.spans = [a for a, _ in keep], [sp for _, sp in keep]
