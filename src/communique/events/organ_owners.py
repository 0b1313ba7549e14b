"""Whose the state organ acting is, when its phrase names no country but its sentence does.

"Kenya said its troops captured the town": the troops are Kenya's, as "Kenya's troops"
would be; "the Egyptian army and police arrested ...": the nationality word before the
first of coordinated organs is the others' too ("police" bare, after "the Egyptian army
and").  Only for organs of a state (forces, police, ministers, lawmakers): a bare group
word ("their supporters", "and protesters") is not made a state's.
"""

from __future__ import annotations

from ..document import Document, Span
from ..resolve.api import agent_of_country
from .found import Found
from .referents import Referents

_OWNING_PRONOUNS = {"its", "their"}
# Owners whose country makes an organ that country's: a state and its organs.
_STATE_KINDS = {"country", "government"}
# Modifiers that make a conjunct a phrase of its own ("the Hamas police", "local police").
_OWN_MODIFIERS = {"amod", "compound", "poss", "nmod", "nummod"}


def owned_organs(doc: Document, refs: Referents, head, found: Found) -> Found:
    """``found`` (the actors of the phrase headed by ``head`` and its conjuncts) with each
    state organ of no country replaced by its owner's country's organ."""
    if not found.actors:
        return found
    out = Found()
    for aid, sp in zip(found.actors, found.spans):
        a = doc.actor(aid)
        new = None
        if a is not None and not a.country and not a.known and a.kind != "person":
            tok = _token_at(head, sp, refs.base)
            owner = _owner_country(doc, refs, tok, a.kind == "government") if tok is not None else None
            if owner:
                new = agent_of_country(doc, sp.start, sp.end, owner[0], any_kind=owner[1])
        out.add([new or aid], sp)
    return out


def _token_at(head, sp: Span, base: int):
    """The head word of the span among ``head`` and its conjuncts."""
    for t in [head, *head.conjuncts]:
        if sp.start <= base + t.idx < sp.end:
            return t
    return None


def _owner_country(doc: Document, refs: Referents, tok, organ: bool) -> tuple[str, bool] | None:
    """(the owner's country, whether any kind of agent is the owner's) or None."""
    poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS]
    if poss:
        # "its troops": the pronoun's antecedent, a state or a state's organ; a state's
        # people of every kind are its own ("its citizens", "its diplomats")
        for aid in refs.pronoun(poss[0]):
            owner = doc.actor(aid)
            if owner is not None and owner.country and owner.kind in _STATE_KINDS \
                    and (organ or owner.kind == "country"):
                return owner.country, owner.kind == "country"
        return None
    if not organ:
        return None
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first is tok or any(c.dep_ in _OWN_MODIFIERS for c in tok.children):
        return None
    # "the Egyptian army and police": the first conjunct's nationality word, before it
    kb = doc.workspace.kb
    for w in (c for c in first.children if c.dep_ in ("amod", "compound") and c.i < first.i):
        entry = kb.country(w.text) if kb is not None else None
        if entry is not None:
            return entry.country or entry.id, False
    return None
