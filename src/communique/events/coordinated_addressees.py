"""Addressees of a request coordinated after its first act asked for, and the members an
addressee's phrase singles out.

"We call on X to <act> and on Y to <act>", "we call on X to <act> and for Y to <act>",
"we urge X to <act> and Y to <act>": each coordinated part names one more addressee, whom the
same verb asks.  The parser hangs such a part in many ways (a conjunct of the first act, of the
verb of asking, of the first act's object), so the part is read from its words: after the first
act asked for, "and", "on" / "upon" / "for" or nothing, a noun phrase, then "to" and a verb; the
noun phrase's last word is the addressee.  Not when that infinitive is the complement of a verb
of the first act ("call on X to allow refugees and migrants to return": the migrants return, no
one asks them).

"We urge the international community, in particular the Security Council, to act", "we thank our
partners, especially X", "we call on the international community, and particularly X, to ...":
the one singled out (word class singling_adverbs, or "in particular") is asked or thanked too,
however the parser hangs it (an apposition of the addressee, a conjunct or a phrase of the verb).
"""

from __future__ import annotations

from .clause_parts import pobj
from .patterns import load_word_classes

# The prepositions that name whom one calls on ("call on / upon X", "call for X to ...").
_ADDRESS_PREPS = {"on", "upon", "for"}
# The words a noun phrase of an addressee is made of.
_PHRASE_POS = {"DET", "ADJ", "PROPN", "NOUN", "NUM"}


def _infinitive(v) -> bool:
    return v.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)


def coordinated_addressees(trig, first: list) -> list:
    """The heads of the addressees of REQUEST trigger ``trig`` named after its first act asked
    for, when ``first`` (the addressees read already) is not empty."""
    t = trig.token
    if trig.type != "REQUEST" or not trig.is_verb or not first:
        return []
    act = next((c for c in t.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > t.i and _infinitive(c)),
               None)
    if act is None:
        return []
    sdoc, end = t.doc, t.sent.end
    out = []
    for i in range(act.i + 1, end - 3):
        if sdoc[i].lower_ != "and":
            continue
        j = i + 1 + (sdoc[i + 1].lower_ in _ADDRESS_PREPS)
        k = j
        while k < end and sdoc[k].pos_ in _PHRASE_POS and sdoc[k].lower_ != "to":
            k += 1
        if k == j or k + 1 >= end or sdoc[k].lower_ != "to" or sdoc[k + 1].tag_ != "VB":
            continue
        head, verb = sdoc[k - 1], sdoc[k + 1]
        if head.pos_ not in ("NOUN", "PROPN") or head in first or head in out:
            continue
        if verb.dep_ in ("xcomp", "ccomp") and verb.head != t:
            continue   # "to allow X and Y to return": the complement of another verb
        out.append(head)
    return out


def _singled(w) -> bool:
    """Phrase head ``w`` is introduced by a singling word ("especially X", "in particular X")."""
    adverbs = load_word_classes()["singling_adverbs"]
    # ("in particular" hangs above the name or below it, before it)
    ins = [c for c in w.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < w.i]
    ins += [w.head] if w.dep_ == "pobj" and w.head.lower_ == "in" else []
    return any(c.dep_ == "advmod" and c.lower_ in adverbs and c.i < w.i for c in w.children) or any(
        c.lower_ == "particular" for p in ins for c in p.children)


def singled_out_addressees(trig, first: list) -> list:
    """The members singled out beside the addressees ``first`` of a REQUEST or SUPPORT verb
    trigger ``trig``: an apposition of an addressee, or a conjunct or "in particular" phrase of
    the verb right after it (within a few words), introduced by a singling word."""
    t = trig.token
    if trig.type not in ("REQUEST", "SUPPORT") or not trig.is_verb or not first:
        return []
    last = max(f.right_edge.i for f in first)
    cands = [a for f in first for a in f.children if a.dep_ == "appos"]
    cands += [a for a in t.children if a.dep_ == "conj" and 0 < a.i - last <= 7]
    cands += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "in" and 0 < c.i - last <= 3
              for p in [pobj(c)] if p is not None]
    return [a for a in cands if a.pos_ in ("NOUN", "PROPN") and _singled(a) and a not in first]
