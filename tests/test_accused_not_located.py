"""What a statement deplores happens somewhere: the place it names with "in X" is not the accused.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement

from communique import contract


def _accusations(ex, text):
    out = statement(ex, text, "Chile")
    actors = actors_by_id(out)
    evs = [e for e in out["events"] if e["type"] == "ACCUSE"]
    assert evs, [(e["type"], e["evidence"]["text"]) for e in out["events"]]
    return [[actors[i] for i in e["targets"]] for e in evs]


@pytest.mark.parametrize("text", [
    "We are concerned about the situation in Moldova and the economic consequences of the crisis.",
    "We deplore the worsening humanitarian situation in Moldova.",
    "We condemn the horrors in Balti and many other places in Moldova.",
])
def test_a_deplored_thing_located_in_a_country_accuses_no_one_there(ex, text):
    for targets in _accusations(ex, text):
        assert "MDA" not in [a["country"] for a in targets], targets


def test_the_doer_named_beside_the_place_is_still_accused(ex):
    (targets,) = _accusations(ex, "We condemn the camps run by Belarus and the horrors in many places in Moldova.")
    assert [a["country"] for a in targets] == ["BLR"]


@pytest.mark.parametrize("group", ["militias", "rebel groups", "armed gangs"])
def test_a_group_in_a_country_keeps_its_country(ex, group):
    (targets,) = _accusations(ex, f"We condemn the {group} in Moldova.")
    assert [a["country"] for a in targets] == ["MDA"]
    assert group in targets[0]["name"]


def test_an_investigation_of_a_thing_in_a_country_still_concerns_that_country(ex):
    # CAMEO 09x (investigate) is ACCUSE in PLOVER too, but not a disapproval: the facilities
    # examined in a country concern that country, as PETRARCH codes them
    out = contract.to_dict(ex.extract_text("UN monitors plan to investigate the prisons in Moldova.",
                                           title="Inspectors' visit", published="2025-09-23"))
    actors = actors_by_id(out)
    evs = [e for e in out["events"] if e["type"] == "ACCUSE" and e["cameo"].startswith("09")]
    assert evs, [(e["type"], e["cameo"]) for e in out["events"]]
    assert [actors[i]["country"] for i in evs[0]["targets"]] == ["MDA"]
