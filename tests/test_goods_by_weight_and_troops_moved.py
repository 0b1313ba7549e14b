"""Goods by weight and troops moved are not aid by themselves (regressions of dec05).

An amount by weight is aid only through its "of" noun ("tonnes of wheat"), not as the unit
("tons of coal" shipped is trade); troops transferred with their arms are a deployment
(MOBILIZE 154), not arms handed over (AID 072).  Sentences written for these tests; the
states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded


def _events(ex, text):
    actors, events = coded(ex, text)
    return [(e["type"], {actors[i].get("country") for i in e["sources"]},
             {actors[i].get("country") for i in e["targets"]}) for e in events]


@pytest.mark.parametrize("text", [
    "Kazakhstan shipped 4 million tons of iron ore to China last year.",
    "Norway delivered 2 million tonnes of liquefied natural gas to Poland under a commercial contract.",
])
def test_goods_by_weight_sold_are_no_aid(ex, text):
    assert [e for e in _events(ex, text) if e[0] == "AID"] == []


@pytest.mark.parametrize("text, source, target", [
    ("Turkey delivered 30,000 tonnes of wheat to Sudan after the floods.", "TUR", "SDN"),
    ("Japan shipped 5,000 tons of food to Haiti in March.", "JPN", "HTI"),
])
def test_aid_goods_by_weight_are_still_aid(ex, text, source, target):
    assert ("AID", {source}, {target}) in _events(ex, text)


def test_troops_transferred_with_their_arms_are_a_deployment(ex):
    events = _events(ex, "Russia transferred soldiers and armoured vehicles and tanks to Belarus before the joint drills.")
    assert [e for e in events if e[0] == "AID"] == []
    assert ("MOBILIZE", {"RUS"}, {"BLR"}) in events


def test_arms_transferred_are_still_military_aid(ex):
    assert ("AID", {"IRN"}, {"VEN"}) in _events(ex, "Iran transferred drones and missiles to Venezuela in May.")
