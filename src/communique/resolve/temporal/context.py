"""What a date rule knows of its match: the text, the anchor date, the tense and
spaCy's entities (:class:`Context`), and what it returns (:class:`Found`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from . import calendar as cal
from .calendar import FUTURE, PAST, Resolution
from .lexicon import Lexicon
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


def one(m: re.Match, res: Resolution, kind: str) -> list[Found]:
    """The whole match as one date."""
    return [Found(m.start(), m.end(), res, kind)]


def capitalised(word: str) -> bool:
    return word[:1].isupper()
