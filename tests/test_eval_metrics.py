"""The scorers' counting helpers: a Scoreboard writes each figure under the name it was made with."""

from __future__ import annotations

import pytest

from communique.evaluate.metrics import Scoreboard


def test_scoreboard_writes_figures_in_the_order_named_with_values_counted_after():
    board = Scoreboard()
    found = board.prf("toponym", ("recall", "precision", "f1"))
    right, total_ok = board.accuracies("place.accuracy", "place.any")
    # Counted after naming: the figures are read when written out, not when named.
    found.add(["Velmora", "Ostrava Bay"], ["Velmora", "Kestel"])
    right.add(True)
    right.add(False)
    total_ok.add(True)
    metrics: dict[str, float] = {"earlier": 1.0}
    board.into(metrics)
    assert list(metrics) == ["earlier", "toponym.recall", "toponym.precision", "toponym.f1",
                             "place.accuracy", "place.any"]
    assert metrics["toponym.recall"] == 0.5 and metrics["toponym.precision"] == 0.5
    assert metrics["toponym.f1"] == 0.5
    assert metrics["place.accuracy"] == 0.5 and metrics["place.any"] == 1.0


def test_scoreboard_prf_defaults_to_precision_recall_f1_and_empty_counts_score_zero():
    board = Scoreboard()
    board.prf("tuple")
    (acc,) = board.accuracies("type.accuracy")
    metrics: dict[str, float] = {}
    board.into(metrics)
    assert metrics == {"tuple.precision": 0.0, "tuple.recall": 0.0, "tuple.f1": 0.0, "type.accuracy": 0.0}
    assert acc.total == 0


def test_scoreboard_refuses_a_name_given_twice():
    board = Scoreboard()
    board.accuracies("date.accuracy")
    with pytest.raises(ValueError, match="date.accuracy"):
        board.accuracies("date.accuracy")
    with pytest.raises(ValueError, match="toponym.f1"):
        board.prf("toponym", ("f1", "f1"))
