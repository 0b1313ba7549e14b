"""A pronoun that stands for a thing named earlier in its own sentence.

"We cannot talk about war by just condemning it", "we condemn terrorism in all its
forms", "while capitalist countries spend fortunes on war, they give little ...": the
pronoun takes the nearest noun before it in its sentence of its number and of its role
(a subject for a subject, an object for an object), not an actor named sentences before
("the war between X and Y").  A name there is left to the usual reading.
"""

from __future__ import annotations

_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "obj", "pobj"}
_NUMBER = {"it": False, "its": False, "they": True, "them": True, "their": True}


def antecedent_noun(h):
    """The common noun pronoun ``h`` stands for, in its sentence; None when there is none
    or the nearest candidate is a name (or a pronoun)."""
    plural = _NUMBER.get(h.lower_)
    if plural is None:
        return None
    roles = _SUBJECTS if h.dep_ in _SUBJECTS else _OBJECTS if h.dep_ in _OBJECTS \
        else _SUBJECTS | _OBJECTS if h.dep_ == "poss" else None
    if roles is None:
        return None
    for t in reversed(h.doc[h.sent.start:h.i]):
        if t.dep_ not in roles or t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if t.pos_ != "PRON" and (t.tag_ in ("NNS", "NNPS")) != plural:
            continue
        return t if is_common_noun(t) else None
    return None


def is_common_noun(t) -> bool:
    """A common noun, also one the parser took for a name because it opens its sentence with a
    capital ("War has left scars; it wounds ...": no entity, at the sentence's start)."""
    if t.pos_ == "NOUN":
        return True
    return t.pos_ == "PROPN" and t.i == t.sent.start and not t.ent_type_ and t.text[1:].islower()
