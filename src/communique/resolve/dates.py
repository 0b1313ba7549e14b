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
  are left out;
- a release number stamped with a year and month in the head ("2011-07-S-039")
  is a month-precision date; when the text has no publication day it is the
  anchor: "June 25" gets its year from it, "yesterday" stays unresolved.

For events, :func:`date_for_span` gives the date stated in an event's own words
and :func:`document_date_for_event` the document's date, at lowered precision,
for an event whose words state none.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from ..config import Config, DatesConfig, default_config
from ..document import DateMention, Document, Span
from ..pipeline import stage
from ..structure.api import release_number_month
from .temporal import find_dates, load_lexicon
from .temporal.tense import governing_verb

log = logging.getLogger(__name__)

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@stage("dates", requires=("spacy", "mentions"), sets=("dates", "event_date_fallback"))
def dates_stage(settings: DatesConfig, config: Config):
    """Date expressions resolved to ISO values with precision."""
    date_order = settings.date_order   # choices checked by the config model
    fallback = settings.event_date_fallback
    lexicon = load_lexicon()

    def dates(doc: Document) -> Document:
        doc.dates = resolve_dates(doc, date_order=date_order, lexicon=lexicon)
        doc.workspace.event_date_fallback = fallback
        return doc

    return dates


def anchor_of(doc: Document) -> date | None:
    """The publication date as a date, or None when absent, malformed or not a day."""
    value, precision = publication_anchor(doc)
    return value if precision == "day" else None


def publication_anchor(doc: Document) -> tuple[date | None, str | None]:
    """(date, "day") for a publication day; (first of the month, "month") for a text
    dated only by a release number in its head; (None, None) otherwise."""
    if not doc.published:
        ref = release_number(doc)
        return (date(ref[0], ref[1], 1), "month") if ref else (None, None)
    m = _PUBLISHED.fullmatch(doc.published[:10]) or _PUBLISHED.fullmatch(doc.published)
    try:
        if m and m.group(3):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
        if m:
            return date(int(m.group(1)), int(m.group(2)), 1), "month"
    except ValueError:
        pass
    doc.add_error("dates.bad_published",
                  f"publication date {doc.published!r} is not YYYY-MM-DD or YYYY-MM", stage="dates")
    return None, None


_PUBLISHED = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_HEAD_CHARS = 400  # where to look for a release number when no body section was found


def release_number(doc: Document) -> tuple[int, int, int, int] | None:
    """(year, month, start, end) of a YYYY-MM-CODE-NNN release number in the head
    (before the body), or None."""
    body = doc.section("body")
    head_end = body.start if body is not None else min(len(doc.text), _HEAD_CHARS)
    return release_number_month(doc.text, head_end)


def resolve_dates(doc: Document, *, date_order: str = "DMY", lexicon=None) -> list[DateMention]:
    sdoc = doc.workspace.spacy
    entities = [(m.start, m.end, m.label) for m in doc.mentions]
    if sdoc is not None:  # every spaCy entity, so cardinals and money veto bare years
        entities += [(e.start_char, e.end_char, e.label_) for e in sdoc.ents if e.label_ != "DATE"]
    anchor, precision = publication_anchor(doc)
    found = find_dates(doc.text, anchor, sdoc=sdoc, entities=entities, date_order=date_order,
                       lexicon=lexicon, anchor_precision=precision or "day")
    out = [DateMention(x.start, x.end, x.text, x.value, x.precision, x.reason) for x in found]
    ref = release_number(doc)
    if ref and not any(m.start < ref[3] and ref[2] < m.end for m in out):
        out.append(DateMention(ref[2], ref[3], doc.text[ref[2]:ref[3]], f"{ref[0]:04d}-{ref[1]:02d}",
                               "month", None))
        out.sort(key=lambda m: (m.start, m.end))
    return out


