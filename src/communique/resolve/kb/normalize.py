"""Keys under which names are indexed: exact-ish, and transliteration-tolerant.

Every name the pipeline meets is keyed many times over (mentions, actors, the
event coder all ask the knowledge base), and the same few thousand strings
come back in every document: the key functions are pure, so they are cached
per process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'",
                         "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"'s?$")
_LEADING_THE = re.compile(r"^the\s+")
_LEADING_THE_ANY_CASE = re.compile(r"^the\s+", re.I)
_NON_WORD = re.compile(r"[^\w]+")
# Big enough for every distinct name in a long batch; a few MB at most.
_CACHE = 1 << 16


@lru_cache(maxsize=_CACHE)
def fold(text: str) -> str:
    """Diacritics off, quotes and dashes unified, case folded."""
    if text.isascii() and "`" not in text:  # nothing to unify or strip: only the case
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


@lru_cache(maxsize=_CACHE)
def key(text: str) -> str:
    """The exact index key: folded, no leading 'the', no possessive, punctuation as spaces.

    "the U.S." -> "us", "Hamas's" -> "hamas", "al-Nakhala" -> "al nakhala".
    """
    t = fold(text).strip()
    t = _POSSESSIVE.sub("", t)
    t = _LEADING_THE.sub("", t)
    t = t.replace(".", "").replace("'", "")
    return " ".join(_NON_WORD.sub(" ", t).split())


@lru_cache(maxsize=_CACHE)
def acronym_key(text: str) -> str | None:
    """Case-kept key for acronyms ("U.S." -> "US"); None when the text is not upper case."""
    t = text.strip().translate(_QUOTES)
    t = _POSSESSIVE.sub("", t)
    t = _LEADING_THE_ANY_CASE.sub("", t).replace(".", "").replace(" ", "")
    if not t or not t.isupper() or len(t) > 12:
        return None
    return t


# Arabic (and other) names reach English in several transliterations: Haniyeh,
# Haniya, Haniyya; al-Nakhala, Nakhaleh; Qassam, Kassam.  The skeleton maps
# these to one form; fuzzy matching then absorbs what is left.
_SKELETON_RULES = [
    (re.compile(r"\b(?:al|el|ul|ad|ar|as|at|an|az|ash)\s+"), ""),  # article "al-"
    (re.compile(r"(?:eh|ah|ih|e|a)\b"), "a"),  # final vowel (+h)
    (re.compile(r"ou|oo|u"), "u"),
    (re.compile(r"ee|ie|iy|yi|y"), "i"),
    (re.compile(r"q"), "k"),
    (re.compile(r"dh|z"), "z"),
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters
    (re.compile(r"'"), ""),
]


@lru_cache(maxsize=_CACHE)
def skeleton(text: str) -> str:
    s = " " + key(text) + " "
    for pattern, repl in _SKELETON_RULES:
        s = pattern.sub(repl, s)
    return " ".join(s.split())
