"""Build the clean text from the raw text minus removed spans, keeping an offset map.

Every character of the clean text is a character of ``raw`` (line breaks of any kind
become "\\n", or a space where a hard-wrapped line is joined); runs of consecutive raw characters form the segments
``(text_start, raw_start, length)`` that ``Document.raw_offset`` reads.  Whitespace is
tidied on the way: lines are trimmed, runs of spaces become one, and runs of blank
lines become one blank line.
"""

from __future__ import annotations

import bisect
import re

from .lines import Line, trim

_SPACE = re.compile(r"\s")
_SPACE_RUN = re.compile(r"\s{2,}")


class _Builder:
    def __init__(self, raw: str):
        self.raw = raw
        self.parts: list[str] = []
        self.segments: list[list[int]] = []  # [text_start, raw_start, length]
        self.size = 0

    def emit(self, raw_start: int, length: int, text: str | None = None) -> None:
        if length <= 0:
            return
        self.parts.append(self.raw[raw_start:raw_start + length] if text is None else text)
        last = self.segments[-1] if self.segments else None
        if last and last[1] + last[2] == raw_start and last[0] + last[2] == self.size:
            last[2] += length
        else:
            self.segments.append([self.size, raw_start, length])
        self.size += length

    def text(self) -> str:
        return "".join(self.parts)


def _subtract(lo: int, hi: int, cuts: list[tuple[int, int]], cut_ends: list[int]
              ) -> list[tuple[int, int]]:
    """Pieces of [lo, hi) outside the cut intervals (disjoint and sorted; ``cut_ends`` are
    their ends, for bisection)."""
    pieces, pos = [], lo
    for k in range(bisect.bisect_right(cut_ends, lo), len(cuts)):
        a, b = cuts[k]
        if a >= hi:
            break
        if b <= pos:
            continue
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < hi:
        pieces.append((pos, hi))
    return pieces


# A line that ends like this does not run on into the next one.
_LINE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
MIN_WRAPPED_LINE = 25


def _runs_on(prev_line: str, next_token: str) -> bool:
    """A hard-wrapped line: a long line ending mid-sentence, the next starting in lower case."""
    return (len(prev_line) >= MIN_WRAPPED_LINE and next_token[:1].islower()
            and not _LINE_END.search(prev_line))


def build_text(raw: str, lines: list[Line], whole: set[int], cuts: list[tuple[int, int]],
               unwrap: bool = True) -> tuple[str, list[tuple[int, int, int]]]:
    """Clean text and segments.  ``whole``: indexes of lines dropped entirely (with their
    break); ``cuts``: sorted raw intervals removed inside the kept lines.  With ``unwrap``
    a single line break inside a sentence (text wrapped at a fixed width) becomes a space."""
    merged: list[tuple[int, int]] = []
    for a, z in sorted(cuts):  # merged, the intervals' ends are sorted too: bisectable
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], z))
        else:
            merged.append((a, z))
    cuts, cut_ends = merged, [z for _, z in merged]
    b = _Builder(raw)
    pending_breaks: list[int] = []  # raw offsets of line breaks since the last content
    last_line = ""
    for i, ln in enumerate(lines):
        if i not in whole:
            pieces = [(lo, hi) for lo, hi in (trim(raw, a, b_) for a, b_ in _subtract(ln.lo, ln.hi, cuts, cut_ends))
                      if lo < hi]
            if pieces:
                if b.size and pending_breaks:
                    if unwrap and len(pending_breaks) == 1 and _runs_on(last_line, raw[pieces[0][0]]):
                        b.emit(pending_breaks[0], 1, " ")
                    else:
                        for brk in pending_breaks[:2]:
                            b.emit(brk, 1, "\n")
                pending_breaks = []
                last_line = raw[pieces[0][0]:pieces[-1][1]]
                prev_end = None
                for lo, hi in pieces:
                    if prev_end is not None:
                        # one space where there was space; pieces glued in raw stay glued
                        ws = _SPACE.search(raw, prev_end, lo)
                        if ws:
                            b.emit(ws.start(), 1)
                    pos = lo
                    for m in _SPACE_RUN.finditer(raw, lo, hi):  # a run of spaces keeps its first
                        b.emit(pos, m.start() + 1 - pos)
                        pos = m.end()
                    b.emit(pos, hi - pos)
                    prev_end = hi
            elif not ln.blank:
                # every character of a kept line was cut: it leaves no blank line behind
                continue
        if i in whole or ln.brk is None:
            continue
        pending_breaks.append(ln.brk)
    return b.text(), [tuple(s) for s in b.segments]
