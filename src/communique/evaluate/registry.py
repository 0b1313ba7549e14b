"""The registry of gold sets and the result every scorer returns.

A scorer is ``score(records, outputs, result)``: the gold records and, in the same order, the
JSON documents ``communique extract`` prints for them (``communique.document/1`` dicts, see
``run.contract``).  It reads nothing else from the pipeline.  It fills ``result.metrics`` with
its headline (neutral) figures, ``result.secondary`` with older, more flattering variants kept
for comparison, and tables and notes for the report.  The runner calls it once per part of the
split (``parts.part_of``), so a scorer never needs to know about parts.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Result:
    """What a scorer measured.

    ``metrics`` are the headline figures (fractions 0..1), named ``field.measure``
    (``type.accuracy``, ``source_country.f1``); ``secondary`` are labelled older variants;
    ``tables`` are extra tables for the report as (title, header, rows); ``notes`` are
    sentences for the report.  ``parts`` holds the same figures per part of a dev split
    (``read``, ``scored``); ``failed`` the records that could not be coded (id, reason);
    ``origins`` the coded events by where their trigger came from (``origins.py``).
    """

    name: str
    split: str
    records: int
    metrics: dict[str, float] = field(default_factory=dict)
    secondary: dict[str, float] = field(default_factory=dict)
    tables: list[tuple[str, list[str], list[list[Any]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    parts: dict[str, Result] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)
    origins: Counter = field(default_factory=Counter)

    def gap(self, metric: str, secondary: bool = False) -> float | None:
        """read minus scored for a metric, or None when the split has no parts."""
        read, scored = self.parts.get("read"), self.parts.get("scored")
        if read is None or scored is None:
            return None
        src = "secondary" if secondary else "metrics"
        a, b = getattr(read, src).get(metric), getattr(scored, src).get(metric)
        return None if a is None or b is None else a - b


Scorer = Callable[[list[dict[str, Any]], list[dict[str, Any]], Result], None]


@dataclass(frozen=True)
class GoldSet:
    name: str
    description: str
    # gold record -> keyword arguments for the input (text, published, title)
    to_input: Callable[[dict[str, Any]], dict[str, Any]]
    # (records, output documents as printed by `extract`, in the same order, result) -> None
    score: Scorer
    # config overrides for this set (e.g. stages it does not need)
    overrides: dict[str, Any] = field(default_factory=dict)
    # (gold folder, split) -> records, for a set not stored as gold/<name>.<split>.jsonl
    records: Callable[[Any, str], list[dict[str, Any]]] | None = None


_SETS: dict[str, GoldSet] = {}


def gold_set(name: str, description: str, to_input, overrides: dict[str, Any] | None = None,
             records=None):
    """Decorator for a scoring function ``score(records, outputs, result)``."""

    def decorator(score):
        _SETS[name] = GoldSet(name, description, to_input, score, overrides or {}, records)
        return score

    return decorator


def gold_sets() -> dict[str, GoldSet]:
    from . import sets

    for info in pkgutil.iter_modules(sets.__path__):
        importlib.import_module(f"{sets.__name__}.{info.name}")
    return dict(sorted(_SETS.items()))
