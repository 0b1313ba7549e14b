"""Finding and resolving every date expression in a text.

The grammar (``grammar.py``) proposes candidate expressions; the longest
accepted one wins where candidates overlap.  spaCy DATE entities the grammar
did not cover are then classified: durations ("five hours"), frequencies
("annual"), ages and vague references ("recent weeks") are not dates and are
left out; anything else is kept, resolved by dateparser when it states a year,
otherwise unresolved with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Any

from .calendar import Resolution, unresolved
from .context import Context, Found
from .fallback import parse_with_year
from .grammar import build_patterns
from .lexicon import Lexicon, load_lexicon
from .prefilter import lowered

# spaCy DATE entities that are not calendar dates.
_NOT_A_DATE = re.compile(
    r"""^(?:the\s+|a\s+|an\s+|about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+|less\s+than\s+
          |at\s+least\s+|up\s+to\s+|some\s+|for\s+|past\s+|last\s+|next\s+|first\s+|coming\s+|recent\s+|few\s+)*
       (?:
          (?:between\s+)?[\w.,-]+(?:\s+(?:and|to|or)\s+[\w.,-]+)?(?:\s+[\w.,-]+)?[\s-]+(?:second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?
            (?:[\s-]+old|[\s-]+long)?              # durations and ages: "five hours", "three years"
        | (?:second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?   # "weeks", "the years"
        | \d+[\s-]+(?:years?|months?)[\s-]+old|aged?\s+\d+    # ages
        | daily|weekly|monthly|yearly|annual(?:ly)?|quarterly|biannual|every\s+\w+(?:\s+\w+)?
        | recent(?:ly)?|now|nowadays|currently|then|future|past|present|time|times|once|soon|later|earlier|ages
        | \d+                                     # a bare number the grammar did not take as a year
       )$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class DateExpression:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    reason: str | None
    kind: str


def find_dates(text: str, anchor: date | None, *, sdoc: Any = None,
               entities: list[tuple[int, int, str]] | None = None,
               date_order: str = "DMY", lexicon: Lexicon | None = None,
               anchor_precision: str = "day") -> list[DateExpression]:
    """Every date expression in ``text``, in text order, resolved against ``anchor``.

    ``entities`` are (start, end, label) spans from a NER model (spaCy labels);
    ``sdoc`` is the spaCy Doc over ``text``, used for the tense of a clause.
    ``anchor_precision`` "month" says only the anchor's month is known (a release
    number): years of "June 25" and "in May" are placed, "yesterday" is not.
    """
    if anchor_precision not in ("day", "month"):
        raise ValueError(f"anchor_precision must be 'day' or 'month', not {anchor_precision!r}")
    lex = lexicon or load_lexicon()
    entities = entities or []
    ctx = Context(text, anchor, lex, date_order, sdoc, entities,
                  frozenset(lex.table("future_verb")), frozenset(lex.table("temporal_preposition")),
                  frozenset(lex.table("reporting_verb")), anchor_precision)
    found, rejected = _grammar_dates(text, ctx, lex)
    # Entities the grammar took, or judged not to be dates ("Bloody Sunday"), are done.
    judged = [(f.start, f.end) for f in found] + rejected
    for start, end, label in entities:
        if label != "DATE" or any(s < end and start < e for s, e in judged) \
                or _inside_identifier(text, start, end):
            continue
        res = _classify_entity(text[start:end], ctx.day_anchor, date_order, _calendar_words(lex))
        if res is not None:
            found.append(Found(start, end, res, "entity"))
    found.sort(key=lambda f: (f.start, f.end))
    return [DateExpression(f.start, f.end, text[f.start:f.end], f.resolution.value,
                           f.resolution.precision, f.resolution.reason, f.kind) for f in found]


def _grammar_dates(text: str, ctx: Context, lex: Lexicon) -> tuple[list[Found], list[tuple[int, int]]]:
    """Accepted dates, and the spans of candidates judged not to be dates."""
    candidates = []
    low, seen = lowered(text), {}
    for order, pattern in enumerate(build_patterns(lex)):
        for m in pattern.finditer(text, low, seen):
            if m.end() > m.start():
                candidates.append((m, pattern, order))
    # Longest first, then leftmost, then the order of the patterns.
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[0].start(), c[2]))
    taken: list[tuple[int, int]] = []
    rejected: list[tuple[int, int]] = []
    found: list[Found] = []
    for m, pattern, _ in candidates:
        s, e = m.start(), m.end()
        if any(ts < e and s < te for ts, te in taken):
            continue
        items = pattern.handler(m, ctx)
        if items:
            taken.append((s, e))
            found.extend(items)
        else:
            rejected.append((s, e))
    rejected = [r for r in rejected if not any(ts < r[1] and r[0] < te for ts, te in taken)]
    return found, rejected


def _classify_entity(text: str, anchor: date | None, date_order: str,
                     calendar_words: re.Pattern) -> Resolution | None:
    """None for entities that are not dates; else a resolution (maybe unresolved).

    An entity the grammar did not take is kept only when it names something of
    the calendar (a month, weekday, season or a four-digit year): spaCy also
    labels ages, counts and stray words DATE.
    """
    clean = " ".join(text.split()).strip(" ,.;:'\"()")
    if not clean or _NOT_A_DATE.match(clean) or not calendar_words.search(clean):
        return None
    res = parse_with_year(clean, anchor, date_order)
    if res is not None:
        return res
    if not re.search(r"\d", clean) and _SEASON.search(clean):
        return unresolved("a season with no year")
    return unresolved("date expression not understood")


_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """A date-looking piece of a code such as a release number "2011-06-S-046", or
    the whole code (its year and month are the structure stage's publication clue)."""
    if _IDENTIFIER.fullmatch(text, start, end):
        return True
    after = text[end:end + 2]
    before = text[max(0, start - 2):start]
    return (len(after) == 2 and after[0] in "-/_" and after[1].isalnum()) or \
        (len(before) == 2 and before[1] in "-/_" and before[0].isalnum())


# A release number: a year and month, an office code in capitals, a serial ("2011-07-S-039").
_IDENTIFIER = re.compile(r"\d{4}([-/])\d{1,2}\1[A-Z]{1,5}\1\d+\w*")


@lru_cache(maxsize=4)
def _calendar_words(lex: Lexicon) -> re.Pattern:
    names = lex.alternation("month", "month_abbr", "weekday", "season", "holiday")
    return re.compile(rf"(?<![\w-])(?:{names}|(?:1[6-9]|20|21)\d\d(?!\d))", re.IGNORECASE)
