"""Misreadings found by probing the coder with invented sentences, each fixed by class.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded, sides


def _target_countries(ex, text: str, kind: str) -> list[set]:
    return [{c for _, c in tgt} for _, tgt in sides(ex, text, kind)]


# -- a country the tagger took for a region, acted upon ------------------------------------------

@pytest.mark.parametrize("text, kind, target", [
    ("Liberia criticised Ivory Coast over the closure of the ports.", "ACCUSE", "CIV"),
    ("Ethiopia condemned South Sudan for the raid on its herders.", "ACCUSE", "SSD"),
    ("Uganda accused South Sudan of sheltering the gunmen.", "ACCUSE", "SSD"),
    ("Senegal praised Ivory Coast for its calm after the vote.", "SUPPORT", "CIV"),
    ("Togo signed a fisheries pact with Ivory Coast.", "SUPPORT", "CIV"),
])
def test_a_country_tagged_as_a_region_is_the_state_a_verb_acts_on(ex, text, kind, target):
    found = _target_countries(ex, text, kind)
    assert any(target in t for t in found), found


def test_a_country_tagged_as_a_region_where_an_act_happens_stays_a_place(ex):
    # guard: after "in" it is where the act happens, not a party to it
    found = sides(ex, "Ghana criticised the killings of traders in South Sudan.", "ACCUSE")
    assert found and not any(c == "SSD" for _, tgt in found for _, c in tgt), found


# -- weapons and military craft as the subject of an attack verb ---------------------------------

@pytest.mark.parametrize("text", [
    "Missiles struck the outskirts of Kharkiv before dawn.",
    "Rockets hit a fuel depot near Sevastopol.",
    "Shells pounded the old town of Aleppo.",
])
def test_a_weapon_opening_a_sentence_is_no_person(ex, text):
    actors, _ = coded(ex, text)
    assert not [a for a in actors.values() if a["kind"] == "person"], actors


@pytest.mark.parametrize("text, target", [
    ("Rockets struck Kyiv shortly after midnight.", "UKR"),
    ("Saudi jets struck Yemeni army positions near the port.", "YEM"),
])
def test_what_a_strike_hits_is_its_target(ex, text, target):
    found = _target_countries(ex, text, "ASSAULT")
    assert any(target in t for t in found), found


@pytest.mark.parametrize("text", [
    "Government helicopters struck villages east of the river.",
    "Army drones struck a rebel convoy in the hills.",
    "Sudanese gunships attacked a camp of the kidnappers.",
])
def test_military_craft_striking_stand_for_their_forces(ex, text):
    actors, events = coded(ex, text)
    doers = [actors[i] for e in events if e["type"] == "ASSAULT" for i in e["sources"]]
    assert doers and all(a.get("sector") == "MIL" for a in doers), (doers, events)


def test_a_deal_struck_is_no_attack(ex):
    # guard: "strike a deal" stays an agreement when the strike's object is its target
    assert not sides(ex, "Mali and Niger struck a deal on grazing routes.", "ASSAULT")


# -- a doer destroying its own arms disarms ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The navy destroyed its stockpile of sea mines under international supervision.",
    "Albania destroyed its arsenal of mustard agent in a desert facility.",
    "The guerrillas destroyed their weapons at a ceremony in the capital.",
])
def test_destroying_ones_own_arms_is_disarming_not_attacking(ex, text):
    _, events = coded(ex, text)
    assert not [e for e in events if e["type"] == "ASSAULT"], events
    assert [e for e in events if e["type"] == "RETREAT" and e["cameo"] == "087"], events


@pytest.mark.parametrize("text", [
    "Israeli jets destroyed Hezbollah's rocket stockpile near the border.",   # another's arms
    "The army destroyed their weapons depot in the hills.",   # 'their' is not the army's
])
def test_destroying_anothers_arms_stays_an_attack(ex, text):
    _, events = coded(ex, text)
    assert [e for e in events if e["type"] == "ASSAULT"], events


# -- people welcomed with another's act done to them ---------------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("Chile welcomed the prisoners released by Argentina.", "ARG"),
    ("Norway welcomed the hostages freed by Colombia last week.", "COL"),
    ("Togo welcomed the fishermen released by Benin.", "BEN"),
])
def test_welcoming_people_freed_by_another_approves_the_act(ex, text, doer):
    found = sides(ex, text, "SUPPORT")
    assert any(doer in {c for _, c in tgt} for _, tgt in found), found
    assert not sides(ex, text, "CONSULT"), found   # no visit hosted


def test_welcoming_a_delegation_stays_hosting(ex):
    # guard: people welcomed with no act done to them are hosted
    assert sides(ex, "Chile welcomed the Argentine delegation on Monday.", "CONSULT")


# -- the owner of a relational noun is not the one addressed -------------------------------------

@pytest.mark.parametrize("text, kind, owner", [
    ("The rebels attacked Mali's partners in the region.", "ASSAULT", "MLI"),
    ("France criticised Russia's backers in Africa.", "ACCUSE", "RUS"),
    ("Greece thanked Cyprus's partners for their help.", "SUPPORT", "CYP"),
])
def test_the_owner_of_partners_or_backers_is_not_the_target(ex, text, kind, owner):
    found = sides(ex, text, kind)
    assert not any(owner in {c for _, c in tgt} for _, tgt in found), found


def test_partners_named_in_apposition_are_the_target(ex):
    # guard: the partners named ("Kenya's partners, Japan and Norway") are thanked
    found = sides(ex, "Uganda thanked Kenya's partners, Japan and Norway, for their help.", "SUPPORT")
    assert any({"JPN", "NOR"} <= {c for _, c in tgt} for _, tgt in found), found


# -- craft and weapons that target, bombs dropped -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli drones targeted a motorcycle near Tyre.",
    "Sudanese army helicopters dropped bombs on a market in Nyala.",
])
def test_craft_that_target_or_drop_bombs_attack(ex, text):
    _, events = coded(ex, text)
    assert [e for e in events if e["type"] == "ASSAULT"], events
    assert not [e for e in events if e["type"] == "COERCE"], events


def test_a_government_targeting_critics_with_laws_stays_coercion(ex):
    # guard: "target" without a military doer is no attack
    _, events = coded(ex, "The government targeted opposition leaders with new laws.")
    assert not [e for e in events if e["type"] == "ASSAULT"], events
