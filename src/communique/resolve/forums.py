"""The forum a statement is made at, and the bodies its bare names stand for there.

At the UN General Assembly "the Organization" is the United Nations, "this Assembly" the
General Assembly, "the Council" the Security Council and "the Secretary-General" the UN's;
at an EU, AU or ASEAN meeting "the Union", "the Commission" are that organisation's.  The
data is ``kb/forums.tsv``: ``detect`` rows name a forum (the title decides, else the forum the
text names most), ``body`` rows map a bare phrase to a knowledge-base id.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from .kb import KBEntry, KnowledgeBase, read_table


_POSSESSIVE = re.compile(r"\s*['’]s?$")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, re.Pattern[str]], dict[str, list[tuple[re.Pattern[str], str]]]]:
    detect: dict[str, re.Pattern[str]] = {}
    bodies: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for r in read_table("forums.tsv"):
        if r["kind"] == "detect":
            detect[r["forum"]] = re.compile(r["pattern"])  # names as written: "UN", not "un"
        elif r["kind"] == "body":
            bodies.setdefault(r["forum"], []).append((re.compile(r["pattern"], re.I), r["id"]))
    return detect, bodies


def forum_of(doc: Document) -> str | None:
    """The forum of the statement (cached on the document): UN, EU, AU, ASEAN or None."""
    if doc.workspace.forum is not None:
        return doc.workspace.forum or None
    detect, _ = _table()
    forum = next((f for f, rx in detect.items() if doc.title and rx.search(doc.title)), None)
    if forum is None:
        counts = {f: count_matches(rx, doc.text) for f, rx in detect.items()}
        best = max(counts, key=counts.get) if counts else None
        forum = best if best and counts[best] else None
    doc.workspace.forum = forum or ""
    return forum


def count_matches(rx: re.Pattern[str], text: str) -> int:
    """``len(rx.findall(text))``, faster for a pattern that opens with ``\\b`` (as the detect
    rows do): the engine tries such a pattern at every position of the text, but scans quickly
    for the first letters of one without it (its scout); each place the scout finds is
    then tried with ``rx`` itself, so the count is findall's."""
    scout = _scout(rx)
    if scout is None:
        return len(rx.findall(text))
    n, pos = 0, 0
    while pos <= len(text) and (m := scout.search(text, pos)) is not None:
        hit = rx.match(text, m.start())
        if hit is None:
            pos = m.start() + 1
        elif hit.end() == hit.start():
            return len(rx.findall(text))   # (an empty match: left to findall's own rules)
        else:
            n, pos = n + 1, hit.end()
    return n


@lru_cache(maxsize=64)
def _scout(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` without its opening ``\\b``, or None: wherever ``rx`` matches, so does it (the
    boundary only narrows), and the engine can look for its first letters."""
    if not rx.pattern.startswith("\\b"):
        return None
    try:
        return re.compile(rx.pattern[2:], rx.flags)
    except re.error:
        return None


def forum_body(doc: Document, kb: KnowledgeBase, phrase: str) -> KBEntry | None:
    """The body a bare phrase ("the Council", "this Assembly") stands for at the forum."""
    forum = forum_of(doc)
    if forum is None:
        return None
    entry_id = _body_id(forum, phrase)
    return kb.get(entry_id) if entry_id is not None else None


@lru_cache(maxsize=1 << 14)   # (the same phrases come back in every statement of a forum)
def _body_id(forum: str, phrase: str) -> str | None:
    """The id of the body ``phrase`` names at ``forum`` (the first row that matches), or None."""
    # "the Secretary-General's efforts": the owner is the body
    words = _POSSESSIVE.sub("", " ".join(phrase.split()))
    for rx, entry_id in _table()[1].get(forum, ()):
        if rx.fullmatch(words):
            return entry_id
    return None
