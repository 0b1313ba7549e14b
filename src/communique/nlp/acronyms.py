"""Acronyms defined in the text: "Palestine Liberation Organisation (PLO)", or
"the PLO (Palestine Liberation Organisation)".

The long form is the shortest run of words before the parenthesis whose
initials (and, failing that, letters in order, in the manner of Schwartz and
Hearst's algorithm) spell the acronym.
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.-]{0,9}")
_SMALL = {"of", "the", "for", "and", "in", "on", "de", "al", "el", "du", "des", "la", "le", "&"}


def is_acronym(text: str) -> bool:
    t = text.replace(".", "")
    return bool(_ACRONYM.fullmatch(text)) and 2 <= len(t) <= 10 and sum(c.isupper() for c in t) >= 2


def _letters_match(acr: str, words: list[str]) -> bool:
    """Every acronym letter found in order, the first at the start of the first word."""
    letters = [c.lower() for c in acr if c.isalnum()]
    text = " ".join(w.lower() for w in words)
    if not letters or not text.startswith(letters[0]):
        return False
    pos = 0
    for c in letters:
        pos = text.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def long_form_words(acr: str, words: list[str]) -> int | None:
    """How many of the trailing ``words`` make the long form of ``acr`` (None if none)."""
    n_letters = sum(c.isalnum() for c in acr)
    limit = min(len(words), n_letters + 5)
    # Initials first: the content words' first letters spell the acronym.
    for n in range(1, limit + 1):
        cand = words[-n:]
        content = [w for w in cand if w.lower() not in _SMALL]
        initials = "".join(w[0] for w in content if w[:1].isalnum())
        if initials.lower() == "".join(c for c in acr if c.isalnum()).lower():
            return n
    for n in range(1, limit + 1):
        cand = words[-n:]
        if cand[0].lower() in _SMALL:
            continue
        if len(cand) >= min(n_letters, 2) and _letters_match(acr, cand):
            return n
    return None


_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.-]{1,11})\s*\)")
# The other order: "the PLO (Palestine Liberation Organization)".
_REVERSE = re.compile(r"\b([A-Z][A-Za-z0-9&.-]{1,11})\s+\(([^()\n]{5,120})\)")


def find_definitions(text: str) -> list[tuple[int, int, int, int]]:
    """(long_start, long_end, acr_start, acr_end) for each "Long Form (ACR)" in ``text``."""
    out = []
    for m in _DEF.finditer(text):
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, 0)
        before = text[line_start:m.start()]
        words = [(w.start() + line_start, w.end() + line_start, w.group())
                 for w in re.finditer(r"[\w'’-]+", before)]
        # Stop at the clause boundary: a comma or similar before the long form.
        n = long_form_words(acr, [w[2] for w in words])
        if n is None:
            continue
        start, end = words[-n][0], words[-1][1]
        if re.search(r"[,;:]", text[start:end]):
            continue
        out.append((start, end, m.start(1), m.end(1)))
    for m in _REVERSE.finditer(text):
        acr, inner = m.group(1), m.group(2)
        if not is_acronym(acr):
            continue
        words = [(w.start() + m.start(2), w.end() + m.start(2), w.group())
                 for w in re.finditer(r"[\w'’-]+", inner)]
        n = long_form_words(acr, [w[2] for w in words])
        # The whole parenthesis must be the long form, not a remark about it.
        if n is None or n != len(words):
            continue
        out.append((words[0][0], words[-1][1], m.start(1), m.end(1)))
    return sorted(out)
