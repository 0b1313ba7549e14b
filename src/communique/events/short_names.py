"""A body named in full once, then by its head noun alone: "the International Law Commission
... we encourage the Commission to ...", "the Regional Centre for Peace and Disarmament ... the
work of the Centre".  "The <Noun>", capitalised, with no other word of its own, is the nearest
body named before it (within a few paragraphs) whose name's head is that noun: the last
capitalised word before the name goes on with "of", "for", "on", ... ("Centre" in "Regional
Centre for Peace").  The bodies of a statement's forum ("the Council", "the Assembly") are read
before this (:func:`issuer_voice.forum_body`).
"""

from __future__ import annotations

from ..document import Document
from .phrase_actors import add_mention

# How far back (characters) a body named in full is still the one "the <Noun>" means.
_REACH = 2500
# Kinds of actors that are bodies (not states, nor persons).
_NOT_BODIES = {"country", "person", "government"}


def _head_word(name: str) -> str | None:
    """The head noun of a body's name: its last capitalised word before a lower-case one
    ("Regional Centre for Peace" -> "Centre"); None for a name of one word."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    return words[cut - 1].strip(",.;:()").lower() if cut >= 2 else None


def named_before(doc: Document, h, base: int) -> list[str]:
    """The body "the <Noun>" headed by ``h`` (a spaCy token, its parse ``base`` characters into
    ``doc.text``) refers back to, as a list of one actor id, or []."""
    if h.pos_ not in ("NOUN", "PROPN") or not h.text[:1].isupper() or h.tag_ not in ("NN", "NNP"):
        return []
    kids = list(h.children)
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
        return []
    at, word = base + h.idx, h.lower_
    best, best_end = None, -1
    for a in doc.actors:
        if a.kind in _NOT_BODIES or a.id in doc.issuers:
            continue
        for m in a.mentions:
            if best_end < m.end <= at and at - m.end < _REACH and m.end - m.start > len(word) \
                    and _head_word(doc.text[m.start:m.end]) == word:
                best, best_end = a, m.end
    if best is None:
        return []
    add_mention(best, at, at + len(h))
    return [best.id]
