"""The dates stage: date expressions resolved to ISO values with a precision.

Each expression in ``doc.text`` becomes a :class:`DateMention` with a value
``YYYY-MM-DD`` (day), ``YYYY-MM`` (month) or ``YYYY`` (year), resolved against
``doc.published``; without a publication date only absolute dates resolve and
relative ones keep a reason.  Conventions (see ``temporal/``):

- a bare weekday is the most recent such day, the publication day included,
  unless its clause is about the future ("will meet on Tuesday");
- "last Tuesday" / "next Tuesday" are 1..7 days before / after;
- a month or day-month without a year follows the tense of its clause
  (nearest occurrence when the clause has none);
- a week, weekend or vague span ("a few days ago") is given as the smallest
  month or year holding all of it, never a made-up day;
- decades, centuries, impossible days (31/02/2020) and dates anchored on another
  date in the text ("the next day") stay unresolved with a reason;
- durations, ages and frequencies ("five hours", "annual") are not dates and
  are left out.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from ..document import DateMention, Document
from ..pipeline import stage
from .temporal import find_dates, load_lexicon
from .temporal.tense import governing_verb

log = logging.getLogger(__name__)

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@stage("dates", requires=("mentions",), sets=("dates",))
def dates_stage(settings, config):
    """Date expressions resolved to ISO values with precision."""
    date_order = str(settings.get("date_order", "DMY")).upper()
    if date_order not in ("DMY", "MDY", "YMD"):
        raise ValueError(f"[dates] date_order must be DMY, MDY or YMD, not {date_order!r}")
    lexicon = load_lexicon()

    def dates(doc: Document) -> Document:
        doc.dates = resolve_dates(doc, date_order=date_order, lexicon=lexicon)
        return doc

    return dates


def anchor_of(doc: Document) -> date | None:
    """The publication date as a date, or None when absent or malformed."""
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        doc.add_error("dates.bad_published", f"publication date {doc.published!r} is not YYYY-MM-DD",
                      stage="dates")
        return None


def resolve_dates(doc: Document, *, date_order: str = "DMY", lexicon=None) -> list[DateMention]:
    sdoc = doc.scratch.get("spacy")
    entities = [(m.start, m.end, m.label) for m in doc.mentions]
    if sdoc is not None:  # every spaCy entity, so cardinals and money veto bare years
        entities += [(e.start_char, e.end_char, e.label_) for e in sdoc.ents if e.label_ != "DATE"]
    found = find_dates(doc.text, anchor_of(doc), sdoc=sdoc, entities=entities,
                       date_order=date_order, lexicon=lexicon)
    return [DateMention(x.start, x.end, x.text, x.value, x.precision, x.reason) for x in found]


def date_for_span(doc: Document, start: int, end: int) -> tuple[str | None, str | None, DateMention | None]:
    """The date stated inside ``[start, end)``: the most precise resolved one
    (day over month over year), the first of equals.  (None, None, None) if none."""
    inside = [d for d in doc.dates if d.value and start <= d.start and d.end <= end]
    if not inside:
        return None, None, None
    best = min(inside, key=lambda d: (PRECISION_RANK.get(d.precision or "", 3), d.start))
    return best.value, best.precision, best


def is_reporting_date(doc: Document, mention: DateMention) -> bool:
    """True when the date belongs to a verb of saying ("ISAF today confirmed the
    capture ..."): the date of the report, not of what it reports."""
    verb = governing_verb(doc.scratch.get("spacy"), mention.start, mention.end)
    return verb is not None and verb.lemma_.lower() in load_lexicon().table("reporting_verb")


# "KABUL, Afghanistan (Nov. 20, 2011)": a place in capitals, then the date in brackets.
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'-]+,[^\n(]{0,60}\(\s*$")


def is_heading_date(doc: Document, mention: DateMention) -> bool:
    """True for the date of a date line, title or signature rather than of the body.

    Uses the sections of the structure stage when it marked any besides the
    body; otherwise the shape of the line: a bracketed date after a place in
    capitals, or a short line that is not a sentence.
    """
    named = [s for s in doc.sections if s.name != "body"]
    if named:
        for s in named:
            if s.start <= mention.start < s.end:
                return True
        body = doc.section("body")
        if body is not None and body.start <= mention.start < body.end:
            return bool(_DATELINE.search(doc.text, max(0, mention.start - 80), mention.start))
    if _DATELINE.search(doc.text, max(0, mention.start - 80), mention.start):
        return True
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    line_end = doc.text.find("\n", mention.end)
    line = doc.text[line_start:line_end if line_end != -1 else len(doc.text)].strip()
    return len(line) <= 100 and not line.endswith((".", "!", "?", ".\"", ".\u201d"))
