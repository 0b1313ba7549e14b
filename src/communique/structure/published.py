"""The publication date of a statement, and which part of the input gave it.

Order of trust:

1. ``input``: a date the caller gave (``--published``, a JSONL ``published``) always wins.
2. ``dateline``: the date line of the head (a date line, an agency dateline, a dated headline).
3. ``signature``: a date in the signature block.
4. ``metadata``: the page's metadata date (HTML), the weakest: it is often the crawl or
   update date.

When the head date and the signature date are both present and lie more than
``max_signature_gap_days`` apart, the signature date is used: the signature is what the
issuer dated the statement with, while a head date that far off is usually a page date
(an update, a re-post) or a date in the headline that names the event, not the release.
The disagreement is kept as a ``notice.date_disagreement`` error entry so that it can be
audited.  Within the gap the head date is kept (a release dated the day after signing is
normal).  A date line that gives no year takes it from an anchor: the input or metadata
date, a release number such as 2011-11-S-034, or the signature date.

A release number stamped with a year and month ("2011-07-S-039", "2019/12/PR/045") in the
head is a publication clue of month precision (:func:`release_month`): it anchors a date
line without a year, and when nothing else dates the text the dates stage uses it as a
month anchor.  ``doc.published`` stays a day (YYYY-MM-DD) or None: a release number
never makes up a publication day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dateline import DateLine
from .layout import Layout

_REF_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/](0[1-9]|1[0-2])(?!\d)")
# A release number stamped with its year and month: "2011-07-S-039", "2010-07-CA-046",
# "2019/12/PR/045" (an office code of capitals, then a serial number).
_RELEASE_NUMBER = re.compile(
    r"(?<![\w/-])((?:19|20)\d{2})([-/])(0[1-9]|1[0-2])\2[A-Z]{1,5}\2\d{1,5}(?![\w/-])")


@dataclass(frozen=True, slots=True)
class Publication:
    value: str | None
    source: str | None
    notices: tuple[tuple[str, str], ...] = ()
    dateline: DateLine | None = None   # the head date line used (or found)


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def release_month(text: str, layout: Layout) -> tuple[int, int] | None:
    """(year, month) of the first release number in the head: a whole reference line
    ("2019-04-S-007" alone on its line), or one stamped YYYY-MM-CODE-NNN inside a head
    line ("Joint Command 2019-03-XB-112 For Immediate Release")."""
    for ref in layout.references:
        m = _REF_MONTH.search(ref.text)
        if m:
            return int(m.group(1)), int(m.group(2))
    found = release_number_month(text, layout.body[0] if layout.body else len(text))
    return found[:2] if found else None


def release_number_month(text: str, head_end: int) -> tuple[int, int, int, int] | None:
    """(year, month, start, end) of the first YYYY-MM-CODE-NNN release number in
    ``text[:head_end]``, or None."""
    m = _RELEASE_NUMBER.search(text, 0, head_end)
    return (int(m.group(1)), int(m.group(3)), m.start(), m.end()) if m else None


def _anchor(text: str, layout: Layout, hints: list[date | None]) -> date | None:
    for h in hints:
        if h:
            return h
    ref = release_month(text, layout)
    if ref:
        return date(ref[0], ref[1], 15)
    for dl in layout.signature_dates + layout.datelines:
        if dl.date and dl.date.year:
            return dl.date.resolve()
    return None


def decide(text: str, layout: Layout, *, input_date: str | None, metadata_date: str | None,
           max_gap_days: int) -> Publication:
    given, meta = _iso(input_date), _iso(metadata_date)
    anchor = _anchor(text, layout, [given, meta])
    notices: list[tuple[str, str]] = []

    head, head_line = None, None
    for dl in sorted(layout.datelines, key=lambda d: d.kind == "title"):  # title dates last
        if dl.date is None:
            continue
        head = dl.date.resolve(anchor)
        if head:
            head_line = dl
            break
        notices.append(("notice.dateline_no_year",
                         f"the date line {text[dl.date.start:dl.date.end]!r} gives no year "
                         "and nothing in the text anchors one"))
    sig = next((d for dl in reversed(layout.signature_dates) if dl.date
                and (d := dl.date.resolve(anchor or head))), None)

    if given:
        found = head or sig
        if found and abs((found - given).days) > max_gap_days:
            notices.append(("notice.date_disagreement",
                            f"the text is dated {found.isoformat()} but the input gave "
                            f"{given.isoformat()}; using the input date"))
        return Publication(given.isoformat(), "input", tuple(notices), head_line)
    if head and sig and abs((head - sig).days) > max_gap_days:
        notices.append(("notice.date_disagreement",
                        f"the date line says {head.isoformat()} but the signature says "
                        f"{sig.isoformat()} ({abs((head - sig).days)} days apart, more than "
                        f"{max_gap_days}); using the signature date"))
        return Publication(sig.isoformat(), "signature", tuple(notices), head_line)
    if head:
        return Publication(head.isoformat(), "dateline", tuple(notices), head_line)
    if sig:
        return Publication(sig.isoformat(), "signature", tuple(notices), head_line)
    if meta:
        return Publication(meta.isoformat(), "metadata", tuple(notices), head_line)
    return Publication(None, None, tuple(notices), head_line)
