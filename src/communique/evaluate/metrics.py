"""Counting helpers shared by the scorers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class PRF:
    """Precision/recall/F1 from true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold, predicted) -> None:
        """Compare two multisets (lists) of hashable items."""
        g, p = Counter(gold), Counter(predicted)
        common = sum((g & p).values())
        self.tp += common
        self.fp += sum(p.values()) - common
        self.fn += sum(g.values()) - common

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def into(self, metrics: dict[str, float], name: str) -> None:
        metrics[f"{name}.precision"] = self.precision
        metrics[f"{name}.recall"] = self.recall
        metrics[f"{name}.f1"] = self.f1


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


class Scoreboard:
    """A gold set's counters, each made under the name its figure is reported as, so that a
    scorer names a figure once, where it starts counting; ``into`` writes the figures in the
    order they were named."""

    def __init__(self) -> None:
        self._figures: dict[str, Callable[[], float]] = {}

    def _name(self, name: str, figure: Callable[[], float]) -> None:
        if name in self._figures:
            raise ValueError(f"metric {name!r} named twice")
        self._figures[name] = figure

    def accuracies(self, *names: str) -> tuple[Accuracy, ...]:
        out = tuple(Accuracy() for _ in names)
        for name, acc in zip(names, out):
            self._name(name, lambda acc=acc: acc.value)
        return out

    def prf(self, name: str, measures: tuple[str, ...] = ("precision", "recall", "f1")) -> PRF:
        """A PRF reported as ``name.precision`` etc., in the order of ``measures``."""
        prf = PRF()
        for measure in measures:
            self._name(f"{name}.{measure}", lambda measure=measure: getattr(prf, measure))
        return prf

    def into(self, metrics: dict[str, float]) -> None:
        for name, figure in self._figures.items():
            metrics[name] = figure()


def confusion_rows(pairs: list[tuple[str, str]], top: int = 12) -> list[list]:
    """The commonest (gold, predicted) disagreements as table rows."""
    wrong = Counter((g, p) for g, p in pairs if g != p)
    return [[g, p, n] for (g, p), n in wrong.most_common(top)]
