"""Search snippets: a piece of the text around the query's words, matches marked.

A snippet travels as plain text with the matched words between two private-use
characters (OPEN, CLOSE): the archive's full-text index writes them (FTS5
``snippet()``, PostgreSQL ``ts_headline``) or :func:`make` does, over the whole
text.  :func:`to_html` escapes the text and turns the marks into <mark>;
:func:`to_plain` gives the API the text and the matched offsets.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from markupsafe import Markup, escape

from ..store.errors import StoreError
from ..store.query import parse

OPEN, CLOSE = "\ue000", "\ue001"
ELLIPSIS = "…"
MAX_MATCHES = 2000  # per term: enough to place a window, bounded on huge texts


def terms(query: str | None) -> list[re.Pattern]:
    """Patterns of the words a query asks for (the store's query language: words,
    "phrases", prefix*, OR), not the excluded ones."""
    try:
        q = parse(query) if query else None
    except StoreError:
        return []
    out = []
    for term in dict.fromkeys(t for clause in (q.clauses if q else []) for t in clause):
        body = r"\W+".join(re.escape(w) for w in term.words)
        out.append(re.compile(r"(?<!\w)" + body + (r"\w*" if term.prefix else r"(?!\w)"), re.IGNORECASE))
    return out


def make(text: str, query: str | None, width: int = 240) -> str:
    """A marked snippet of ``text``: the window of about ``width`` characters with the
    most distinct query terms, cut on word boundaries (the text's start without a match)."""
    text = (text or "").replace(OPEN, "").replace(CLOSE, "")
    if not text:
        return ""
    patterns = terms(query)
    spans = sorted({(m.start(), m.end(), i) for i, p in enumerate(patterns)
                    for m in itertools.islice(p.finditer(text), MAX_MATCHES)})
    if not spans:
        return _cut(text, 0, width)
    # Slide a window over the matches: the one holding the most distinct terms, then
    # the most matches, then the earliest, wins.
    best, best_key, counts, k = 0, None, Counter(), 0
    for j, (s, _, _) in enumerate(spans):
        while k < len(spans) and spans[k][1] <= s + width:
            counts[spans[k][2]] += 1
            k += 1
        key = (sum(1 for n in counts.values() if n), k - j, -s)
        if best_key is None or key > best_key:
            best, best_key = s, key
        if k > j:
            counts[spans[j][2]] -= 1
    start = max(0, best - width // 5)
    piece = _cut(text, start, width)
    return _mark(piece, patterns)


def _cut(text: str, start: int, width: int) -> str:
    """text[start:start+width], moved to whole words, with … where text was left out."""
    end = min(len(text), start + width)
    if start > 0:
        space = text.find(" ", start, end)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    piece = " ".join(text[start:end].split())
    return (ELLIPSIS + " " if start > 0 else "") + piece + (" " + ELLIPSIS if end < len(text) else "")


def _mark(piece: str, patterns: list[re.Pattern]) -> str:
    spans = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(piece))
    out, at = [], 0
    for s, e in spans:
        if s < at:  # overlaps the previous mark
            continue
        out += [piece[at:s], OPEN, piece[s:e], CLOSE]
        at = e
    out.append(piece[at:])
    return "".join(out)


def _parts(marked: str):
    """(text, matched) pieces of a marked snippet; stray marks are dropped."""
    inside = False
    for piece in re.split(f"([{OPEN}{CLOSE}])", marked or ""):
        if piece == OPEN:
            inside = True
        elif piece == CLOSE:
            inside = False
        elif piece:
            yield piece, inside


def to_html(marked: str) -> Markup:
    """The snippet escaped, its matches in <mark>."""
    return Markup("").join(Markup("<mark>%s</mark>") % p if hit else escape(p) for p, hit in _parts(marked))


def to_plain(marked: str) -> tuple[str, list[list[int]]]:
    """The snippet's text and the [start, end) offsets of its matches."""
    text, spans = "", []
    for p, hit in _parts(marked):
        if hit:
            spans.append([len(text), len(text) + len(p)])
        text += p
    return text, spans


def score(text: str, title: str | None, query: str | None) -> float:
    """How well a document matches (for an archive without an index of its own):
    matches of each term, title matches counting four times, rarer terms more."""
    total = 0.0
    for p in terms(query):
        n = len(p.findall(text or "")) + 4 * len(p.findall(title or ""))
        total += n / (n + 1.2)  # saturating, as BM25's term frequency
    return total
