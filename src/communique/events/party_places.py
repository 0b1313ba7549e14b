"""Countries named as parties in an event's words are no place of it.

"We signed the agreement with X", "the embargo against X" (a preposition of partners,
resolve/kb/partner_prepositions.txt: the party to the act, never where it happens), "we thank Y
for its position on the X embargo", "we welcome Y's stance" (a country or region modifying a
noun that names no place: its owner or the side it concerns): a country- or region-wide place
named so is not where an act of words or of relations happened (attach.py: not for the acts
done somewhere, attach.WHERE_TARGET_TYPES, whose target phrase may say where).  Towns and
villages stay places.
"""

from __future__ import annotations

from ..document import Document, Span
from ..resolve.api import is_place_type, partner_prepositions

_MODIFIER_DEPS = ("poss", "compound", "nmod", "amod")


def party_spans(doc: Document, sent, base: int) -> tuple[list[Span], list[Span]]:
    """(spans of wide places named as a partner, spans of wide places modifying a noun that
    names no place) in parsed sentence ``sent`` (its document offset ``base``)."""
    partners, owners = [], []
    lo, hi = base + sent.start_char, base + sent.end_char
    preps = partner_prepositions()
    for m in doc.mentions:
        if not m.place or not lo <= m.start < hi or not _wide(doc, m.place):
            continue
        span = sent.doc.char_span(m.start - base, m.end - base, alignment_mode="expand")
        if span is None or not len(span):
            continue
        t = span.root
        while t.dep_ == "conj" and t.head is not t:
            t = t.head   # "with X and Y"
        if t.dep_ == "pobj" and t.head.lower_ in preps:
            partners.append(Span(m.start, m.end))
        elif (t.dep_ in _MODIFIER_DEPS and t.head.pos_ == "NOUN" and t.head.i > t.i
              and not is_place_type(t.head.lower_)):
            owners.append(Span(m.start, m.end))
    return partners, owners


def _wide(doc: Document, place_id: str) -> bool:
    p = doc.place(place_id)
    return p is not None and p.precision in ("country", "region")
