"""Rules for dates that name a day: "3 December 2019", "December 3-5", "2019-12-03",
"03/12/2019", "on Friday", "yesterday", "Christmas Eve".

Each rule gets the match and a :class:`Context` and returns the dates it stands for
([] when the match is not a date after all, such as the modal "may").
"""

from __future__ import annotations

import re
from datetime import timedelta

from . import calendar as cal
from .calendar import FUTURE, PAST, Resolution, unresolved
from .context import NO_YEAR, Context, Found, capitalised, one

def explicit_day(m: re.Match, ctx: Context) -> list[Found]:
    """Day and month by name, with or without a year (and a weekday before)."""
    gd = m.groupdict()
    res = _day_of_month(ctx, m.group("mon"), int(m.group("day")), gd.get("year"),
                        gd.get("yy") or gd.get("yyeol"), m.start(), m.end())
    return one(m, res, "date") if res else []


def _day_of_month(ctx: Context, mon_word: str, d: int, year: str | None, yy: str | None,
                  start: int, end: int) -> Resolution | None:
    """A named month and a day: with the year stated, or placed by the anchor and
    the tense of the clause.  None when the month word is no month here."""
    month = ctx.lex.month(mon_word)
    if month is None:
        return None
    if not (year or yy) and not capitalised(mon_word):
        return None  # "may 5" in running lower-case text is too often the modal verb
    if year:
        return cal.make_day(int(year), month, d)
    if yy:
        return cal.make_day(cal.two_digit_year(int(yy), ctx.anchor), month, d)
    if ctx.anchor is None:
        res = cal.make_day(2000, month, d)  # a leap year: only checks the day exists
        return unresolved(NO_YEAR) if res.resolved else res
    direction = ctx.direction(start, end)
    return cal.day_month_near(ctx.calendar_anchor(direction), month, d, direction)


def day_range(m: re.Match, ctx: Context) -> list[Found]:
    """"3-5 December 2019", "from 3 to 5 December": the first and the last day, each a date."""
    last = _day_of_month(ctx, m.group("mon"), int(m.group("day2")), m.group("year"), m.group("yy"),
                         m.start(), m.end())
    if last is None:
        return []
    first = _same_month(last, int(m.group("day1")))
    if not _in_order(first, last):
        return []  # "5-3 December" is no range
    return [Found(m.start("day1"), m.end("day1"), first, "range"),
            Found(m.start("rest"), m.end(), last, "range")]


def month_day_range(m: re.Match, ctx: Context) -> list[Found]:
    """"December 3-5, 2019": the first and the last day, each a date."""
    first = _day_of_month(ctx, m.group("mon"), int(m.group("day1")), m.group("year"), None,
                          m.start(), m.end())
    if first is None:
        return []
    last = _same_month(first, int(m.group("day2")))
    if not _in_order(first, last):
        return []
    return [Found(m.start(), m.end("rest"), first, "range"),
            Found(m.start("day2"), m.end(), last, "range")]


def _same_month(res: Resolution, d: int) -> Resolution:
    """Day ``d`` of the month of day ``res`` (``res`` itself when it is no known day)."""
    if not res.resolved:
        return res
    return cal.make_day(int(res.value[:4]), int(res.value[5:7]), d)


def _in_order(first: Resolution, last: Resolution) -> bool:
    """Not a range backwards ("5-3 December"), when both ends are known days."""
    return not (first.resolved and last.resolved and first.value > last.value)


def month_year(m: re.Match, ctx: Context) -> list[Found]:
    month = ctx.lex.month(m.group("mon"))
    if month is None:
        return []
    return one(m, cal.month(int(m.group("year")), month), "month")


def iso(m: re.Match, ctx: Context) -> list[Found]:
    return one(m, cal.make_day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "iso")


def numeric(m: re.Match, ctx: Context) -> list[Found]:
    """dd/mm/yyyy or mm/dd/yyyy: the configured order first; the other only when
    the configured one is impossible (13/05 cannot be month 13)."""
    a, b, c, sep = int(m.group("a")), int(m.group("b")), m.group("c"), m.group("sep")
    if sep == "." and len(c) == 2:
        return []  # 6.29.22 is a time or a version, not a date
    y = int(c) if len(c) == 4 else cal.two_digit_year(int(c), ctx.anchor)
    orders = [(a, b), (b, a)] if ctx.date_order.upper() != "MDY" else [(b, a), (a, b)]
    for d, mo in orders:
        res = cal.make_day(y, mo, d)
        if res.resolved:
            return one(m, res, "numeric")
    if a > 31 or b > 31:
        return []  # not shaped like a date at all
    return one(m, unresolved("no such day"), "numeric")


def numeric_ymd(m: re.Match, ctx: Context) -> list[Found]:
    return one(m, cal.make_day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "numeric")


_NON_DATE_LABELS = ("ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "NORP", "GPE", "LOC", "LAW")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def weekday(m: re.Match, ctx: Context) -> list[Found]:
    wd = ctx.lex.weekday(m.group("wd"))
    if wd is None:
        return []
    # A weekday inside a name: "the Sunday Times", "Bloody Sunday".
    if ctx.entity_label(m.start("wd"), m.end("wd")) in _NON_DATE_LABELS:
        return []
    if not m.group("rel") and ctx.previous_word(m.start()) in ctx.lex.table("named_day_prefix"):
        return []
    following = _NEXT_WORD.match(ctx.text, m.end())
    if following and following.group(1).lower() in ctx.lex.table("named_day_suffix"):
        return []
    if ctx.day_anchor is None:
        return one(m, unresolved(ctx.no_day_reason), "weekday")
    rel = (m.group("rel") or "").lower()
    if rel in ("last", "past", "previous", "this past"):
        d = cal.weekday_date(ctx.anchor, wd, PAST, strict=True)
    elif rel in ("next", "coming", "following"):
        d = cal.weekday_date(ctx.anchor, wd, FUTURE, strict=True)
    else:
        # News convention: a bare weekday is in the past week, the text's own day
        # included, unless the clause is about the future.
        direction = ctx.direction(m.start(), m.end()) or PAST
        d = cal.weekday_date(ctx.anchor, wd, direction)
    return one(m, cal.day(d), "weekday")


def deictic(m: re.Match, ctx: Context) -> list[Found]:
    offset = ctx.lex.lookup("deictic_day", m.group("deictic"))
    if offset is None:
        return []
    if ctx.day_anchor is None:
        return one(m, unresolved(ctx.no_day_reason), "deictic")
    return one(m, cal.day(ctx.anchor + timedelta(days=int(offset))), "deictic")


def holiday(m: re.Match, ctx: Context) -> list[Found]:
    """Fixed-date days ("New Year's Day", "Christmas Eve"), placed like a day and month."""
    mmdd = ctx.lex.lookup("holiday", m.group("holiday"))
    if mmdd is None:
        return []
    month, d = (int(x) for x in mmdd.split("-"))
    if m.group("year"):
        return one(m, cal.make_day(int(m.group("year")), month, d), "holiday")
    if ctx.anchor is None:
        return one(m, unresolved(NO_YEAR), "holiday")
    rel = (m.group("rel") or "").lower()
    direction = {"last": PAST, "past": PAST, "next": FUTURE, "coming": FUTURE, "this": None}.get(
        rel, ctx.direction(m.start(), m.end()))
    return one(m, cal.day_month_near(ctx.calendar_anchor(direction), month, d, direction), "holiday")
