"""Split a speech into paragraphs and sentences with their character offsets in the corpus text."""
from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by a closing quote) before a space and a capital,
# but not after a title abbreviation ("Mr. President", "H.E. Ms. ...").
_END = re.compile(r"(?<=[.!?])([”\"’)]?)\s+(?=[A-Z“\"‘(*])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Messrs|Prof|Amb|Gen|Lt|Col|Art|Sr|Jr|Hon)|\b[A-Z]|\.[A-Z])\.$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of the speech."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end]."""
    out, cur = [], start
    for m in _END.finditer(text, start, end):
        if _ABBREV.search(text[cur:m.start()]):
            continue
        out.append((cur, m.start() + len(m.group(1))))  # a closing quote stays in its sentence
        cur = m.end()
    out.append((cur, end))
    return [(a, b) for a, b in out if b > a]


def passage_text(text: str, start: int, end: int) -> str:
    """The passage as the gold set gives it: paragraphs joined with one space."""
    return re.sub(r"\s*\n\s*", " ", text[start:end])
