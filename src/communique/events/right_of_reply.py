"""The right of reply: "X reserves the right to reply", "reserves its right of reply".

In a debate a delegation reserving its right to reply (respond, answer) says it may speak
again; that is no warning.  Reserving a response with force ("to respond militarily", "with
force"), aimed at someone ("to respond to any provocation by X"), or at a time, place or manner
of the speaker's own choosing (the formula of retaliation) still is one (THREATEN, read by the
patterns and :mod:`stance_clauses`).
"""

from __future__ import annotations

from .clause_parts import lemma_of, verb_objects
from .patterns import load_word_classes
from .stance_data import Stances

# What makes a reserved reply a warning: whom it answers, or the means it takes.
_AIMED_PREPS = {"to", "against", "with", "by", "through", "via"}
# "at a time / in a manner of our choosing": the speaker keeps the when and how of a retaliation.
_CHOICE_NOUNS = {"choosing", "choice"}


def reserves_reply_only(t, st: Stances) -> bool:
    """Whether ``t``, a verb of reserving (or the verb misread as a plural noun after a name),
    reserves a right to reply that names neither a target nor a means of force."""
    if lemma_of(t) not in st.reserving:
        return False
    rights = [o for o in verb_objects(t) if o.lower_ in st.rights]
    rights += [c for c in t.children if c.dep_ == "dobj" and c.lower_ in st.rights and c not in rights]
    replying = load_word_classes()["replying_words"]
    for right in rights:
        acts = [c for c in right.children if c.dep_ in ("acl", "relcl", "xcomp") and lemma_of(c) in replying]
        acts += [g for c in right.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and lemma_of(g) in replying]
        if acts and not any(_aimed(a, st) for a in acts):
            return True
    return False


def _aimed(act, st: Stances) -> bool:
    """A reply aimed at someone or done by a means ("to respond to X", "with force",
    "militarily"), or that itself has an object ("to answer any aggression")."""
    for c in act.children:
        if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS:
            return True
        if c.dep_ in ("dobj", "obj", "dative"):
            return True
        if c.dep_ == "advmod" and c.lower_ in st.force_adverbs:
            return True
    return any(_of_own_choosing(d) for d in act.subtree)


def _of_own_choosing(t) -> bool:
    """A noun of choice owned by someone: "of our choosing", "of its own choice"."""
    return t.lower_ in _CHOICE_NOUNS and any(c.dep_ == "poss" for c in t.children)
