"""Groups of people counted afresh: "ten people ... 40 people" are two groups, not one."""

from __future__ import annotations

from ..document import Document
from .kb.words import counting_words


def counted(doc: Document, start: int, end: int) -> bool:
    """A phrase that counts its people afresh: "three civilians", "several protesters",
    "dozens of villagers" (a number or a word of counting_words.tsv before the head)."""
    sdoc = doc.workspace.spacy
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is None or not len(span):
        return False
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
        head = head.head.head   # "dozens of villagers", "a group of students"
    counting = counting_words()
    return any(c.i < head.i and (c.tag_ == "CD" or (c.dep_ in ("det", "amod", "nummod", "quantmod")
                                                    and c.lower_ in counting))
               for c in head.children) or head.lower_ in counting
