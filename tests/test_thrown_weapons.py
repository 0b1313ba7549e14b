"""Weapons thrown by hand at a target are an armed attack (ASSAULT 193, PETRARCH-2's code for
"hurl grenade"), as projectiles fired are; stones thrown by a crowd stay a riot, and what is
thrown that is no weapon ("threw its support behind") no attack.

Sentences written for these tests; the places are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _types(ex, text: str) -> list[tuple[str, str]]:
    return [(e["type"], e.get("cameo")) for e in coded(ex, text)[1]]


@pytest.mark.parametrize("text", [
    "Militants hurled grenades at a police post in Kunduz on Friday.",
    "Gunmen threw a grenade into a crowded bus station in Mogadishu.",
    "Suspected insurgents tossed explosives at an army convoy near Gao.",
])
def test_a_weapon_thrown_at_a_target_is_an_attack(ex, text):
    assert ("ASSAULT", "193") in _types(ex, text), _types(ex, text)


@pytest.mark.parametrize("text", [
    "Protesters threw stones at riot police in Nairobi.",
    "The senator threw his support behind the ceasefire plan.",
])
def test_stones_and_support_thrown_are_no_armed_attack(ex, text):
    assert all(t != "ASSAULT" for t, _ in _types(ex, text)), _types(ex, text)
