"""A misfortune named as the subject of a verb of striking ("tragedy struck", "disaster hit") is
no one's attack, as a storm or an epidemic is not (cues.toml non_agents); an armed doer of the
same verb still attacks.

Sentences written for these tests; the places are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _types(ex, text: str) -> list[str]:
    return [e["type"] for e in coded(ex, text)[1]]


@pytest.mark.parametrize("text", [
    "Tragedy struck the fishing village of Chimbote on Sunday when the pier collapsed.",
    "Disaster struck the port of Beira again last year.",
    "Catastrophe hit the town of Derna after the dams burst.",
])
def test_a_misfortune_striking_is_no_attack(ex, text):
    assert "ASSAULT" not in _types(ex, text), _types(ex, text)


def test_an_armed_doer_striking_still_attacks(ex):
    text = "Rebel fighters struck the army barracks in Beni on Sunday."
    assert "ASSAULT" in _types(ex, text), _types(ex, text)
