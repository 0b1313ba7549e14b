"""A craft named for a civil use ("a rescue helicopter", "a passenger jet") is no armed force:
not the air force a bare "helicopter" stands for; craft of the state or the police stay theirs.

Sentences written for these tests; the places are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _sectors(ex, text: str) -> dict[str, str]:
    actors, _ = coded(ex, text)
    return {a["name"]: a.get("sector") for a in actors.values()}


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a rescue helicopter near Misrata on Sunday.",
    "Rebels shot down a passenger jet over Lake Kivu.",
    "A medical helicopter evacuated two wounded fishermen from the island.",
])
def test_a_craft_of_a_civil_use_is_no_military(ex, text):
    sectors = _sectors(ex, text)
    assert "MIL" not in sectors.values(), sectors


@pytest.mark.parametrize("text, sector", [
    ("Government helicopters bombed a village near Kutum.", "MIL"),
    ("Police helicopters fired tear gas on the protesters in Lagos.", "COP"),
])
def test_craft_of_a_state_body_stay_its_own(ex, text, sector):
    assert sector in _sectors(ex, text).values()
