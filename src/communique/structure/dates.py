"""Calendar dates as press releases write them on date lines and in signatures.

Handles "4 December 2019", "04 December, 19" (day Month, two-digit year), "December 4,
2019", "Jan. 25, 2013", "Sept. 1" (no year: resolved against an anchor date),
"Tuesday, 3 December 2019", "2019-12-04" and numeric 04/12/2019 (order from config).
Only whole date expressions are read; relative words ("yesterday") are the dates stage's job.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9

_MONTH = r"(?P<{g}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"

# Longest forms first: a pattern must not stop at "December 4" when ", 2019" follows.
_PATTERNS = [
    ("dmy", re.compile(
        r"(?<![\w.])" + _WEEKDAY + r"(?<![\d.,])(?P<d>\d{1,2})" + _ORD + r"(?:\s+of)?[\s-]+" + _MONTH.format(g="m")
        + r"(?:,?[\s-]+(?P<y>\d{4}|'?\d{2})(?!\d))?", re.I)),
    ("mdy", re.compile(
        r"\b" + _WEEKDAY + _MONTH.format(g="m") + r"\s+(?P<d>\d{1,2})" + _ORD
        + r"(?:(?:[,.]\s*|\s+)(?P<y>\d{4})(?!\d))?(?!\d|:\d)", re.I)),
    ("iso", re.compile(r"(?<![\w-])" + _WEEKDAY
                       + r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)", re.I)),
    ("num", re.compile(r"(?<![\w./-])" + _WEEKDAY
                       + r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d-])",
                       re.I)),
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date expression at ``[start, end)``; ``year`` is None when the text gives none."""

    start: int
    end: int
    year: int | None
    month: int
    day: int

    def resolve(self, anchor: date | None = None) -> date | None:
        """The calendar date; a missing year is taken from the anchor (nearest year)."""
        if self.year is not None:
            return _safe(self.year, self.month, self.day)
        if anchor is None:
            return None
        options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                   if (d := _safe(y, self.month, self.day))]
        return min(options, key=lambda d: abs((d - anchor).days), default=None)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def expand_year(text: str, today: date | None = None) -> int:
    """Four-digit year; two digits mean the nearest past century ("19" -> 2019, "98" -> 1998)."""
    text = text.lstrip("'")
    y = int(text)
    if len(text) == 4:
        return y
    this_year = (today or date.today()).year
    return 2000 + y if 2000 + y <= this_year + 1 else 1900 + y


def find_dates(text: str, start: int = 0, end: int | None = None, order: str = "DMY"
               ) -> list[FoundDate]:
    """All date expressions in ``text[start:end]`` (offsets into ``text``), left to right."""
    end = len(text) if end is None else end
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            fd = _build(kind, m, order)
            if fd is not None:
                found.append(fd)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _build(kind: str, m: re.Match[str], order: str) -> FoundDate | None:
    g = m.groupdict()
    if kind in ("dmy", "mdy"):
        month = _MONTHS[g["m"].lower()]
        day = int(g["d"])
        year = expand_year(g["y"]) if g.get("y") else None
    elif kind == "iso":
        year, month, day = int(g["y"]), int(g["m"]), int(g["d"])
    else:
        a, b = int(g["a"]), int(g["b"])
        day, month = (a, b) if (order.upper().startswith("D") or b > 12) and a <= 31 else (b, a)
        if month > 12:
            day, month = month, day
        year = expand_year(g["y"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None and _safe(year, month, day) is None:
        return None
    return FoundDate(m.start(), m.end(), year, month, day)


def parse_date(text: str, anchor: date | None = None, order: str = "DMY") -> date | None:
    """The date when ``text`` is one date expression and nothing else but punctuation."""
    s = text.strip()
    found = find_dates(s, order=order)
    if len(found) != 1:
        return None
    f = found[0]
    if re.search(r"\w", s[:f.start] + s[f.end:]):
        return None
    return f.resolve(anchor)
