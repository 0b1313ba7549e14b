"""The words of English date expressions, read from ``lexicon.tsv`` beside this module."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).with_name("lexicon.tsv")


@dataclass(frozen=True, eq=False)  # hashed by identity: patterns are cached per lexicon
class Lexicon:
    """Word -> value tables, one per kind of word in the TSV file."""

    tables: dict[str, dict[str, str]] = field(default_factory=dict)

    def table(self, kind: str) -> dict[str, str]:
        return self.tables.get(kind, {})

    def alternation(self, *kinds: str) -> str:
        """A regex alternation of the words of ``kinds``, longest first, spaces flexible.
        Words of a kind ending in ``_abbr`` may take a dot ("Jan.", "Tues.")."""
        words = sorted({(w, k.endswith("_abbr")) for k in kinds for w in self.table(k)},
                       key=lambda x: len(x[0]), reverse=True)
        parts = [r"\s+".join(re.escape(p) for p in w.split()).replace("'", "['\u2019]")
                 + (r"\b\.?" if abbr else r"\b") for w, abbr in words]
        return "(?:" + "|".join(parts) + ")"

    def lookup(self, kind: str, word: str) -> str | None:
        return self.table(kind).get(normalise(word))

    def month(self, word: str) -> int | None:
        value = self.lookup("month", word) or self.lookup("month_abbr", word)
        return int(value) if value else None

    def weekday(self, word: str) -> int | None:
        value = self.lookup("weekday", word) or self.lookup("weekday_abbr", word)
        return int(value) if value else None

    def number(self, word: str) -> tuple[int, int] | None:
        """A count as a (low, high) range: "three" -> (3, 3), "a few" -> (2, 4)."""
        w = normalise(word)
        if w.isdigit():
            return int(w), int(w)
        if (v := self.table("number").get(w)) is not None:
            return int(v), int(v)
        if (v := self.table("vague_number").get(w)) is not None:
            lo, hi = v.split("-")
            return int(lo), int(hi)
        return None


def normalise(word: str) -> str:
    """Lower case, single spaces, no trailing abbreviation dot or possessive."""
    w = " ".join(word.lower().split()).rstrip(".")
    w = w.replace("\u2019", "'")
    return w[:-2] if w.endswith("'s") and w[:-2] in ("monday", "tuesday", "wednesday", "thursday",
                                                         "friday", "saturday", "sunday") else w


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = LEXICON_PATH) -> Lexicon:
    tables: dict[str, dict[str, str]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                raise ValueError(f"{path}:{n}: expected 'kind<TAB>word<TAB>value', got {line!r}")
            kind, word = parts[0].strip(), parts[1].strip().lower()
            tables.setdefault(kind, {})[word] = parts[2].strip() if len(parts) > 2 else ""
    return Lexicon(tables)
