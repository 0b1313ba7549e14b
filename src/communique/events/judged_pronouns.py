"""The pronoun of a reason given for a judgement stands for the thing judged.

"Egypt criticized the dam project, saying it threatened the water of millions", "Peru condemned
the raids, saying they violated its sovereignty": the subject "it" / "they" of what a participle
of saying reports, when that participle gives the reason for a verb of judging (word class
judging_verbs) with a direct object of its number, is that object, not the judge (who speaks
for itself in "X said it would ..."; a clause with a modal, "saying it would respond", keeps
that reading). A thing judged stands for the pronoun only when what the reason tells is
something a thing can do (word class things_doings: "violated", "was illegal"); "condemned the
attack, saying it had arrested three suspects" keeps the judge.
"""

from __future__ import annotations

from .clause_parts import is_actorish, lemma_of
from .cues import load_cues
from .patterns import load_word_classes

_PLURAL_TAGS = ("NNS", "NNPS")


def judged_object(h):
    """The direct object of the verb of judging whose reason pronoun ``h`` is the subject of,
    or None."""
    low = h.lower_
    if low not in load_cues().thing_pronouns or h.dep_ not in ("nsubj", "nsubjpass"):
        return None
    told = h.head
    if told.dep_ != "ccomp" or any(a.tag_ == "MD" for a in told.children if a.dep_ == "aux"):
        return None
    saying = told.head
    if (saying.tag_ != "VBG" or saying.dep_ != "advcl"
            or lemma_of(saying) not in load_cues().reporting):
        return None
    judging = saying.head
    if lemma_of(judging) not in load_word_classes()["judging_verbs"]:
        return None
    obj = next((c for c in judging.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    plural = obj.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in obj.children)
    if plural != (low == "they"):
        return None
    if not is_actorish(obj, load_cues().actor_nouns) and lemma_of(told) not in load_word_classes()["things_doings"]:
        return None
    return obj
