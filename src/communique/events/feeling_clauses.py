"""What a feeling said by an adjective or participle is about: its "that" clause and the
clause's doer ("we are appalled that the militia burned ..."; read by :mod:`stance_clauses`)."""

from __future__ import annotations

from .clause_parts import is_actorish
from .cues import load_cues


def has_that_clause(t) -> bool:
    """Word ``t`` governs a "that" clause ("we are shocked that ...")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in t.children)


def that_clause_doer(t, st, deps=("ccomp",)):
    """ "we are concerned / disappointed that X has ...": the doer of the adjective's "that"
    clause (its subject, or in the passive its "by" agent), when it is an actor named by a
    name or noun (what the feeling is about is X's doing; "shocked that the earthquake
    killed ..." or "that civilians were killed" names no one to blame), and the clause tells
    an act of X's, not a state or a lot X undergoes (``st``: the stances' word classes)."""
    for c in t.children:
        if c.dep_ in deps and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            if _undergone(c, st):
                return None   # "that X continues to face a crisis", "that X lost its President"
            doer = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if doer is None:
                doer = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if doer is not None and doer.pos_ in ("PROPN", "NOUN") and is_actorish(doer, load_cues().actor_nouns):
                return doer
            return None
    return None


def _undergone(clause, st) -> bool:
    """The verb of ``clause`` (through a verb that only carries on its "to" complement: "X
    continues to face ...") says a state or a lot undergone (word class undergoing_verbs), in
    the active voice (in the passive its subject is acted on: "that X has been attacked")."""
    v = clause
    for _ in range(3):
        if (v.lemma_ or v.lower_).lower() not in st.aspect:
            break
        nxt = next((x for x in v.children if x.dep_ == "xcomp"), None)
        if nxt is None:
            break
        v = nxt
    passive = any(a.dep_ == "auxpass" for a in v.children)
    return not passive and (v.lemma_ or v.lower_).lower() in st.undergoing
