"""The members an addressee's phrase singles out.

"We urge the international community, in particular the Security Council, to act", "we thank our
partners, especially X", "we call on the international community, and particularly X, to ...":
the one singled out (word class singling_adverbs, or "in particular") is asked or thanked too,
however the parser hangs it (an apposition of the addressee, a conjunct or a phrase of the verb).
"""

from __future__ import annotations

from .clause_parts import pobj
from .patterns import load_word_classes


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
