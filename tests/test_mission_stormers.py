"""Those who act on a state's embassy or consulate act abroad: a crowd with no country of its
own does not take the country of the mission it storms.  Sentences written for these tests,
events invented."""

from __future__ import annotations

import pytest
from coding_support import coded


def _source_countries(ex, text):
    actors, events = coded(ex, text)
    return [actors[i].get("country") for e in events for i in e["sources"]]


@pytest.mark.parametrize("text, owner", [
    ("Protesters stormed the embassy of Norway on Friday.", "NOR"),
    ("A crowd torched the Swedish consulate overnight.", "SWE"),
])
def test_a_crowd_at_a_mission_is_not_of_its_owner(ex, text, owner):
    got = _source_countries(ex, text)
    assert got and owner not in got, got


def test_a_crowd_in_a_named_city_is_of_its_country(ex):
    assert "PAK" in _source_countries(ex, "Protesters stormed the embassy of Norway in Islamabad.")
