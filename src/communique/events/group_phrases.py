"""Groups of states or bodies named by a common noun and what describes it: "the developed
countries", "Nordic countries", "the Gulf States", "African nations", "the big emitters",
"international financial institutions".  As the target of an act (thanked, called on, urged) the
group is the one addressed, as "the donor community" is: a group actor named by the phrase, of
no country (word classes collective_heads, counting_words).  Not a noun with an owner ("our
partners", "its neighbours": :mod:`referents` reads whom they stand for), nor one with no
describing word ("countries", "States"), nor one only counted or picked out ("other countries").
"""

from __future__ import annotations

from ..document import Document
from ..resolve.api import named_group
from .patterns import load_word_classes

_DESCRIBING = ("amod", "compound", "nmod")


def group_named(doc: Document, h, base: int) -> list[str]:
    """[the group actor] the plural noun ``h`` (its parse ``base`` characters into ``doc.text``)
    heads, or []."""
    classes = load_word_classes()
    word = (h.lemma_ or h.lower_).lower()   # (a proper noun keeps its plural: "the Gulf States")
    if h.tag_ not in ("NNS", "NNPS") or not {word, word.removesuffix("s")} & set(classes["collective_heads"]):
        return []
    if any(c.dep_ == "poss" for c in h.children):
        return []
    mods = [c for c in h.children if c.dep_ in _DESCRIBING and c.i < h.i]
    if not mods or any(m.lower_ in classes["counting_words"] for m in mods):
        return []
    sdoc = h.doc
    lo = min(t.i for m in mods for t in m.subtree)
    while lo < h.i and (sdoc[lo].dep_ in ("det", "predet") or sdoc[lo].lower_ in classes["counting_words"]):
        lo += 1
    start, end = base + sdoc[lo].idx, base + h.idx + len(h)
    return [named_group(doc, start, end, doc.text[start:end])]
