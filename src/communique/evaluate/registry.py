"""The registry of gold sets and the result every scorer returns."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..document import Document


@dataclass
class Result:
    """What a scorer measured.

    ``metrics`` are the headline figures (fractions 0..1), named ``field.measure``
    (``type.accuracy``, ``source_country.f1``); ``tables`` are extra tables for the
    report as (title, header, rows); ``notes`` are sentences for the report.
    """

    name: str
    split: str
    records: int
    metrics: dict[str, float] = field(default_factory=dict)
    tables: list[tuple[str, list[str], list[list[Any]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class GoldSet:
    name: str
    description: str
    # gold record -> keyword arguments for Extractor.extract_text (text, published, title)
    to_input: Callable[[dict[str, Any]], dict[str, Any]]
    # (records, coded documents in the same order) -> Result (name/split/records filled by the runner)
    score: Callable[[list[dict[str, Any]], list[Document], Result], None]
    # config overrides for this set (e.g. stages it does not need)
    overrides: dict[str, Any] = field(default_factory=dict)


_SETS: dict[str, GoldSet] = {}


def gold_set(name: str, description: str, to_input, overrides: dict[str, Any] | None = None):
    """Decorator for a scoring function ``score(records, docs, result)``."""

    def decorator(score):
        _SETS[name] = GoldSet(name, description, to_input, score, overrides or {})
        return score

    return decorator


def gold_sets() -> dict[str, GoldSet]:
    from . import sets

    for info in pkgutil.iter_modules(sets.__path__):
        importlib.import_module(f"{sets.__name__}.{info.name}")
    return dict(sorted(_SETS.items()))
