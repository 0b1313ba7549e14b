"""A person's role from the dependency parse.

Three constructions, all read from spaCy's parse rather than the surface:

* apposition after the name: "Mara Velt, head of the Liberty Front's political council";
* apposition before the name: "the Estovian foreign minister, Ivo Rand";
* a title in front of the name: "Liberty Front commander Tomas Orr",
  "Estovian Deputy Minister of Trade Anna Kell", "the Front's leader Lena Vask".

A phrase is a role only when its head (or a word of its compounds) is a title
word (``data/titles.txt``).  ``role_of`` is the organisation or country named
inside the role, with organs dropped ("Hamas Political Bureau" -> "Hamas").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..resolve.api import split_body
from .lexicon import is_honorific, is_title

_PRE_DEPS = {"compound", "nmod", "amod", "poss"}
_OF_LABELS = ("ORG", "NORP", "GPE")


@dataclass(frozen=True, slots=True)
class RoleFound:
    start: int
    end: int
    text: str
    of: str | None


def _tokens_span(tokens) -> tuple[int, int] | None:
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].pos_ in ("DET", "CCONJ", "PRON")
                    or is_honorific(toks[0].text)):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].pos_ in ("CCONJ", "ADP")):
        toks = toks[:-1]
    if not toks:
        return None
    # Only a contiguous run from the first token.
    run = [toks[0]]
    for t in toks[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    return run[0].idx, run[-1].idx + len(run[-1])


def _has_title(tokens) -> bool:
    return any(is_title(t.text) for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ"))


def _ents_within(sdoc, start: int, end: int):
    """The entities inside characters [start, end), read from the tokens there (not
    from ``sdoc.ents``, which builds every entity of the document: quadratic on a long
    list of names)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    i = span.start
    while i < span.end:
        t = sdoc[i]
        if t.ent_iob_ != "B":
            i += 1
            continue
        j = i + 1
        while j < len(sdoc) and sdoc[j].ent_iob_ == "I":
            j += 1
        ent = sdoc[i:j]
        if j <= span.end and ent.start_char >= start and ent.end_char <= end:
            yield ent, t.ent_type_
        i = j


def _role_of(sdoc, start: int, end: int) -> str | None:
    for e, label in _ents_within(sdoc, start, end):
        if label in _OF_LABELS:
            text = e.text
            if text.lower().startswith("the "):
                text = text[4:]
            parts = split_body(text)
            return parts[0] if parts else text
    return None


def _make(sdoc, tokens) -> RoleFound | None:
    if not tokens or not _has_title(tokens):
        return None
    span = _tokens_span(tokens)
    if span is None:
        return None
    s, e = span
    text = sdoc.char_span(s, e, alignment_mode="expand").text   # (sdoc.text joins the whole document)
    if "\n" in text:
        return None
    return RoleFound(s, e, text, _role_of(sdoc, s, e))


def find_role(sdoc, ent) -> RoleFound | None:
    """The role written beside a PERSON entity ``ent`` (a spaCy Span), or None."""
    root = ent.root
    inside = {t.i for t in ent}
    # 1. Apposition after the name.
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.ent_type_ != "PERSON":
            toks = [t for t in child.subtree if not (t.dep_ == "appos" and t.ent_type_ == "PERSON")]
            found = _make(sdoc, toks)
            if found:
                return found
    # 2. Apposition before the name: "the foreign minister, X".
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.ent_type_ != "PERSON":
        head = root.head
        toks = [t for t in head.subtree if t.i < ent.start and t.i not in inside
                and t not in set(root.subtree)]
        if toks and sdoc[toks[-1].i + 1:ent.start].text.strip() in (",", ""):
            found = _make(sdoc, toks)
            if found:
                return found
    # 3. A title in front of the name.
    lefts = [c for c in root.lefts if c.i < ent.start and c.dep_ in _PRE_DEPS]
    if lefts:
        toks = sorted({t for c in lefts for t in c.subtree if t.i < ent.start}, key=lambda t: t.i)
        # Only what touches the name: "Islamic Jihad commander" right before "Bahaa".
        if toks and toks[-1].i == ent.start - 1:
            found = _make(sdoc, toks)
            if found:
                return found
    return None
