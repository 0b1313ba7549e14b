"""Lines of the raw input with their offsets, the unit the cleaner works in."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every character Unicode treats as a line break (the loader already folds most to "\n",
# but documents built directly from a string may still carry them).
LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of ``raw``: ``[start, end)`` is the line without its break;
    ``lo``/``hi`` bound the text with surrounding whitespace trimmed;
    ``brk`` is the offset of the line break after it (None on the last line)."""

    start: int
    end: int
    lo: int
    hi: int
    brk: int | None
    brk_len: int

    @property
    def blank(self) -> bool:
        return self.lo >= self.hi


def split_lines(raw: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for m in LINE_BREAK.finditer(raw):
        lines.append(_line(raw, pos, m.start(), m.start(), m.end() - m.start()))
        pos = m.end()
    if pos < len(raw) or not lines:
        lines.append(_line(raw, pos, len(raw), None, 0))
    return lines


def _line(raw: str, start: int, end: int, brk: int | None, brk_len: int) -> Line:
    lo, hi = trim(raw, start, end)
    return Line(start, end, lo, hi, brk, brk_len)


def trim(raw: str, lo: int, hi: int) -> tuple[int, int]:
    """``raw[lo:hi]`` less its leading and trailing white space, as offsets."""
    while lo < hi and raw[lo].isspace():
        lo += 1
    while hi > lo and raw[hi - 1].isspace():
        hi -= 1
    return lo, hi
