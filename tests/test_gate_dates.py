"""Quality gate for the dates stage: floors a little below the measured dev scores.

te3_dates (TempEval-3 platinum, dev) and the ISAF incident date (dev).  A change
that makes date finding or resolution worse fails here; the figures themselves
are in the evaluation reports (`communique evaluate te3_dates --split dev`).
"""

from __future__ import annotations

import pytest

from communique.evaluate.registry import gold_sets
from communique.evaluate.run import evaluate

pytestmark = [pytest.mark.shared, pytest.mark.slow]

TE3_FLOORS = {
    "date.found": 0.82,           # measured 0.851 (the misses are mostly "now", which is no date)
    "date.found_calendar": 0.92,  # measured 0.965
    "date.precision": 0.85,       # measured 0.922
    "value.accuracy": 0.93,       # measured 1.000
    "value.accuracy_all": 0.78,   # measured 0.825
}
ISAF_FLOORS = {
    # 54 of 488 dev records cannot be dated to the day from their text (32 state no year,
    # 22 only a release number's month), and 50 misses lie in three months whose gold is
    # a day before even an explicitly stated date: see the report.
    "start_date.accuracy": 0.73,        # measured 0.752
    "start_date.accuracy_dated": 0.82,  # measured 0.846
}


@pytest.fixture(scope="module")
def te3(gold_dir, config):
    return evaluate(gold_sets()["te3_dates"], split="dev", gold_dir=gold_dir, config=config)


@pytest.mark.parametrize("metric", sorted(TE3_FLOORS))
def test_te3_dates_floor(te3, metric):
    assert te3.metrics[metric] >= TE3_FLOORS[metric], (metric, te3.metrics, te3.tables[0])


def test_isaf_start_date_floor(gold_dir, config, extractor):
    result = evaluate(gold_sets()["isaf"], split="dev", gold_dir=gold_dir, config=config,
                      extractor=extractor)
    for metric, floor in ISAF_FLOORS.items():
        assert result.metrics[metric] >= floor, (metric, result.metrics[metric], result.notes)
