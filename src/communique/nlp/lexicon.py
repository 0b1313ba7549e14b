"""Word lists the mention finder reads (one word a line, in ``data/``)."""

from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    return frozenset(ln.strip().casefold() for ln in text.splitlines()
                     if ln.strip() and not ln.startswith("#"))


def is_title(word: str) -> bool:
    """A role word: "commander", "secretary-general", "Secretary"."""
    w = word.casefold()
    return w in words("titles.txt") or w.split("-")[0] in words("titles.txt")


def is_honorific(word: str) -> bool:
    return word.casefold().rstrip(".") in words("honorifics.txt")


def is_currency(word: str) -> bool:
    """A currency noun: "dollars", "francs", "riyal"."""
    return word.casefold() in words("currency_nouns.txt")


def is_state_organ(word: str) -> bool:
    """An organ of a state named "<organ> of <state>": "Ministry", "Embassy", "Mission"."""
    return word.casefold() in words("state_organs.txt")
