"""Quality gate for places: trnews_geo (TR-News toponyms), **scored** part only.

Scored from the output's ``places`` with the conventions in ``evaluate/sets/trnews_geo.py``
(acc@161 over all gold toponyms, an unrecalled one wrong).  Floors sit about four points under
the figure measured on the scored part when they were set (in each comment).  The main
event's province on ISAF releases is gated in test_gate_events.py.
"""

from __future__ import annotations

import pytest

from communique.evaluate.registry import gold_sets
from communique.evaluate.run import evaluate

pytestmark = [pytest.mark.shared, pytest.mark.slow]

TRNEWS_FLOORS = {                 # measured on the scored part (48 articles)
    "toponym.recall": 0.90,       # 0.939
    "toponym.precision": 0.84,    # 0.886
    "resolution.acc161": 0.85,    # 0.896
    "resolution.country": 0.87,   # 0.914
}


def test_trnews_geo_scored_floors(gold_dir, config):
    result = evaluate(gold_sets()["trnews_geo"], split="dev", gold_dir=gold_dir, config=config)
    scored = result.parts["scored"]
    assert scored.records > 20
    low = {k: round(scored.metrics[k], 4) for k, floor in TRNEWS_FLOORS.items()
           if scored.metrics[k] < floor}
    assert not low, f"trnews_geo scored part below its floors {TRNEWS_FLOORS}: {low}"
