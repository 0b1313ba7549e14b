"""Spans of the organisations that issued a statement.

Read from the title and header ("Joint press release issued by A, B and C", "Statement
of the Ministry of ...", "A and B joint statement"), from header lines that are an
organisation's name ("Ministry of Foreign Affairs of ...") and from organisation lines
of the signature ("Hamas Movement", "Office of the Spokesperson").  Only spans: turning
them into actors (and merging two spans of one actor) is the actors stage's job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .layout import Layout, TextLine

_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")
_LEADING_THE = re.compile(r"(?:the|by|of|from)\s+", re.I)
# Parts of a header line: "ISAF Joint Command - Afghanistan", "Ministry- Press Office" (a
# hyphen needs a space on one side, so "Secretary-General" stays whole).
_SEGMENT = re.compile(r"\s*[–—|]\s*|\s+-\s*|\s*-\s+")
MAX_NAME_WORDS = 10


@lru_cache(maxsize=1)
def _after_noun() -> re.Pattern[str]:
    # "<statement> [issued|released|signed] [jointly] by|of|from [the] <list>"
    return re.compile(
        rf"\b{lexicon.statement_noun()}\s+(?:(?:(?:issued|released|signed|made|delivered)\s+)?"
        r"(?:jointly\s+)?(?:by|of|from)|attributable\s+to|attributed\s+to)\s+(?P<list>.+)$", re.I)


@lru_cache(maxsize=1)
def _before_noun() -> re.Pattern[str]:
    # "<list> [joint] <statement>" at the start of a line: "UNICEF statement on ..."
    return re.compile(rf"^(?P<list>.+?)\s+(?:joint\s+)?{lexicon.statement_noun()}\b", re.I)


def issuer_spans(text: str, layout: Layout, *, skip_title: bool = False,
                 have_issuers: bool = False) -> list[tuple[int, int]]:
    """Issuer name spans: named in the title/header first, then header and signature names.

    ``skip_title``: the title's issuers were read by its grammar (``title_issuers``);
    ``have_issuers``: issuers are known already (metadata, title), so the body's opening
    subject is not taken for one."""
    spans: list[tuple[int, int]] = []
    formal = set(layout.references) | set(layout.boilerplate)
    head = ([layout.title] if layout.title and not skip_title else []) + [
        h for h in layout.header if h not in formal]
    for ln in head:
        spans.extend(_named_in(text, ln))
    for ln in [h for h in layout.header if h not in formal] + layout.signature:
        if lexicon.is_org_name(ln.text) and not lexicon.names_statement(ln.text):
            spans.extend(_org_line(text, ln))
    # an office named alone ("Statement by the Spokesperson") is no owner: the opening
    # subject may still be one
    named = [s for s in spans if not lexicon.bare_office(text[s[0]:s[1]])]
    if not named and not have_issuers and layout.body:
        spans.extend(_opening_subject(text, layout.body[0], layout.body[1]))
    out: list[tuple[int, int]] = []
    for s in spans:
        if s not in out and s[0] < s[1]:
            out.append(s)
    return out


def named_in_title(text: str, layout: Layout) -> list[tuple[int, int]]:
    """Issuers the title line names around a statement noun (the older reading)."""
    return _named_in(text, layout.title) if layout.title else []


def _named_in(text: str, ln: TextLine) -> list[tuple[int, int]]:
    """Issuers named around a statement noun in one line."""
    m = _after_noun().search(ln.text)
    if m:
        return _list_items(text, ln.start + m.start("list"), ln.start + m.end("list"))
    m = _before_noun().match(ln.text)
    if m and lexicon.is_name_like(m.group("list"), max_content_words=10):
        return _list_items(text, ln.start + m.start("list"), ln.start + m.end("list"))
    return []


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Hamas, Islamic Jihad and the PFLP" into name spans."""
    chunk = text[start:end]
    cut = len(chunk)
    for stop in lexicon.phrases().get("list_stop", ()):
        m = stop.search(chunk)
        if m:
            cut = min(cut, m.start())
    chunk = chunk[:cut]
    out, pos = [], 0
    for dist in lexicon.phrases().get("distributive", ()):
        m = dist.match(chunk)
        if m and _SPLIT.search(chunk, m.end()):   # "the Governments of A and B": A, B
            pos = m.end()
            break
    seps = [m for m in _SPLIT.finditer(chunk, pos) if not _joins_one_name(chunk, m)]
    for m in seps + [None]:
        piece_end = m.start() if m else len(chunk)
        span = _name_span(text, start + pos, start + piece_end)
        if span:
            out.append(span)
        if m:
            pos = m.end()
    return out


def _joins_one_name(chunk: str, sep: re.Match[str]) -> bool:
    """ "Information and Press Department": one bare word joined by "and" to an
    organisation's name is part of that name ("Fatah and the Democratic Front" is two)."""
    if sep.group().strip() != "and":
        return False
    left = [w for w in chunk[:sep.start()].rsplit(",", 1)[-1].split() if w.casefold() != "the"]
    right = chunk[sep.end():].split(",", 1)[0]
    return (len(left) == 1 and left[0].casefold() not in lexicon.org_words()
            and not right.casefold().startswith("the ") and lexicon.is_org_name(right))


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a name: leading "the", trailing punctuation; keep it if it reads like a name."""
    while start < end and text[start] in " \"'“‘(":
        start += 1
    m = _LEADING_THE.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] in " .,;:\"'”’)":
        end -= 1
    for sub in lexicon.phrases().get("subunit", ()):
        m = sub.match(text, start, end)
        if m and m.end() < end:
            start = m.end()  # "Press Office of the Ministry of X": the ministry issued it
            break
    name = text[start:end]
    if not name or not (name[0].isupper() or name[0].isdigit()):
        return None
    if len(name.split()) > MAX_NAME_WORDS:
        return None
    return (start, end)


def _org_line(text: str, ln: TextLine) -> list[tuple[int, int]]:
    """The organisation in a header/signature line; "ISAF Joint Command - Afghanistan"
    gives the part holding the organisation word."""
    pos = 0
    for part_match in list(_SEGMENT.finditer(ln.text)) + [None]:
        part_end = part_match.start() if part_match else len(ln.text)
        part = ln.text[pos:part_end]
        if lexicon.is_org_name(part):
            span = _name_span(text, ln.start + pos, ln.start + part_end)
            return [span] if span else []
        if part_match:
            pos = part_match.end()
    return []


# The subject of an opening sentence: "The Ministry of Foreign Affairs of X", "UNICEF".
_SUBJECT = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|the|on|de|al|[A-Z][\w'’.&-]*))*)\s+")


def _opening_subject(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The issuer as the subject of the body's first sentence, when it speaks in the
    present tense about itself ("UNICEF condemns ...", "The Ministry ... strongly welcomes").
    Only used when the head and the signature name nobody."""
    m = _SUBJECT.match(text, start, min(end, start + 300))
    if not m:
        return []
    name = m.group("name")
    while name.split() and name.split()[-1] in ("of", "for", "and", "the", "on", "de", "al"):
        name = name.rsplit(None, 1)[0]
    if not any(p.match(text, m.end()) for p in lexicon.phrases().get("opening", ())):
        return []
    if not lexicon.is_name_like(name, max_content_words=8):
        return []
    span = _name_span(text, m.start("name"), m.start("name") + len(name))
    return [span] if span else []
