"""What a feeling said by an adjective or participle is about: its "that" clause and the
clause's doer ("we are appalled that the militia burned ..."; read by :mod:`stance_clauses`)."""

from __future__ import annotations

from .clause_parts import is_actorish
from .cues import load_cues


def has_that_clause(t) -> bool:
    """Word ``t`` governs a "that" clause ("we are shocked that ...")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in t.children)


def that_clause_doer(t, deps=("ccomp",)):
    """ "we are concerned / disappointed that X has ...": the doer of the adjective's "that"
    clause (its subject, or in the passive its "by" agent), when it is an actor named by a
    name or noun (what the feeling is about is X's doing; "shocked that the earthquake
    killed ..." or "that civilians were killed" names no one to blame)."""
    for c in t.children:
        if c.dep_ in deps and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            doer = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if doer is None:
                doer = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if doer is not None and doer.pos_ in ("PROPN", "NOUN") and is_actorish(doer, load_cues().actor_nouns):
                return doer
            return None
    return None
