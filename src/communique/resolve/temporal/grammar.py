"""Date expressions as regular patterns, each with the rule that resolves it.

Every pattern is compiled once per lexicon, with a case-sensitive twin for the
lower-cased text and the cheap tests of ``prefilter.py`` that skip it on texts
where it cannot match (the same matches in about 40 % of the time).  A handler
gets the match and a :class:`Context` (anchor date, tense lookup, spaCy
entities) and returns the dates it stands for ([] when the match is not a date
after all, such as the modal "may" or a bare number with no temporal
preposition before it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from . import calendar as cal
from .calendar import FUTURE, PAST, Resolution, unresolved
from .lexicon import Lexicon
from .prefilter import Requirement, holds_one, lowercase_only, ordered_requirement, required_literals
from .tense import orientation

NO_ANCHOR = "relative date and no publication date to anchor it"
NO_YEAR = "no year and no publication date"
MONTH_ONLY = "relative date and the publication date is known only to its month"
ANAPHORIC = "relative to another date in the text"


@dataclass(slots=True)
class Found:
    start: int
    end: int
    resolution: Resolution
    kind: str


@dataclass
class Context:
    text: str
    anchor: date | None
    lex: Lexicon
    date_order: str = "DMY"
    sdoc: Any = None
    # (start, end, label) of spaCy entities over the text
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    future_verbs: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    # "day": ``anchor`` is the publication day; "month": only its month is known
    # (a release number "2011-07-S-039"), so relative days cannot be placed.
    anchor_precision: str = "day"

    @property
    def day_anchor(self) -> date | None:
        """The anchor when it is a known day (for "yesterday", "Friday", "last week")."""
        return self.anchor if self.anchor_precision == "day" else None

    @property
    def no_day_reason(self) -> str:
        return NO_ANCHOR if self.anchor is None else MONTH_ONLY

    def calendar_anchor(self, direction: str | None = None) -> date | None:
        """A date to place a year or month by: the anchor day, or for a month anchor
        the day of that month that keeps every day of it on the side the tense asks
        (past: its last day; future: its first; no tense: the middle)."""
        a = self.anchor
        if a is None or self.anchor_precision == "day":
            return a
        if direction == PAST:
            return date(*cal.add_months(a.year, a.month, 1), 1) - timedelta(days=1)
        if direction == FUTURE:
            return a.replace(day=1)
        return a.replace(day=15)

    def direction(self, start: int, end: int) -> str | None:
        return orientation(self.sdoc, start, end, self.future_verbs, self.reporting_verbs)

    def entity_label(self, start: int, end: int) -> str | None:
        """The label of a spaCy entity overlapping ``[start, end)``, if any."""
        for s, e, label in self.entities:
            if s < end and start < e:
                return label
        return None

    def previous_word(self, start: int) -> str:
        m = _PREVIOUS_WORD.search(self.text[max(0, start - 40):start])
        return m.group(1).lower() if m else ""

    def looks_temporal(self, start: int, end: int) -> bool:
        """A bare month or year counts as a date only with support: a spaCy DATE
        entity over it, or a temporal preposition just before it ("in 2011")."""
        label = self.entity_label(start, end)
        if label == "DATE":
            return True
        if label in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PERSON", "ORG"):
            return False
        return self.previous_word(start) in self.prepositions

    def counts_things(self, start: int, end: int) -> bool:
        """True when the number at ``[start, end)`` counts a plural noun ("2000 troops"),
        unless a determiner makes it a year used as a modifier ("the 2011 elections")."""
        if self.sdoc is None:
            return False
        span = self.sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        if tok.dep_ != "nummod" or tok.head.tag_ not in ("NNS", "NNPS") or tok.head.i < tok.i:
            return False
        return not (tok.i > 0 and tok.nbor(-1).dep_ in ("det", "poss"))


_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s,]*\Z")


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    handler: Callable[[re.Match, Context], list[Found]]
    # The same pattern, case-sensitive, for the lower-cased text (None: not usable),
    # and the strings one of which (per group) any match holds (see prefilter.py).
    scan: re.Pattern | None = None
    needs: Requirement | None = None
    probe: re.Pattern | None = None  # found in every match's lower-cased text (case-sensitive)
    _needs: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_needs", ordered_requirement(self.needs))

    def finditer(self, text: str, low: str | None, seen: dict | None = None) -> list[re.Match]:
        """``self.regex.finditer(text)``, found faster through ``low`` (``lowered(text)``).
        ``seen`` remembers, for one text, which required literals it holds (patterns share them)."""
        if low is None or self.scan is None:
            return list(self.regex.finditer(text))
        seen = {} if seen is None else seen
        for group in self._needs:
            if (hit := seen.get(group)) is None:
                hit = seen[group] = holds_one(group, low)
            if not hit:
                return []
        if self.probe is not None and not self.probe.search(low):
            return []
        found = []
        for s in self.scan.finditer(low):
            m = self.regex.match(text, s.start())  # the same match, with the text's own case
            if m is None or m.end() != s.end():  # not expected: lowered() vouches for the text
                return list(self.regex.finditer(text))
            found.append(m)
        return found


def _one(m: re.Match, res: Resolution, kind: str) -> list[Found]:
    return [Found(m.start(), m.end(), res, kind)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


# -- handlers ---------------------------------------------------------------

def _explicit_day(m: re.Match, ctx: Context) -> list[Found]:
    """Day and month by name, with or without a year (and a weekday before)."""
    gd = m.groupdict()
    res = _day_of_month(ctx, m.group("mon"), int(m.group("day")), gd.get("year"),
                        gd.get("yy") or gd.get("yyeol"), m.start(), m.end())
    return _one(m, res, "date") if res else []


def _day_of_month(ctx: Context, mon_word: str, d: int, year: str | None, yy: str | None,
                  start: int, end: int) -> Resolution | None:
    """A named month and a day: with the year stated, or placed by the anchor and
    the tense of the clause.  None when the month word is no month here."""
    month = ctx.lex.month(mon_word)
    if month is None:
        return None
    if not (year or yy) and not _capitalised(mon_word):
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


def _day_range(m: re.Match, ctx: Context) -> list[Found]:
    """"3-5 December 2019", "from 3 to 5 December": the first and the last day, each a date."""
    last = _day_of_month(ctx, m.group("mon"), int(m.group("day2")), m.group("year"), m.group("yy"),
                         m.start(), m.end())
    if last is None:
        return []
    first = last
    if last.resolved:
        first = cal.make_day(int(last.value[:4]), int(last.value[5:7]), int(m.group("day1")))
        if first.resolved and first.value > last.value:
            return []  # "5-3 December" is no range
    return [Found(m.start("day1"), m.end("day1"), first, "range"),
            Found(m.start("rest"), m.end(), last, "range")]


def _month_day_range(m: re.Match, ctx: Context) -> list[Found]:
    """"December 3-5, 2019": the first and the last day, each a date."""
    first = _day_of_month(ctx, m.group("mon"), int(m.group("day1")), m.group("year"), None,
                          m.start(), m.end())
    if first is None:
        return []
    last = first
    if first.resolved:
        last = cal.make_day(int(first.value[:4]), int(first.value[5:7]), int(m.group("day2")))
        if last.resolved and last.value < first.value:
            return []
    return [Found(m.start(), m.end("rest"), first, "range"),
            Found(m.start("day2"), m.end(), last, "range")]


def _month_year(m: re.Match, ctx: Context) -> list[Found]:
    month = ctx.lex.month(m.group("mon"))
    if month is None:
        return []
    return _one(m, cal.month(int(m.group("year")), month), "month")


def _iso(m: re.Match, ctx: Context) -> list[Found]:
    return _one(m, cal.make_day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "iso")


def _numeric(m: re.Match, ctx: Context) -> list[Found]:
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
            return _one(m, res, "numeric")
    if a > 31 or b > 31:
        return []  # not shaped like a date at all
    return _one(m, unresolved("no such day"), "numeric")


def _numeric_ymd(m: re.Match, ctx: Context) -> list[Found]:
    return _one(m, cal.make_day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "numeric")


_NON_DATE_LABELS = ("ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "NORP", "GPE", "LOC", "LAW")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _weekday(m: re.Match, ctx: Context) -> list[Found]:
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
        return _one(m, unresolved(ctx.no_day_reason), "weekday")
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
    return _one(m, cal.day(d), "weekday")


def _deictic(m: re.Match, ctx: Context) -> list[Found]:
    offset = ctx.lex.lookup("deictic_day", m.group("deictic"))
    if offset is None:
        return []
    if ctx.day_anchor is None:
        return _one(m, unresolved(ctx.no_day_reason), "deictic")
    return _one(m, cal.day(ctx.anchor + timedelta(days=int(offset))), "deictic")


def _relative_unit(m: re.Match, ctx: Context) -> list[Found]:
    rel = " ".join(m.group("rel").lower().split())
    unit = ctx.lex.lookup("unit", m.group("unit"))
    if unit is None:
        return []
    if m.group("the"):
        if rel in ("past", "last", "current", "coming"):
            return []  # "the past week", "the last year": a duration, not a date
        return _one(m, unresolved(ANAPHORIC), "anaphoric")
    if unit == "day":
        return []
    if unit in ("decade", "century"):
        return _one(m, unresolved(f"a {unit} is no single year"), "relative")
    if ctx.anchor is None or (unit in ("week", "weekend") and ctx.day_anchor is None):
        return _one(m, unresolved(ctx.no_day_reason), "relative")
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
    return _one(m, res, "relative")


def _the_weekend(m: re.Match, ctx: Context) -> list[Found]:
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


def _ago(m: re.Match, ctx: Context) -> list[Found]:
    count = ctx.lex.number(m.group("num"))
    unit = ctx.lex.lookup("unit", m.group("unit"))
    if count is None or unit is None:
        return []
    direction = " ".join(m.group("dir").lower().split())
    if direction in ("earlier", "later", "before", "after"):
        return _one(m, unresolved(ANAPHORIC), "ago")
    if ctx.anchor is None or (unit in ("day", "week") and ctx.day_anchor is None):
        return _one(m, unresolved(ctx.no_day_reason), "ago")
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
    return _one(m, res, "ago")


def _bare_month(m: re.Match, ctx: Context) -> list[Found]:
    mon_word = m.group("mon")
    month = ctx.lex.month(mon_word)
    if month is None or not _capitalised(mon_word):
        return []
    rel = (m.group("rel") or "").lower()
    start = m.start("mon") if not (rel or m.group("mod")) else m.start()
    if not (rel or m.group("mod")) and not ctx.looks_temporal(start, m.end()):
        return []
    if ctx.anchor is None:
        return _one(m, unresolved(NO_YEAR), "month")
    a = ctx.calendar_anchor()
    if rel in ("last", "past"):
        y = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming"):
        y = a.year if month > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y, _ = cal.month_near(a, month, ctx.direction(m.start(), m.end()))
    return _one(m, cal.month(y, month), "month")


def _bare_year(m: re.Match, ctx: Context) -> list[Found]:
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


def _decade(m: re.Match, ctx: Context) -> list[Found]:
    first = m.group("dec")
    if first is None:
        return _one(m, unresolved("a decade is no single year"), "decade")
    y = int(first)
    return _one(m, unresolved(f"a decade ({y}-{y + 9}) is no single year"), "decade")


def _century(m: re.Match, ctx: Context) -> list[Found]:
    return _one(m, unresolved("a century is no single year"), "century")


def _season(m: re.Match, ctx: Context) -> list[Found]:
    span = ctx.lex.lookup("season", m.group("season"))
    rel = (m.group("rel") or "").lower()
    if span is None or not (rel or m.group("year")):
        return []
    first, last = (int(x) for x in span.split("-"))
    if m.group("year"):
        y = int(m.group("year"))
        return _one(m, cal.year(y) if first <= last else unresolved("a winter spans two years"), "season")
    if ctx.anchor is None:
        return _one(m, unresolved(NO_ANCHOR), "season")
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
    return _one(m, cal.containing(lo, hi, "the season"), "season")


def _holiday(m: re.Match, ctx: Context) -> list[Found]:
    """Fixed-date days ("New Year's Day", "Christmas Eve"), placed like a day and month."""
    mmdd = ctx.lex.lookup("holiday", m.group("holiday"))
    if mmdd is None:
        return []
    month, d = (int(x) for x in mmdd.split("-"))
    if m.group("year"):
        return _one(m, cal.make_day(int(m.group("year")), month, d), "holiday")
    if ctx.anchor is None:
        return _one(m, unresolved(NO_YEAR), "holiday")
    rel = (m.group("rel") or "").lower()
    direction = {"last": PAST, "past": PAST, "next": FUTURE, "coming": FUTURE, "this": None}.get(
        rel, ctx.direction(m.start(), m.end()))
    return _one(m, cal.day_month_near(ctx.calendar_anchor(direction), month, d, direction), "holiday")


def _unit_edge(m: re.Match, ctx: Context) -> list[Found]:
    """"by the end of the year", "at the start of the month": the current one."""
    if ctx.anchor is None:
        return _one(m, unresolved(NO_ANCHOR), "relative")
    a = ctx.calendar_anchor()
    res = cal.year(a.year) if m.group("unit").lower() == "year" else cal.month(a.year, a.month)
    return _one(m, res, "relative")


def _anaphoric(m: re.Match, ctx: Context) -> list[Found]:
    return _one(m, unresolved(ANAPHORIC), "anaphoric")


# -- patterns ---------------------------------------------------------------

@lru_cache(maxsize=4)
def build_patterns(lex: Lexicon) -> tuple[Pattern, ...]:
    MON = lex.alternation("month", "month_abbr")
    MONFULL = lex.alternation("month")
    WDAY = lex.alternation("weekday", "weekday_abbr")
    WDFULL = lex.alternation("weekday")
    PART = lex.alternation("part_of_day")
    REL = lex.alternation("relative")
    MOD = lex.alternation("modifier")
    UNIT = lex.alternation("unit")
    NUM = lex.alternation("number", "vague_number")
    SEASON = lex.alternation("season")
    DEICTIC = lex.alternation("deictic_day")
    HOLIDAY = lex.alternation("holiday")
    B = r"(?<![\w.])"
    DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    YEAR = r"(?P<year>(?:1[6-9]|20|21)\d\d)(?![\d])"
    WDPRE = rf"(?:(?P<wd>{WDAY})(?:'s)?(?:\s+{PART})?,?\s+(?:the\s+)?)?"
    MODPRE = rf"(?:(?P<mod>{MOD})[\s-]+)?"
    EOL = r"(?=[ \t]*(?:\r?\n|\Z))"

    specs = [
        ("day_month_year", rf"{B}{WDPRE}{DAY}\s+(?:of\s+)?(?P<mon>{MON})"
                           rf"(?:,?\s*(?:{YEAR}|'(?P<yy>\d\d)(?!\d)|(?P<yyeol>\d\d){EOL}))?", _explicit_day),
        ("month_day_year", rf"{B}{WDPRE}(?P<mon>{MON})\s+{DAY}(?![\d:%])(?!\s*(?:percent|per\s+cent)\b)"
                           rf"(?:(?:,\s*|\s+){YEAR}|,?\s*'(?P<yy>\d\d)(?!\d))?", _explicit_day),
        ("day_range", rf"{B}(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|\u2013|to|and|until|through)\s*"
                      rf"(?P<rest>(?<!\d)(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)\s+(?:of\s+)?(?P<mon>{MON})"
                      rf"(?:,?\s*(?:{YEAR}|'(?P<yy>\d\d)(?!\d)))?)", _day_range),
        ("month_day_range", rf"{B}(?P<rest>(?P<mon>{MON})\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?)\s*"
                            rf"(?:-|\u2013|to|and|until|through)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%])"
                            rf"(?:,?\s+{YEAR})?", _month_day_range),
        ("month_year", rf"{B}{MODPRE}(?P<mon>{MON}),?\s+(?:of\s+)?{YEAR}", _month_year),
        ("iso", rf"(?<![\w./-]){YEAR}-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])", _iso),
        ("numeric", r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})"
                    r"(?![\w/-]|\.\d)(?!\s*[ap]\.?m\b)", _numeric),
        ("numeric_ymd", rf"(?<![\w./-]){YEAR}/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?![\w/])", _numeric_ymd),
        ("weekday", rf"{B}(?:(?P<rel>{REL})\s+)?(?P<wd>{WDFULL})(?:'s)?(?:\s+(?P<part>{PART}))?", _weekday),
        ("deictic", rf"{B}(?P<deictic>{DEICTIC})(?:\s+{PART})?", _deictic),
        ("relative_unit", rf"{B}{MODPRE}(?P<the>the\s+)?(?P<rel>{REL})\s+(?P<unit>{UNIT})s?\b",
         _relative_unit),
        ("weekend", rf"{B}(?:over|at|during|on)\s+(?P<expr>the\s+weekend)\b", _the_weekend),
        ("ago", rf"{B}(?P<num>\d+|{NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+"
                r"(?P<dir>ago|earlier|later|before|from\s+now|hence)\b", _ago),
        ("month", rf"{B}{MODPRE}(?:(?P<rel>last|this|next|coming|past)\s+)?(?:the\s+month\s+of\s+)?"
                  rf"(?P<mon>{MONFULL})(?![\w-])(?!\s+\d)", _bare_month),
        ("year", rf"(?<![\w.,$£€#/-]){MODPRE}(?P<fiscal>(?:fiscal(?:\s+year)?|fy)\s*)?{YEAR}"
                 r"(?:[-\u2013](?:(?P<year2>(?:1[6-9]|20|21)\d\d)|(?P<y2>\d\d))(?![\w-]))?"
                 r"(?![,.]\d|-\d|\s*(?:%|percent\b))", _bare_year),
        ("decade", rf"{B}(?:the\s+)?{MODPRE}(?:(?P<dec>(?:1[0-9]|20)\d0)s|'(?P<dec2>\d0)s)\b", _decade),
        ("century", rf"{B}(?:the\s+)?{MODPRE}\d{{1,2}}(?:st|nd|rd|th)[\s-]+century\b", _century),
        ("season", rf"{B}{MODPRE}(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<season>{SEASON})"
                   rf"(?:\s+(?:of\s+)?{YEAR})?\b", _season),
        ("holiday", rf"{B}(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<holiday>{HOLIDAY})"
                    rf"(?:,?\s+(?:of\s+)?{YEAR})?", _holiday),
        ("unit_edge", rf"{B}the\s+(?:end|beginning|start|middle|turn)\s+of\s+the\s+(?P<unit>year|month)\b"
                      r"(?!\s+(?:before|after|earlier|later))",
         _unit_edge),
        ("anaphoric", rf"{B}(?:the\s+(?:same|previous|following|next|preceding)\s+"
                      r"(?:day|week|month|year|morning|afternoon|evening|night)"
                      r"|that\s+(?:day|week|month|year|morning|afternoon|evening|night)"
                      r"|the\s+day\s+(?:before|after)|the\s+(?:week|month|year)\s+(?:before|after))\b", _anaphoric),
    ]
    # Probes: a piece every match holds, without the optional words in front, so that
    # ``re`` can skip to the characters it starts with (best a literal: "-" of "2019-12-03").  A text (lower-cased) where the
    # probe is not found is not scanned with the pattern at all.
    # A month name or abbreviation by its first three letters: an alternation of a
    # dozen short literals that ``re`` tries far faster than the names themselves.
    STEM = "(?:" + "|".join(sorted({w[:3] for k in ("month", "month_abbr") for w in lex.table(k)})) \
        + r")[a-z]*\.?"
    ORD = r"(?:st|nd|rd|th)?"
    TO = r"\s*(?:-|\u2013|to|and|until|through)\s*"
    probes = {
        "day_month_year": rf"\d{ORD}\s+(?:of\s+)?{STEM}",
        "month_day_year": rf"{STEM}\s+\d",
        "day_range": rf"\d{ORD}{TO}[0-3]?\d{ORD}\s+(?:of\s+)?{STEM}",
        "month_day_range": rf"{STEM}\s+[0-3]?\d{ORD}{TO}\d",
        "month_year": rf"{STEM},?\s+(?:of\s+)?(?:1[6-9]|20|21)\d\d",
        "iso": r"-\d\d-\d\d",
        "numeric": r"[/.-]\d{1,2}[/.-]\d\d",
        "numeric_ymd": r"/\d{1,2}/\d",
        "relative_unit": rf"{REL}\s+{UNIT}",
        "ago": r"(?:day|week|month|year|decade)s?\s+(?:ago|earlier|later|before|from\s+now|hence)",
        "decade": r"0s",
        "anaphoric": r"th(?:e|at)\s+(?:same|previous|following|next|preceding|day|week|month|year|"
                     r"morning|afternoon|evening|night)",
    }
    # Literals are written in lower case: the case-sensitive twin runs on the lower-cased text.
    return tuple(Pattern(name, re.compile(rx, re.IGNORECASE), h,
                         re.compile(rx) if lowercase_only(rx) else None, required_literals(rx, re.IGNORECASE),
                         re.compile(probes[name]) if name in probes and lowercase_only(probes[name]) else None)
                 for name, rx, h in specs)
