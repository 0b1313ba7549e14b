"""dateparser as a guarded second opinion for date entities our grammar does not know.

dateparser happily turns "the 99th day" into 1999 and "the 1990s" into a time
of day, so its answer is taken only when the expression states a four-digit
year and dateparser's date keeps that year; its ``period`` gives the precision.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from . import calendar as cal
from .calendar import Resolution

_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_PERIOD_PRECISION = {"day": "day", "month": "month", "year": "year", "quarter": "year"}


@lru_cache(maxsize=64)
def _parser(anchor: date | None, date_order: str):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": date_order,
                "RETURN_TIME_AS_PERIOD": True}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def parse_with_year(text: str, anchor: date | None, date_order: str) -> Resolution | None:
    """A resolution for ``text`` when it names a year and dateparser agrees; else None."""
    years = set(_YEAR.findall(text))
    if len(years) != 1:
        return None
    try:
        data = _parser(anchor, date_order).get_date_data(text)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    when, precision = data.date_obj, _PERIOD_PRECISION.get(data.period or "")
    if when is None or precision is None or str(when.year) not in years:
        return None
    if precision == "day":
        return cal.day(when.date())
    if precision == "month":
        return cal.month(when.year, when.month)
    return cal.year(when.year)
