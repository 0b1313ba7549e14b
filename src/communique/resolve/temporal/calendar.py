"""Calendar arithmetic for date expressions: pure functions of an anchor date.

Values follow the output contract: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month) or
``YYYY`` (year).  A period finer than a month that is not one day (a week, a
weekend, "a few days ago") is given as the smallest allowed unit that contains
all of it, so the value is never more precise than the text.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta

PAST, FUTURE = "past", "future"


@dataclass(frozen=True, slots=True)
class Resolution:
    value: str | None
    precision: str | None
    reason: str | None = None

    @property
    def resolved(self) -> bool:
        return self.value is not None


def unresolved(reason: str) -> Resolution:
    return Resolution(None, None, reason)


def day(d: date) -> Resolution:
    return Resolution(d.isoformat(), "day")


def month(y: int, m: int) -> Resolution:
    if not 1 <= y <= 9999:
        return unresolved("year out of range")
    return Resolution(f"{y:04d}-{m:02d}", "month")


def year(y: int) -> Resolution:
    if not 1 <= y <= 9999:
        return unresolved("year out of range")
    return Resolution(f"{y:04d}", "year")


def make_day(y: int, m: int, d: int) -> Resolution:
    """A calendar day, or unresolved with "no such day" (31 February)."""
    if not 1 <= m <= 12:
        return unresolved("no such month")
    try:
        return day(date(y, m, d))
    except ValueError:
        return unresolved("no such day")


def containing(lo: date, hi: date, what: str) -> Resolution:
    """The smallest allowed unit (day, month, year) holding the whole period [lo, hi]."""
    if lo == hi:
        return day(lo)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return month(lo.year, lo.month)
    if lo.year == hi.year:
        return year(lo.year)
    return unresolved(f"{what} spans two years ({lo.isoformat()} to {hi.isoformat()})")


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def week_of(d: date) -> tuple[date, date]:
    """Monday..Sunday of the ISO week holding ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def weekend_of(d: date, step: int) -> tuple[date, date]:
    """Saturday..Sunday: the weekend of this week (step 0), last (-1) or next (+1)."""
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5) + timedelta(weeks=step)
    return saturday, saturday + timedelta(days=1)


def weekday_date(anchor: date, weekday: int, direction: str, strict: bool = False) -> date:
    """The nearest ``weekday`` before (``past``) or after (``future``) the anchor.

    Not strict: the anchor's own weekday is the anchor ("on Wednesday" in a text
    dated Wednesday is that day).  Strict ("last Tuesday", "next Tuesday"): 1..7 days away.
    """
    if direction == FUTURE:
        delta = (weekday - anchor.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return anchor + timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)


def month_near(anchor: date, m: int, direction: str | None) -> tuple[int, int]:
    """The year of a month named without one: the last such month up to the anchor
    (past), the next one from the anchor (future), or the nearer of the two."""
    past_y = anchor.year if m <= anchor.month else anchor.year - 1
    future_y = anchor.year if m >= anchor.month else anchor.year + 1
    if direction == PAST:
        return past_y, m
    if direction == FUTURE:
        return future_y, m
    gap_past = (anchor.year - past_y) * 12 + anchor.month - m
    gap_future = (future_y - anchor.year) * 12 + m - anchor.month
    return (past_y, m) if gap_past <= gap_future else (future_y, m)


def day_month_near(anchor: date, m: int, d: int, direction: str | None) -> Resolution:
    """A day and month named without a year, placed like :func:`month_near`."""
    if not 1 <= m <= 12 or not 1 <= d <= 31 or d > _max_day(m):
        return unresolved("no such day")
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(y, m, d))
        except ValueError:  # 29 February outside a leap year
            continue
    past = [c for c in candidates if c <= anchor]
    future = [c for c in candidates if c >= anchor]
    if direction == PAST and past:
        return day(max(past))
    if direction == FUTURE and future:
        return day(min(future))
    if not candidates:
        return unresolved("no such day")
    return day(min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor)))


def _max_day(m: int) -> int:
    return 29 if m == 2 else _cal.monthrange(2001, m)[1]


def two_digit_year(yy: int, anchor: date | None) -> int:
    """Expand a two-digit year: the century putting it nearest the anchor (at most
    ten years ahead of it); without an anchor, 00-49 is 20xx."""
    if anchor is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    base = anchor.year - anchor.year % 100
    candidates = [base - 100 + yy, base + yy, base + 100 + yy]
    candidates = [c for c in candidates if c <= anchor.year + 10]
    return max(candidates)
