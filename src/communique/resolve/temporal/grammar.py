"""Date expressions as regular patterns, each with the rule that resolves it.

Every pattern is compiled once per lexicon, with a case-sensitive twin for the
lower-cased text and the cheap tests of ``prefilter.py`` that skip it on texts
where it cannot match (the same matches in about 40 % of the time).  A handler
gets the match and a :class:`Context` (anchor date, tense lookup, spaCy
entities) and returns the dates it stands for ([] when the match is not a date
after all, such as the modal "may" or a bare number with no temporal
preposition before it).  The rules are in :mod:`.days` (a day named) and
:mod:`.periods` (weeks, months, years and wider); what they read, in :mod:`.context`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .context import Context, Found
from .days import (day_range, deictic, explicit_day, holiday, iso, month_day_range, month_year, numeric,
                   numeric_ymd, weekday)
from .lexicon import Lexicon
from .periods import (ago, anaphoric, bare_month, bare_year, century, decade, relative_unit, season,
                      the_weekend, unit_edge)
from .prefilter import Requirement, holds_one, lowercase_only, ordered_requirement, required_literals


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
    ORD = r"(?:st|nd|rd|th)?"
    TO = r"\s*(?:-|\u2013|to|and|until|through)\s*"     # between the two ends of a range
    DAY = rf"(?<!\d)(?P<day>[0-3]?\d){ORD}(?!\d)"
    YEAR = r"(?P<year>(?:1[6-9]|20|21)\d\d)(?![\d])"
    YY = r"'(?P<yy>\d\d)(?!\d)"                           # '19
    RELPRE = r"(?:(?P<rel>last|this|next|coming|past)\s+)?"  # "last summer", "next Easter"
    WDPRE = rf"(?:(?P<wd>{WDAY})(?:'s)?(?:\s+{PART})?,?\s+(?:the\s+)?)?"
    MODPRE = rf"(?:(?P<mod>{MOD})[\s-]+)?"
    EOL = r"(?=[ \t]*(?:\r?\n|\Z))"

    specs = [
        ("day_month_year", rf"{B}{WDPRE}{DAY}\s+(?:of\s+)?(?P<mon>{MON})"
                           rf"(?:,?\s*(?:{YEAR}|{YY}|(?P<yyeol>\d\d){EOL}))?", explicit_day),
        ("month_day_year", rf"{B}{WDPRE}(?P<mon>{MON})\s+{DAY}(?![\d:%])(?!\s*(?:percent|per\s+cent)\b)"
                           rf"(?:(?:,\s*|\s+){YEAR}|,?\s*{YY})?", explicit_day),
        ("day_range", rf"{B}(?P<day1>[0-3]?\d){ORD}{TO}"
                      rf"(?P<rest>(?<!\d)(?P<day2>[0-3]?\d){ORD}(?!\d)\s+(?:of\s+)?(?P<mon>{MON})"
                      rf"(?:,?\s*(?:{YEAR}|{YY}))?)", day_range),
        ("month_day_range", rf"{B}(?P<rest>(?P<mon>{MON})\s+(?P<day1>[0-3]?\d){ORD}){TO}"
                            rf"(?P<day2>[0-3]?\d){ORD}(?![\d:%])(?:,?\s+{YEAR})?", month_day_range),
        ("month_year", rf"{B}{MODPRE}(?P<mon>{MON}),?\s+(?:of\s+)?{YEAR}", month_year),
        ("iso", rf"(?<![\w./-]){YEAR}-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])", iso),
        ("numeric", r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})"
                    r"(?![\w/-]|\.\d)(?!\s*[ap]\.?m\b)", numeric),
        ("numeric_ymd", rf"(?<![\w./-]){YEAR}/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?![\w/])", numeric_ymd),
        ("weekday", rf"{B}(?:(?P<rel>{REL})\s+)?(?P<wd>{WDFULL})(?:'s)?(?:\s+(?P<part>{PART}))?", weekday),
        ("deictic", rf"{B}(?P<deictic>{DEICTIC})(?:\s+{PART})?", deictic),
        ("relative_unit", rf"{B}{MODPRE}(?P<the>the\s+)?(?P<rel>{REL})\s+(?P<unit>{UNIT})s?\b",
         relative_unit),
        ("weekend", rf"{B}(?:over|at|during|on)\s+(?P<expr>the\s+weekend)\b", the_weekend),
        ("ago", rf"{B}(?P<num>\d+|{NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+"
                r"(?P<dir>ago|earlier|later|before|from\s+now|hence)\b", ago),
        ("month", rf"{B}{MODPRE}{RELPRE}(?:the\s+month\s+of\s+)?"
                  rf"(?P<mon>{MONFULL})(?![\w-])(?!\s+\d)", bare_month),
        ("year", rf"(?<![\w.,$£€#/-]){MODPRE}(?P<fiscal>(?:fiscal(?:\s+year)?|fy)\s*)?{YEAR}"
                 r"(?:[-\u2013](?:(?P<year2>(?:1[6-9]|20|21)\d\d)|(?P<y2>\d\d))(?![\w-]))?"
                 r"(?![,.]\d|-\d|\s*(?:%|percent\b))", bare_year),
        ("decade", rf"{B}(?:the\s+)?{MODPRE}(?:(?P<dec>(?:1[0-9]|20)\d0)s|'(?P<dec2>\d0)s)\b", decade),
        ("century", rf"{B}(?:the\s+)?{MODPRE}\d{{1,2}}(?:st|nd|rd|th)[\s-]+century\b", century),
        ("season", rf"{B}{MODPRE}{RELPRE}(?P<season>{SEASON})"
                   rf"(?:\s+(?:of\s+)?{YEAR})?\b", season),
        ("holiday", rf"{B}{RELPRE}(?P<holiday>{HOLIDAY})"
                    rf"(?:,?\s+(?:of\s+)?{YEAR})?", holiday),
        ("unit_edge", rf"{B}the\s+(?:end|beginning|start|middle|turn)\s+of\s+the\s+(?P<unit>year|month)\b"
                      r"(?!\s+(?:before|after|earlier|later))",
         unit_edge),
        ("anaphoric", rf"{B}(?:the\s+(?:same|previous|following|next|preceding)\s+"
                      r"(?:day|week|month|year|morning|afternoon|evening|night)"
                      r"|that\s+(?:day|week|month|year|morning|afternoon|evening|night)"
                      r"|the\s+day\s+(?:before|after)|the\s+(?:week|month|year)\s+(?:before|after))\b", anaphoric),
    ]
    # Probes: a piece every match holds, without the optional words in front, so that
    # ``re`` can skip to the characters it starts with (best a literal: "-" of "2019-12-03").  A text (lower-cased) where the
    # probe is not found is not scanned with the pattern at all.
    # A month name or abbreviation by its first three letters: an alternation of a
    # dozen short literals that ``re`` tries far faster than the names themselves.
    STEM = "(?:" + "|".join(sorted({w[:3] for k in ("month", "month_abbr") for w in lex.table(k)})) \
        + r")[a-z]*\.?"
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
