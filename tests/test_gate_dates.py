"""Quality gate for the dates stage: te3_dates (TempEval-3 platinum), **scored** part only.

Scored from the output's ``dates`` with the conventions in ``evaluate/sets/te3_dates.py``
(recall and value accuracy over all gold DATE timexes, precision against DATE only).  The
scored part is small (3 articles, about 15 dates), so floors sit about four points under the
measured figure (in each comment) and move only with a change of scorer, never up to the
newest figure.  The main event's date on ISAF releases is gated in test_gate_events.py.
"""

from __future__ import annotations

import pytest

from communique.evaluate.registry import gold_sets
from communique.evaluate.run import evaluate

pytestmark = [pytest.mark.shared, pytest.mark.slow]

TE3_FLOORS = {                    # measured on the scored part
    "date.recall": 0.56,          # 0.600
    "date.precision": 0.71,       # 0.750
    "value.accuracy": 0.49,       # 0.533
}


@pytest.fixture(scope="module")
def te3(gold_dir, config):
    result = evaluate(gold_sets()["te3_dates"], split="dev", gold_dir=gold_dir, config=config)
    assert result.parts["scored"].records > 0
    return result.parts["scored"]


@pytest.mark.parametrize("metric", sorted(TE3_FLOORS))
def test_te3_dates_scored_floor(te3, metric):
    assert te3.metrics[metric] >= TE3_FLOORS[metric], (metric, te3.metrics)
