"""Quality gate for places: the dev-split scores must not fall below these floors.

The floors sit a little below what the evaluation measured when they were set
(see the report in the commit that changed them); a change that makes place
finding or resolution worse fails here.  Run the full report with
``communique evaluate trnews_geo --split dev`` and ``communique evaluate isaf --split dev``.
"""

from __future__ import annotations

import pytest

from communique.config import merge
from communique.evaluate.registry import GoldSet, gold_sets
from communique.evaluate.run import evaluate
from communique.extract import Extractor

# Measured on dev when set (trnews_geo 83 records, isaf 487 with a province):
# recall .929, precision .891, acc161 .945, country .974, geonameid .912;
# province .969, first province .924.  Floors sit 1.5 to 3 points below (the right
# country, issue #4's target of 97 %, a point and a half).
TRNEWS_FLOORS = {
    "toponym.recall": 0.90,
    "toponym.precision": 0.86,
    "resolution.acc161": 0.92,
    "resolution.country": 0.96,
    "resolution.geonameid": 0.88,
}
ISAF_FLOORS = {"province.accuracy": 0.94, "province.first_accuracy": 0.90}

# Province scoring needs no dates or events: skip them to keep the gate short.
PLACES_ONLY = {"pipeline": {"stages": ["clean", "structure", "parse", "mentions", "actors",
                                       "places"]}}


@pytest.fixture(scope="module")
def places_extractor(config):
    return Extractor(merge(config, PLACES_ONLY))


def _check(result, floors):
    low = {k: round(result.metrics[k], 4) for k, floor in floors.items()
           if result.metrics[k] < floor}
    assert not low, f"{result.name} below its floors {floors}: {low}"


def test_trnews_geo_dev_floors(gold_dir, config, places_extractor):
    gold = gold_sets()["trnews_geo"]
    result = evaluate(gold, split="dev", gold_dir=gold_dir, config=config,
                      extractor=places_extractor)
    assert result.records > 50
    _check(result, TRNEWS_FLOORS)


def test_isaf_province_dev_floors(gold_dir, config, places_extractor):
    from communique.evaluate import isaf_places
    from communique.evaluate.sets import isaf

    gold = GoldSet("isaf", "ISAF province only", isaf.to_input, isaf_places.score)
    result = evaluate(gold, split="dev", gold_dir=gold_dir, config=config,
                      extractor=places_extractor)
    assert result.records > 400
    _check(result, ISAF_FLOORS)
