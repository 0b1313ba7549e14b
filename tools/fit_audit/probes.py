"""Counting the word-list entries the coder looks up, record by record.

The word classes of ``events/data/word_classes.toml``, ``cues.toml`` and ``stances.toml`` are
frozensets the coder asks ``word in class``.  :func:`install` swaps each loaded class, in place,
for a :class:`CountingSet` with the same members that notes every lookup that hits, under the
record the events stage is coding (set by the wrapper around ``Coder.__call__``).  The coder's
answers do not change: a CountingSet is equal to its frozenset and answers the same.
Lookups through a set built from a class (``a | b``) are not seen: this counts a floor.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

_current: list[str | None] = [None]
HITS: dict[str, Counter] = defaultdict(Counter)   # record id -> Counter of "file:class:member"


class CountingSet(frozenset):
    def __new__(cls, members, label: str):
        obj = super().__new__(cls, members)
        obj.label = label
        return obj

    def __init__(self, members, label: str):  # (frozenset takes no arguments to __init__)
        pass

    def __contains__(self, word) -> bool:
        hit = frozenset.__contains__(self, word)
        if hit and _current[0] is not None:
            HITS[_current[0]][f"{self.label}:{word}"] += 1
        return hit


def _swap_dict(classes: dict, label: str) -> None:
    for name, members in list(classes.items()):
        if isinstance(members, frozenset) and not isinstance(members, CountingSet):
            classes[name] = CountingSet(members, f"{label}:{name}")


def _swap_fields(obj, label: str) -> None:
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, frozenset) and not isinstance(value, CountingSet):
            object.__setattr__(obj, f.name, CountingSet(value, f"{label}:{f.name}"))


def install() -> None:
    """Swap the loaded word classes for counting ones and mark each record the coder codes."""
    from communique.events import coder, cues, judged_sides, patterns, stance_data

    _swap_dict(patterns.load_word_classes(), "word_classes.toml")
    _swap_fields(cues.load_cues(), "cues.toml")
    _swap_fields(stance_data.load_stances(), "stances.toml")
    _swap_fields(judged_sides.load(), "judged_sides.toml")
    if getattr(coder.Coder.__call__, "_fit_audit", False):
        return
    plain = coder.Coder.__call__

    def marked(self, doc):
        _current[0] = doc.id
        try:
            return plain(self, doc)
        finally:
            _current[0] = None

    marked._fit_audit = True
    coder.Coder.__call__ = marked


def take(record_id: str) -> Counter:
    """The hits noted for a record (and forget them)."""
    return HITS.pop(record_id, Counter())
