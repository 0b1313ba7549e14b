"""Military craft (drones, helicopters, gunships, warplanes) are materiel, not a body: whose
craft they are decides the actor (review finding F1).

Sentences written for these tests; the groups and states are real (so they resolve), the events
invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _assault_doers(ex, text: str) -> list[dict]:
    actors, events = coded(ex, text)
    return [actors[i] for e in events if e["type"] == "ASSAULT" for i in e["sources"]]


@pytest.mark.parametrize("text, group", [
    ("Houthi drones struck a tanker in the Red Sea.", "Houthi"),
    ("Hamas drones attacked an Israeli tank.", "Hamas"),
    ("Taliban helicopters bombed the village.", "Taliban"),
    ("Taliban warplanes bombed a market in the valley.", "Taliban"),
    ("Houthi drones attacked a Saudi oil terminal at dawn.", "Houthi"),
])
def test_a_named_groups_craft_are_the_group(ex, text, group):
    doers = _assault_doers(ex, text)
    assert doers and all(group.lower() in a["name"].lower() and a.get("sector") != "MIL"
                         and a["kind"] != "government" for a in doers), doers


@pytest.mark.parametrize("text, sector", [
    ("Rebel gunships shelled the town.", "REB"),
    ("A police helicopter fired on protesters in Nairobi.", "COP"),
    ("Police drones fired tear gas at the marchers in Lagos.", "COP"),
])
def test_an_agent_word_before_craft_decides_the_sector(ex, text, sector):
    doers = _assault_doers(ex, text)
    assert doers and all(a.get("sector") == sector for a in doers), doers


@pytest.mark.parametrize("text", [
    "Government helicopters struck villages east of the river.",
    "Sudanese gunships attacked a camp of the kidnappers.",
    "Helicopters bombed the outskirts of the town.",
])
def test_a_states_or_unowned_craft_stay_its_military(ex, text):
    # guard: a government's craft, a country's, or craft with no owner are the air force
    doers = _assault_doers(ex, text)
    assert doers and all(a.get("sector") == "MIL" for a in doers), doers


@pytest.mark.parametrize("text", [
    "Jets bombed the outskirts of Idlib.",
    "Jets struck a convoy near Homs at dawn.",
])
def test_jets_opening_a_sentence_are_the_doer(ex, text):
    # (review finding F7: the tagger's person "Jets" is dropped; the craft word is the doer)
    doers = _assault_doers(ex, text)
    assert doers and all(a.get("sector") == "MIL" and a["kind"] != "person" for a in doers), doers
