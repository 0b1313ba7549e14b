"""Scoring the pipeline against gold data (`communique evaluate`).

Each gold set is a module in ``sets/`` that registers itself with
:func:`registry.gold_set`: how to turn a gold record into pipeline input, and
how to score the coded documents against the records.
"""

from .registry import GoldSet, Result, gold_set, gold_sets
from .run import evaluate, find_gold_dir

__all__ = ["GoldSet", "Result", "gold_set", "gold_sets", "evaluate", "find_gold_dir"]
