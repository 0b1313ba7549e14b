"""Review finding F13: "drop" sends a projectile only when the projectile is its own object, and
"target" is an attack when craft or weapons do it, not any military unit.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _types(ex, text: str) -> set[str]:
    return {e["type"] for e in coded(ex, text)[1]}


@pytest.mark.parametrize("text", [
    "The government dropped its missile programme after talks with the United States.",
    "Iran dropped its rocket programme under pressure from Washington.",
    "Pakistan quietly dropped its missile tests near the coast.",
])
def test_a_weapons_programme_dropped_is_no_attack(ex, text):
    assert "ASSAULT" not in _types(ex, text)


@pytest.mark.parametrize("text", [
    "Peacekeepers targeted the warlord with sanctions recommendations.",
    "UN peacekeeping units targeted sexual violence in their awareness campaign.",
    "Police units targeted smugglers with a wave of arrests in Mombasa.",
])
def test_units_targeting_with_other_means_is_no_attack(ex, text):
    assert "ASSAULT" not in _types(ex, text)


@pytest.mark.parametrize("text", [
    "Government helicopters dropped bombs on a market in Darfur.",
    "Russia dropped bombs on a hospital in Aleppo.",
    "Syrian aircraft rained barrel bombs on Aleppo.",
    "Israeli drones targeted a car in Gaza.",
])
def test_bombs_dropped_and_craft_targeting_stay_attacks(ex, text):
    # guard: the projectile is the verb's own object; craft are the doer
    assert "ASSAULT" in _types(ex, text)
