"""Actor resolution, defects fixed on 2026-12-04 (fourth round): a role phrase of a group
whose name coordinates a country, "<country>-led" collectives, the speaker's own places,
the two Congos.

Sentences written for these tests; the states and bodies are real (so they resolve), the
events invented.
"""

from __future__ import annotations

import pytest

from coding_support import actors_by_id, statement
from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


# -- a role of a group whose name coordinates a country: the group, not the country ------------

@pytest.mark.parametrize("text", [
    "We welcome the text agreed by the Heads of Delegation of the Group of 77 and China at their summit.",
    "We welcome the plan adopted by the Ministers of Foreign Affairs of the Group of 77 and China in Geneva.",
])
def test_a_role_of_a_group_named_with_a_country_is_the_group(ex, text):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], ["Group of 77"]) in acts, acts
    assert not [a for a in acts if "CHN" in a[2]], acts


def test_a_role_of_a_known_body_is_the_body(ex):
    acts = _acts(ex, "We thank the Heads of State of ECOWAS for their mediation in the crisis.")
    assert ("SUPPORT", ["GHA"], ["ECOWAS"]) in acts, acts


def test_a_role_tagged_apart_from_the_body_is_the_body_too(ex):
    # (the model's entities: "the Heads of State and Government" + "the African Union")
    acts = _acts(ex, "We welcome the text agreed by Heads of State and Government of the African Union at their summit.")
    assert ("SUPPORT", ["GHA"], ["African Union"]) in acts, acts


def test_a_state_in_the_role_phrase_stays_the_state(ex):
    # (a country is no body the role stands for: its office is the country's)
    acts = _acts(ex, "We condemn the threats of the Minister of Foreign Affairs of Russia against the port.")
    assert [a for a in acts if a[0] == "ACCUSE" and a[2] == ["RUS"]], acts


# -- "<country>-led <collective noun>": a body the country leads, with the leader's country ---

@pytest.mark.parametrize("text, leader", [
    ("We condemn the air strikes carried out by the Saudi-led coalition on the markets of the port.", "SAU"),
    ("We condemn the raids carried out by the Russian-led alliance on the border villages.", "RUS"),
    ("We thank the Kenya-led mission for restoring order in the capital.", "KEN"),
])
def test_a_country_led_body_has_the_leaders_country(ex, text, leader):
    out = statement(ex, text)
    led = [a for a in out["actors"] if "-led " in a["name"]]
    assert led and all(a.get("country") == leader for a in led), out["actors"]
    targets = [t for e in out["events"] if e["type"] in ("ACCUSE", "SUPPORT")
               for t in e["targets"]]
    assert {actors_by_id(out)[t]["name"] for t in targets} & {a["name"] for a in led}, out["events"]


def test_a_led_body_telling_an_attack_is_accused_as_a_state(ex):
    acts = _acts(ex, "The Russian-led alliance shelled the border posts of Georgia last week.")
    assert ("ACCUSE", ["GHA"], ["RUS"]) in acts, acts


# -- "our villages": the speaker's own places and people are of the speaker's side ------------

@pytest.mark.parametrize("text, doer", [
    ("The army of Rwanda shelled our villages near the lake.", "RWA"),
    ("We condemn the attacks on our villages by the army of Rwanda.", "RWA"),
    ("Militias from Burundi have killed our fishermen on the lake.", "BDI"),
])
def test_the_speakers_own_people_are_of_the_speakers_side(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ASSAULT", [doer], ["GHA"]) in acts, acts
    assert not [a for a in acts if a[0] == "ASSAULT" and doer in a[2]], acts


def test_another_speakers_own_people_are_not_the_issuers(ex):
    # (told by another speaker, "our" is that speaker's: the issuer's side is not named)
    out = statement(ex, '"The army of Rwanda shelled our villages," the Mayor of Goma said.')
    assert not [a for a in out["actors"] if a["name"] == "villages" and a.get("country") == "GHA"], out["actors"]


# -- the two Congos: named in full they say which; bare "Congo" by the document's places -------

@pytest.mark.parametrize("text, want", [
    ("We support the peace process in the Democratic Republic of the Congo.", "COD"),
    ("We support the peace process in the DRC.", "COD"),
    ("We support the peace process in the DR Congo.", "COD"),
    ("We support the reforms in the Republic of the Congo.", "COG"),
    ("We support the reforms in Congo-Brazzaville.", "COG"),
    # bare "Congo": the usual reading (ISO 3166's "Congo")
    ("We support the peace process in Congo.", "COG"),
    # ... unless the document's places point at one of the two
    ("We support the peace process in Congo, where the fighting near Kinshasa has displaced thousands.", "COD"),
    ("We support the peace process in Congo, where the mines near Lubumbashi have reopened.", "COD"),
    ("We support the reforms in Congo, where the port of Pointe-Noire has reopened.", "COG"),
    # places of both decide nothing
    ("We thank Congo for hosting the talks in Brazzaville and Kinshasa.", "COG"),
])
def test_which_congo(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [want]) in acts, acts


def test_congo_said_by_the_drc_is_itself(ex):
    out = statement(ex, "Congo will never accept the looting of its mines.", "the Democratic Republic of the Congo")
    assert {a.get("country") for a in out["actors"] if "Congo" in a["name"]} == {"COD"}, out["actors"]
