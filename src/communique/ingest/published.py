"""A publication stamp as people and scrapers write it, read as a calendar day.

One reader for every place a caller hands us a publication date: ``--published``, the
``published`` field of JSONL records and the date in an HTML page's metadata.  Accepted:
ISO dates and datetimes with any zone ("2009-03-25 00:26:05.176582-05"), RFC 2822 ("Wed, 23
Nov 2016 23:30:00 -0500"), day-month-year and month-day-year in words ("17 December 2016",
"Wed Nov 23, 2016 | 3:01pm EST", "Nov 22, 2016 4:30 PM MT"), and numeric dates whose order
is unambiguous ("14/02/2022", "2016/11/23").

The day is the one written, in the zone the stamp states: a time and a zone never move
it (a statement stamped 23:30 EST was published on that day where it was issued, though
it was already the next day in UTC).  Anything else raises :class:`UnreadableDate` with
the reason: relative words ("yesterday"), a missing part ("Nov 23"), an ambiguous order
("03/04/2016"), an impossible day, a day in the future.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from email.utils import parsedate_tz
from functools import lru_cache

EARLIEST_YEAR = 1800
# A stamp a day or two ahead of this machine's clock is a zone away, not the future.
_FUTURE_SLACK = timedelta(days=2)

_ISO_HEAD = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])")
_ISO_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?=$|T)")
_RFC2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_YEAR_FIRST = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_YEAR_LAST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
# "Posted:", "Updated on", "Published" before the stamp.
_LABEL = re.compile(r"^(?:(?:first\s+)?(?:posted|published|updated|released|issued|last\s+updated|"
                    r"date|dated)\b(?:\s+on)?\s*:?\s*)+", re.I)
# A time of day with what may follow it: seconds, fractions, am/pm and a zone as a name,
# abbreviation or offset ("3:01pm EST", "4:30 PM MT", "23:30:00 -0500", "11:45 p.m. ET").
# Dropped before dateparser sees the stamp: the day never depends on them, and dateparser
# does not know every zone abbreviation (MT, ET).
_TIME = re.compile(
    r"(?:\bat\s+)?\b\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\s*(?:[ap]\.?\s?m\b\.?)?"
    r"|(?:\bat\s+)?\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?", re.I)
_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC"
_ZONE = re.compile(
    rf"\s*(?:\(?(?!(?:{_MONTHS})\b)(?:[A-Z]{{1,5}}\b|UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?|[+-]\d{2}:?\d{2}|Z\b)")
_ASIDE = re.compile(r"\([^()]*\)")   # "(AP)", "(updated)"
_SEPARATORS = re.compile(r"\s*[|•·—–]\s*|\s+")


class UnreadableDate(ValueError):
    """The stamp is not a publication day; the message says why."""


def parse_published(value: object, *, today: date | None = None) -> str | None:
    """The calendar day (YYYY-MM-DD) that ``value`` states, or None when it is empty.

    Raises :class:`UnreadableDate` when the value is not a day we can trust.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise UnreadableDate(f"expected a date as text, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    day = _read(text)
    limit = (today or date.today()) + _FUTURE_SLACK
    if day.year < EARLIEST_YEAR:
        raise UnreadableDate(f"{value!r} is before {EARLIEST_YEAR}")
    if day > limit:
        raise UnreadableDate(f"{value!r} is in the future")
    return day.isoformat()


def _read(text: str) -> date:
    for pattern in (_ISO_HEAD, _ISO_BASIC):
        m = pattern.match(text)
        if m:
            return _day(text, *map(int, m.groups()))
    if _RFC2822.match(text):
        parts = parsedate_tz(text)
        if parts:
            return _day(text, parts[0], parts[1], parts[2])
    m = _YEAR_FIRST.match(text)
    if m:
        return _day(text, *map(int, m.groups()))
    m = _YEAR_LAST.match(text)
    if m:
        return _numeric(text, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _in_words(text)


def _day(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise UnreadableDate(f"{text!r} is not a real day") from None


def _numeric(text: str, first: int, second: int, year: int) -> date:
    """dd/mm/yyyy or mm/dd/yyyy: only when one of the two cannot be a month."""
    if first > 12 >= second:
        return _day(text, year, second, first)
    if second > 12 >= first:
        return _day(text, year, first, second)
    if first == second:
        return _day(text, year, first, first)
    if first > 12 and second > 12:
        raise UnreadableDate(f"{text!r} is not a real day")
    raise UnreadableDate(f"{text!r} is ambiguous: day and month could be either way round "
                         "(write it as YYYY-MM-DD)")


def _in_words(text: str) -> date:
    cleaned = _without_times(_LABEL.sub("", text))
    cleaned = _SEPARATORS.sub(" ", _ASIDE.sub(" ", cleaned)).strip(" ,;")
    if not re.search(r"\d{4}", cleaned):
        raise UnreadableDate(f"{text!r} does not state a four-digit year")
    if not re.search(r"[A-Za-z]", cleaned):
        m = _YEAR_LAST.match(cleaned.replace(" ", ""))
        if m:
            return _numeric(text, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        found = _parser().get_date_data(cleaned)
    except Exception:  # dateparser raises a variety of errors on odd input
        found = None
    when = found.date_obj if found is not None else None
    if when is None:
        raise UnreadableDate(f"{text!r} is not a date we can read (day, month and year)")
    return when.date()


def _without_times(text: str) -> str:
    out, pos = [], 0
    for m in _TIME.finditer(text):
        out.append(text[pos:m.start()])
        zone = _ZONE.match(text, m.end())
        pos = zone.end() if zone else m.end()
    out.append(text[pos:])
    return " ".join(out)


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    # Strict: day, month and year must all be written; no relative words ("yesterday",
    # "2 days ago"), no bare numbers taken as timestamps; never a shift to another zone.
    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": "DMY"}
    return DateDataParser(languages=["en"], settings=settings)
