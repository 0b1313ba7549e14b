"""A state's armed forces named with a word of a state's own body between the country and
"Defence (Armed) Forces" ("Ethiopian National Defense Forces", "Royal Thai Armed Forces") are
its military, when the name is not in the knowledge base; a region's forces so named stay an
armed group.  Names of these tests are made up where the knowledge base might know them."""

from __future__ import annotations

import pytest

from communique.resolve.kb.words import guess_kind


@pytest.mark.parametrize("name", [
    "Kenyan National Defence Forces",
    "Royal Bhutanese Armed Forces",
    "Malian Federal Armed Forces",
])
def test_a_states_qualified_forces_are_its_military(name):
    assert guess_kind(name, "ORG") == ("government", "MIL")


@pytest.mark.parametrize("name", [
    "Benishangul National Defence Forces",
    "National Defence Forces",
])
def test_other_qualified_forces_stay_an_armed_group(name):
    assert guess_kind(name, "ORG") == ("armed_group", "REB")
