"""Does a verb remove people?  "deported thousands to X" always does; "transferred ... to X"
only when what it moves is people ("transferred prisoners to X", not "transferred weapons to
X"): where removed people are sent is no target and no place of the act."""

from __future__ import annotations

from . import judged_sides
from .clause_parts import verb_objects
from .patterns import load_word_classes

_PERSON_ENT = ("PERSON", "NORP")


def removes_people(t) -> bool:
    classes = load_word_classes()
    lemma = (t.lemma_ or "").lower()
    if lemma in classes["removing_people"]:
        return True
    if lemma not in classes["moving_people_or_goods"]:
        return False
    moved = verb_objects(t) or [c for c in t.children if c.dep_ == "nsubjpass"]
    people = judged_sides.load().harmed_people | classes["sheltered"]
    return bool(moved) and all(o.ent_type_ in _PERSON_ENT or (o.lemma_ or "").lower() in people
                               or o.lower_ in people for o in moved)
