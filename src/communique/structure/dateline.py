"""Date lines: a line that is a date ("04 December, 19", "Cairo, 4 December 2019",
"Date: 2019-12-04"), a press-agency dateline opening the body ("KABUL, Afghanistan (Jan.
25, 2013) – ..."), or a date closing or opening a headline ("... Operational Update, Jan.
10, 2011", "May 11: ...").  Offsets are into the document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .dates import FoundDate, find_dates

# A place before a date: "Cairo", "KABUL, Afghanistan", "United Nations, New York".
_PLACE = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})?"
_PLACE_PREFIX = re.compile(rf"(?P<place>{_PLACE})\s*[,(]?\s*\(?\s*")
# Agency datelines: a place, then an optional date in brackets or after a comma, then a
# dash.  Without brackets the first word must be in capitals ("KABUL", "UNITED NATIONS"),
# which is what tells a dateline from the first words of a sentence.
_COUNTRY = r"(?:,\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})?"
_AGENCY_PAREN = re.compile(
    rf"(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){{0,3}}{_COUNTRY})\s*\((?P<paren>[^()\n]{{3,40}})\)"
    r"\s*(?:[-–—:]+|(?=\n)|$)"
)
_AGENCY = re.compile(
    rf"(?P<place>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){{0,3}}{_COUNTRY})"
    r"(?:,\s+(?P<comma>[^–—\n]{3,30}?))?\s*(?:[-–—:]+|(?=\n)|$)"
)
# "Nairobi, 3 March 2021 -- ...": a place in any case, then a comma, a date and a dash.
_PLACE_DATE_DASH = re.compile(rf"(?P<place>{_PLACE}),\s+(?P<comma>[^–—\n]{{3,30}}?)\s*[-–—]+")
_TRAIL = re.compile(r"[\s).,:;–—-]*")


@dataclass(frozen=True, slots=True)
class DateLine:
    """A date found on a date line.  ``kind``: line | agency | title."""

    kind: str
    start: int           # the date line (or dateline prefix) in the text
    end: int
    date: FoundDate | None
    place: tuple[int, int] | None = None


def match_date_line(text: str, start: int, end: int, order: str = "DMY") -> DateLine | None:
    """The line ``text[start:end]`` when it is a date, maybe after a label or a place."""
    line = text[start:end]
    found = find_dates(text, start, end, order)
    if not found:
        return None
    f = found[0]
    if not _TRAIL.fullmatch(text, f.end, end):
        return None
    prefix = line[:f.start - start]
    label = next((m for p in lexicon.phrases().get("date_label", ())
                  if (m := p.match(prefix))), None)
    pos = label.end() if label else 0
    rest = prefix[pos:]
    if not rest.strip(" ,(–—-:"):
        return DateLine("line", start, end, f)
    m = _PLACE_PREFIX.fullmatch(rest.lstrip())
    if m:
        offset = start + pos + (len(rest) - len(rest.lstrip()))
        place = (offset + m.start("place"), offset + m.end("place"))
        return DateLine("line", start, end, f, place)
    return None


def match_agency_dateline(text: str, start: int, end: int, order: str = "DMY") -> DateLine | None:
    """A press-agency dateline at the start of the line ``text[start:end]``."""
    m = (_AGENCY_PAREN.match(text, start, end) or _AGENCY.match(text, start, end)
         or _PLACE_DATE_DASH.match(text, start, end))
    if not m:
        return None
    place = (m.start("place"), m.end("place"))
    if "paren" in m.re.groupindex:
        inner = find_dates(text, m.start("paren"), m.end("paren"), order)
        if not inner and _agency_name(text, m):
            # "GENEVA (Reuters) - ...": a place in capitals, an agency's name, a dash
            return DateLine("agency", start, m.end("paren") + 1, None, place)
        if not inner or not _TRAIL.fullmatch(text, inner[0].end, m.end("paren")):
            return None  # "(brackets)" after a capitalised word that hold no date
        return DateLine("agency", start, m.end("paren") + 1, inner[0], place)
    if m.group("comma") is not None:
        inner = find_dates(text, m.start("comma"), m.end("comma"), order)
        if inner and _TRAIL.fullmatch(text, inner[0].end, m.end("comma")):
            return DateLine("agency", start, inner[0].end, inner[0], place)
        return None
    if not re.match(r"\s*[-–—]", text[place[1]:end]):
        return None  # no date and no dash: a line in capitals, not a dateline
    return DateLine("agency", start, place[1], None, place)


_AGENCY_NAME = re.compile(r"[A-Z][A-Za-z.&'’-]*(?: [A-Z][A-Za-z.&'’-]*){0,3}")


def _agency_name(text: str, m: re.Match) -> bool:
    """The brackets of an agency dateline hold an agency's name ("Reuters", "AP", "AFP"): a
    few capitalised words after a place in capitals, and a dash after them."""
    first = text[m.start("place"):m.end("place")].split()[0]
    return (first.isupper() and len(first) > 1 and bool(_AGENCY_NAME.fullmatch(m.group("paren")))
            and bool(re.match(r"\s*[-–—]", text[m.end("paren") + 1:m.end()])))


def match_title_date(text: str, start: int, end: int, order: str = "DMY") -> DateLine | None:
    """A date that closes a headline ("..., Jan. 10, 2011") or opens it ("May 11: ...")."""
    for f in find_dates(text, start, end, order):
        before, after = text[start:f.start], text[f.end:end]
        if before.strip() and _TRAIL.fullmatch(after) and re.search(r"[,\s]$", before):
            return DateLine("title", start, end, f)
        if not before.strip() and re.match(r"\s*[:–—-]\s*\S", after):
            return DateLine("title", start, end, f)
    return None