def date_for_span(doc: Document, start: int, end: int,
                  keep=None) -> tuple[str | None, str | None, DateMention | None]:
    """The date stated inside ``[start, end)`` for what happens there.

    Left out: the bounds of a period ("since Oct. 1", "until Friday"), which do not
    date the act.  Among the rest, a date naming a noun before it ("the July 2
    attack") only when nothing else is there; then the most precise (day over month
    over year), a date of a verb before a date hung on a noun ("an attack Jan. 7 ...
    detaining four yesterday"), the first of equals.  (None, None, None) if none.
    ``keep(offset)``, when given, says which dates (by start offset) may be chosen: the
    event coder passes the event's own words (:mod:`communique.events.attach`).
    """
    inside = [d for d in doc.dates if d.value and start <= d.start and d.end <= end
              and (keep is None or keep(d.start))]
    roles = {id(d): date_role(doc, d) for d in inside}
    inside = [d for d in inside if roles[id(d)] != "bound"]
    if not inside:
        return None, None, None
    best = min(inside, key=lambda d: (roles[id(d)] == "modifier", PRECISION_RANK.get(d.precision or "", 3),
                                      _ROLE_RANK[roles[id(d)]], d.start))
    return best.value, best.precision, best


def document_date_for_event(doc: Document) -> tuple[str | None, str | None, list[Span]]:
    """The date an event gets from its document when its own words state none:
    (value, precision, evidence spans), or (None, None, []).

    A text reports what happened on or before its publication day, rarely on that
    day alone, so by default (``[dates] event_date_fallback = "month"``) the event
    gets the publication month ("2019-12", precision "month"): aggregating by day
    never counts it on the publication day, aggregating by month keeps it.  "day"
    gives the publication day itself (the story-date convention of older event
    data sets), "none" no date.  A text dated only by a release number gives its
    month whatever the setting.  The spans point at what gave the date (the date
    line, the release number), outside the event's words.
    """
    mode = doc.workspace.event_date_fallback or default_config().dates.event_date_fallback
    if mode == "none":
        return None, None, []
    anchor, precision = publication_anchor(doc)
    if anchor is None:
        return None, None, []
    if precision == "month":
        ref = release_number(doc)
        return anchor.isoformat()[:7], "month", [Span(ref[2], ref[3])] if ref else []
    spans = _publication_spans(doc)
    if mode == "day":
        return anchor.isoformat(), "day", spans
    return anchor.isoformat()[:7], "month", spans


def _publication_spans(doc: Document) -> list[Span]:
    where = doc.workspace.dateline_date
    if where and where[2]:
        return [Span(where[0], where[1])]
    line = doc.section("dateline")
    return [Span(line.start, line.end)] if line is not None else []


# Words that make a date the edge of a period rather than the time of an act.
_BOUND = re.compile(r"\b(?:since|until|till|untill)\s*$", re.IGNORECASE)
_ROLE_RANK = {"clause": 0, "noun": 1, "modifier": 2, "bound": 3}


def date_role(doc: Document, mention: DateMention) -> str:
    """How a date attaches in its sentence:

    - ``bound``: the edge of a period ("since Oct. 1", "until Friday");
    - ``modifier``: it names a noun that follows ("the July 2 attack", "the 2011 vote");
    - ``noun``: the parser hangs it on a noun before it ("an attack Jan. 7"), which may
      be the noun's date or a misattached adverb ("in Khost province yesterday");
    - ``clause``: a verb's, or unknown (no parse).
    """
    if _BOUND.search(doc.text, max(0, mention.start - 12), mention.start):
        return "bound"
    sdoc = doc.workspace.spacy
    if sdoc is None:
        return "clause"
    span = sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "clause"
    root = span.root
    head = root.head
    if head == root or head.pos_ not in ("NOUN", "PROPN"):
        return "clause"
    if head.i > span.end - 1 and root.dep_ in ("nmod", "compound", "amod", "npadvmod", "nummod"):
        return "modifier"
    return "noun"


def is_reporting_date(doc: Document, mention: DateMention) -> bool:
    """True when the date belongs to a verb of saying ("ISAF today confirmed the
    capture ...", "said on Friday"): the date of the report, not of what it reports.

    Only a date hung on the verb itself (directly, or through "on"/"at"): "June 14" in
    "confirmed the capture ... in Zabul province, June 14" dates the capture.
    """
    sdoc = doc.workspace.spacy
    verb = governing_verb(sdoc, mention.start, mention.end)
    if verb is None or verb.lemma_.lower() not in load_lexicon().table("reporting_verb"):
        return False
    span = sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ in ("on", "at"):
        head = head.head
    return head == verb


# "VELORIA, Ruritania (Mar. 4, 2019)": a place in capitals, then the date in brackets.
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
