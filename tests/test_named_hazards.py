"""A proper name prefixed by a kind of hazard ("Cyclone Idai") is no actor; a body named for
the disasters it handles ("the National Disaster Management Agency") is one and keeps its acts.

Sentences written for these tests; the bodies are invented or generic, the places real.
"""

from __future__ import annotations

import pytest

from coding_support import coded


@pytest.mark.parametrize("text, kind", [
    ("The National Disaster Management Agency delivered food to flood victims in Benue.", "AID"),
    ("The National Disaster Response Force evacuated 300 people from the flooded villages of Assam.", "AID"),
])
def test_a_body_named_for_disasters_keeps_its_act(ex, text, kind):
    actors, events = coded(ex, text)
    found = [e for e in events if e["type"] == kind]
    assert found and all(e["sources"] for e in found), events


@pytest.mark.parametrize("text", [
    "Cyclone Freddy struck the coast of Malawi in March.",
    "Typhoon Haikui hit the island on Sunday.",
])
def test_a_named_hazard_attacks_no_one(ex, text):
    _, events = coded(ex, text)
    assert not [e for e in events if e["type"] == "ASSAULT"], events


@pytest.mark.parametrize("text, kind, doer", [
    ("The recession forced Uruguay to seek a new loan from the World Bank.", "REQUEST", "URY"),
    ("The disaster prompted Kenya to send aid to Malawi.", "AID", "KEN"),
])
def test_a_misfortune_that_forces_leaves_the_forced_one_acting(ex, text, kind, doer):
    # (the infinitive's doer is the object of the causative verb, not the misfortune)
    actors, events = coded(ex, text)
    found = [{actors[i].get("country") for i in e["sources"]} for e in events if e["type"] == kind]
    assert {doer} in found, events
