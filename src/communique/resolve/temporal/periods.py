"""Rules for dates wider than a day: "last week", "two months ago", "in March",
"in 2011", "the 1990s", "last winter", "by the end of the year", "that day".

Each rule gets the match and a :class:`Context` and returns the dates it stands for
([] when the match is not a date after all, such as a bare number with no temporal
preposition before it); a period that is no single month or year is kept
unresolved, with the reason.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from .calendar import FUTURE, unresolved
from .context import ANAPHORIC, NO_ANCHOR, NO_YEAR, Context, Found, capitalised, one

def relative_unit(m: re.Match, ctx: Context) -> list[Found]:
    rel = " ".join(m.group("rel").lower().split())
    unit = ctx.lex.lookup("unit", m.group("unit"))
    if unit is None:
        return []
    if m.group("the"):
        if rel in ("past", "last", "current", "coming"):
            return []  # "the past week", "the last year": a duration, not a date
        return one(m, unresolved(ANAPHORIC), "anaphoric")
    if unit == "day":
        return []
    if unit in ("decade", "century"):
        return one(m, unresolved(f"a {unit} is no single year"), "relative")
    if ctx.anchor is None or (unit in ("week", "weekend") and ctx.day_anchor is None):
        return one(m, unresolved(ctx.no_day_reason), "relative")
    step = int(ctx.lex.lookup("relative", rel) or 0)
    a = ctx.calendar_anchor()
    if unit == "week":
        lo, hi = cal.week_of(a + timedelta(weeks=step))
        res = cal.containing(lo, hi, "the week")
    elif unit == "weekend":
        lo, hi = cal.weekend_of(a, step)
        res = cal.containing(lo, hi, "the weekend")
    elif unit == "month":
        res = cal.month(*cal.add_months(a.year, a.month, step))
    else:
        res = cal.year(a.year + step)
    return one(m, res, "relative")


def the_weekend(m: re.Match, ctx: Context) -> list[Found]:
    """"over the weekend": the weekend just past (or the coming one in a future
    clause), given as the month or year that holds it."""
    if ctx.day_anchor is None:
        return [Found(m.start("expr"), m.end(), unresolved(ctx.no_day_reason), "relative")]
    a = ctx.day_anchor
    if ctx.direction(m.start("expr"), m.end()) == FUTURE:
        step = 0 if a.weekday() < 5 else 1
    else:
        step = 0 if a.weekday() >= 5 else -1
    lo, hi = cal.weekend_of(a, step)
    return [Found(m.start("expr"), m.end(), cal.containing(lo, hi, "the weekend"), "relative")]


def ago(m: re.Match, ctx: Context) -> list[Found]:
    count = ctx.lex.number(m.group("num"))
    unit = ctx.lex.lookup("unit", m.group("unit"))
    if count is None or unit is None:
        return []
    direction = " ".join(m.group("dir").lower().split())
    if direction in ("earlier", "later", "before", "after"):
        return one(m, unresolved(ANAPHORIC), "ago")
    if ctx.anchor is None or (unit in ("day", "week") and ctx.day_anchor is None):
        return one(m, unresolved(ctx.no_day_reason), "ago")
    sign = -1 if direction == "ago" else 1
    lo, hi = count
    a = ctx.calendar_anchor()
    if unit == "day":
        ends = sorted([a + timedelta(days=sign * lo), a + timedelta(days=sign * hi)])
        res = cal.containing(ends[0], ends[1], "the period")
    elif unit == "week":
        ends = sorted([a + timedelta(weeks=sign * lo), a + timedelta(weeks=sign * hi)])
        res = cal.containing(cal.week_of(ends[0])[0], cal.week_of(ends[1])[1], "the week")
    elif unit == "month":
        ms = sorted([cal.add_months(a.year, a.month, sign * lo), cal.add_months(a.year, a.month, sign * hi)])
        res = cal.month(*ms[0]) if ms[0] == ms[1] else (
            cal.year(ms[0][0]) if ms[0][0] == ms[1][0] else unresolved("vague: several months"))
    elif unit == "year":
        res = cal.year(a.year + sign * lo) if lo == hi else unresolved("vague: several years")
    else:
        res = unresolved(f"a {unit} is no single year")
    return one(m, res, "ago")


def bare_month(m: re.Match, ctx: Context) -> list[Found]:
    mon_word = m.group("mon")
    month = ctx.lex.month(mon_word)
    if month is None or not capitalised(mon_word):
        return []
    rel = (m.group("rel") or "").lower()
    start = m.start("mon") if not (rel or m.group("mod")) else m.start()
    if not (rel or m.group("mod")) and not ctx.looks_temporal(start, m.end()):
        return []
    if ctx.anchor is None:
        return one(m, unresolved(NO_YEAR), "month")
    a = ctx.calendar_anchor()
    if rel in ("last", "past"):
        y = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming"):
        y = a.year if month > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y, _ = cal.month_near(a, month, ctx.direction(m.start(), m.end()))
    return one(m, cal.month(y, month), "month")


def bare_year(m: re.Match, ctx: Context) -> list[Found]:
    y = int(m.group("year"))
    supported = m.group("mod") or m.group("fiscal") or ctx.looks_temporal(m.start("year"), m.end("year"))
    if not supported or ctx.counts_things(m.start("year"), m.end("year")):
        return []
    found = [Found(m.start(), m.end("year"), cal.year(y), "year")]
    if m.group("y2"):  # "1957-58": two years
        y2 = y - y % 100 + int(m.group("y2"))
        if y2 > y:
            found.append(Found(m.start("y2"), m.end("y2"), cal.year(y2), "year"))
    elif m.group("year2"):  # "2010-2012"
        found.append(Found(m.start("year2"), m.end("year2"), cal.year(int(m.group("year2"))), "year"))
    return found


def decade(m: re.Match, ctx: Context) -> list[Found]:
    first = m.group("dec")
    if first is None:
        return one(m, unresolved("a decade is no single year"), "decade")
    y = int(first)
    return one(m, unresolved(f"a decade ({y}-{y + 9}) is no single year"), "decade")


def century(m: re.Match, ctx: Context) -> list[Found]:
    return one(m, unresolved("a century is no single year"), "century")


def season(m: re.Match, ctx: Context) -> list[Found]:
    span = ctx.lex.lookup("season", m.group("season"))
    rel = (m.group("rel") or "").lower()
    if span is None or not (rel or m.group("year")):
        return []
    first, last = (int(x) for x in span.split("-"))
    if m.group("year"):
        y = int(m.group("year"))
        return one(m, cal.year(y) if first <= last else unresolved("a winter spans two years"), "season")
    if ctx.anchor is None:
        return one(m, unresolved(NO_ANCHOR), "season")
    a = ctx.calendar_anchor()
    periods = []
    for y in (a.year - 2, a.year - 1, a.year, a.year + 1):
        ly, lm = (y + 1, last) if last < first else (y, last)
        lo = date(y, first, 1)
        hi = date(*cal.add_months(ly, lm, 1), 1) - timedelta(days=1)
        periods.append((lo, hi))
    if rel in ("last", "past"):
        lo, hi = max((p for p in periods if p[1] < a), key=lambda p: p[0])
    elif rel in ("next", "coming"):
        lo, hi = min((p for p in periods if p[0] > a), key=lambda p: p[0])
    else:
        lo, hi = min(periods, key=lambda p: 0 if p[0] <= a <= p[1] else min(abs((p[0] - a).days), abs((p[1] - a).days)))
    return one(m, cal.containing(lo, hi, "the season"), "season")


def unit_edge(m: re.Match, ctx: Context) -> list[Found]:
    """"by the end of the year", "at the start of the month": the current one."""
    if ctx.anchor is None:
        return one(m, unresolved(NO_ANCHOR), "relative")
    a = ctx.calendar_anchor()
    res = cal.year(a.year) if m.group("unit").lower() == "year" else cal.month(a.year, a.month)
    return one(m, res, "relative")


def anaphoric(m: re.Match, ctx: Context) -> list[Found]:
    return one(m, unresolved(ANAPHORIC), "anaphoric")
