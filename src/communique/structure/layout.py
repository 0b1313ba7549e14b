"""The layout of a press release: header lines, title, date line, body, signature.

The head is the run of short lines before the first line of prose; each head line is a
header (organisation name, "For Immediate Release", a release number), the date line,
or the title (the first headline-like line).  The signature is the run of short lines
after the last line of prose (an organisation, a date, "-Ends-", a contact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean.api import is_form_of_address
from . import lexicon
from .dateline import DateLine, match_agency_dateline, match_date_line, match_title_date

MAX_HEAD_LINES = 12
MAX_SIGNATURE_LINES = 8
MAX_SHORT_WORDS = 12
# A lone line of this many words with nothing after it is a sentence, not a headline.
MIN_LONE_SENTENCE = 6
# Words a line needs to count as one of several short sentences, one to a line.
MIN_SENTENCE_WORDS = 4
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class TextLine:
    start: int
    end: int
    text: str


@dataclass
class Layout:
    header: list[TextLine] = field(default_factory=list)
    title: TextLine | None = None
    datelines: list[DateLine] = field(default_factory=list)   # head date lines, in order
    references: list[TextLine] = field(default_factory=list)  # release numbers
    boilerplate: list[TextLine] = field(default_factory=list)  # "For Immediate Release", notes
    body: tuple[int, int] | None = None
    signature: list[TextLine] = field(default_factory=list)
    signature_dates: list[DateLine] = field(default_factory=list)


def text_lines(text: str) -> list[TextLine]:
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(TextLine(s, e, text[s:e]))
    return out


def is_prose(line: str) -> bool:
    """A line of running text, not a heading, a name or a date."""
    if line.startswith("[") and line.endswith("]"):
        return False  # an editorial note in brackets
    n = len(line.split())
    return n > 20 or (n >= 8 and bool(lexicon.SENTENCE_END.search(line)))


def read_layout(text: str, order: str = "DMY") -> Layout:
    lines = text_lines(text)
    lay = Layout()
    if not lines:
        return lay
    first_prose = next((i for i, ln in enumerate(lines) if is_prose(ln.text)
                        and not lexicon.matches("boilerplate", ln.text)), len(lines))
    body_from = _read_head(text, lines, min(first_prose, MAX_HEAD_LINES), lay, order)
    if (body_from >= len(lines) and lay.title is lines[-1]
            and len(lay.title.text.split()) >= MIN_LONE_SENTENCE):
        # Nothing follows the "title": it is a one-sentence text (a news lead), all body.
        body_from = len(lines) - 1
        lay.title = None
        lay.datelines = [d for d in lay.datelines if d.kind != "title"]
    body_from = _short_sentences(lines, body_from, lay)
    if body_from < len(lines):
        first = lines[body_from]
        agency = match_agency_dateline(text, first.start, first.end, order)
        body_start = first.start
        if agency:
            lay.datelines.append(agency)
            rest = re.match(r"[\s\-–—:]*", text[agency.end:first.end])
            body_start = agency.end + (rest.end() if rest else 0)
            if body_start >= first.end:  # the dateline was the whole line
                body_start = lines[body_from + 1].start if body_from + 1 < len(lines) else first.end
        sig_from = _read_signature(text, lines, body_from, lay, order)
        body_end = lines[sig_from - 1].end if sig_from > body_from else first.end
        if body_start < body_end:
            lay.body = (body_start, body_end)
    return lay


def _short_sentences(lines: list[TextLine], body_from: int, lay: Layout) -> int:
    """The "title" and every head line after it a sentence ("Germany will send aid to X." /
    "Talks resume on Monday."): sentences one to a line, too short to read as prose, are a
    body, not a headline with its letterhead (which would leave them uncoded).  A headline
    is rarely written with a full stop."""
    head = [ln for ln in (lay.title, *lay.header) if ln is not None]
    if lay.title is None or len(head) < 2 or lay.references or lay.boilerplate or not all(
            len(ln.text.split()) >= MIN_SENTENCE_WORDS and lexicon.SENTENCE_END.search(ln.text)
            for ln in head if ln.start >= lay.title.start):
        return body_from
    start = lines.index(lay.title)
    lay.header = [ln for ln in lay.header if ln.start < lay.title.start]
    lay.datelines = [d for d in lay.datelines if d.kind != "title"]
    lay.title = None
    return start


def _read_head(text: str, lines: list[TextLine], limit: int, lay: Layout, order: str) -> int:
    """Classify the head lines; returns the index of the first body line."""
    for i in range(limit):
        ln = lines[i]
        if _salutation(ln.text):
            return i  # "Mr. President," opens a speech: no headline comes after it
        if lexicon.matches("reference", ln.text):
            lay.header.append(ln)
            lay.references.append(ln)
            continue
        dl = match_date_line(text, ln.start, ln.end, order)
        if dl is None and lexicon.matches("boilerplate", ln.text):
            lay.header.append(ln)
            lay.boilerplate.append(ln)
            continue
        if dl is None:
            agency = match_agency_dateline(text, ln.start, ln.end, order)
            if agency and agency.date and agency.end >= ln.end - 2:
                dl = agency  # "KABUL, Afghanistan (Nov. 20, 2011)" alone on its line
        if dl:
            lay.datelines.append(dl)
            continue
        if lexicon.is_org_name(ln.text) and not lexicon.names_statement(ln.text):
            lay.header.append(ln)
            continue
        if lay.title is None:
            lay.title = ln
            td = match_title_date(text, ln.start, ln.end, order)
            if td:
                lay.datelines.append(td)
            continue
        lay.header.append(ln)  # a second headline-like line: subtitle, byline, standfirst
    return limit


def _salutation(line: str) -> bool:
    """The opening of a speech or letter: "Mr. President,", "Excellencies", "Dear friends,"."""
    bare = line.strip("*_•−–-\t ")
    return bare.endswith((",", ";")) or is_form_of_address(bare)


def _read_signature(text: str, lines: list[TextLine], body_from: int, lay: Layout, order: str
                    ) -> int:
    """Classify the tail lines; returns the index of the first signature line."""
    i = len(lines)
    while i - 1 > body_from and len(lines) - (i - 1) <= MAX_SIGNATURE_LINES:
        ln = lines[i - 1]
        if not _signature_like(ln.text):
            break
        i -= 1
    for ln in lines[i:]:
        lay.signature.append(ln)
        dl = match_date_line(text, ln.start, ln.end, order)
        if dl and dl.date:
            lay.signature_dates.append(dl)
    return i


def _signature_like(line: str) -> bool:
    if lexicon.matches("signature", line):
        return True
    if len(line.split()) > MAX_SHORT_WORDS or lexicon.SENTENCE_END.search(line):
        return False
    return True
