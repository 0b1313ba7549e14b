"""Which words name an actor, and which actor: a body named with a country ("the Group of 77
and China") or its role ("the Heads of State of ECOWAS") is the body, an acronym the text
spells out is its long form, a town the tagger takes for a person is a place; the state of
"a two- State solution", an opening participle, an agency's dateline, force "used" name no
actor.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import acts, coded as _coded, statement as _out, statement, statement_acts as _acts
from sentence_support import statement_events as _events


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


# -- a named group whose name coordinates a country is one organisation ----------------------
# ("the leaders of the Group of 77 and China" coded as a meeting with China)

@pytest.mark.parametrize("text", [
    "Our capital will receive the heads of state of the Group of 77 and China next spring.",
    "The Group of 77 and China has called for debt relief.",
    "My country holds the chairmanship of the Group of 77 and China this year.",
    "As host, we are ready to receive the leaders of the Group of 77 and China in our capital.",
    "As host, we are ready to receive the leaders of the G-77 and China in our capital.",
])
def test_a_group_named_with_a_country_is_not_that_country(ex, text):
    out = _out(ex, text)
    assert not any(a["country"] == "CHN" for a in out["actors"]), out["actors"]
    assert not any(p["country"] == "CHN" for p in out.get("places", [])), out["places"]


def test_a_coordination_of_a_group_and_a_country_is_still_two(ex):
    evs = _events(ex, "We thank the African Union and China for their help.")
    assert any(e["type"] == "SUPPORT" and "CHN" in e["tgt"] for e in evs), evs


# -- an acronym the text spells out is that body, not another the knowledge base knows by it --
# ("International Seabed Authority (ISA)" read as the Israel Security Agency: Pacific states
# "urging Israel's intelligence service")

def test_an_acronym_defined_in_the_text_is_its_long_form(ex):
    evs = _events(ex, "The International Seabed Authority (ISA) meets in Kingston every summer. "
                      "We urge the ISA to finish the code for deep-sea mining.", issuer="Nauru")
    req = [e for e in evs if e["type"] == "REQUEST"]
    assert req and all("ISR" not in e["tgt"] for e in req), req
    assert any("International Seabed Authority" in e["tgt"] for e in req), req


def test_an_acronym_spelt_as_the_known_body_stays_that_body(ex):
    evs = _events(ex, "The Palestine Liberation Organisation (PLO) met in Ramallah. "
                      "We urge the PLO to hold elections.")
    assert any(e["type"] == "REQUEST" and e["tgt"] == ["PSE"] for e in evs), evs


# -- a town the tagger takes for a person is a place ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Heavy clashes were reported around Goma on Friday, witnesses said.",
    "The insurgents took Goma after three days of heavy fighting.",
])
def test_a_town_the_tagger_takes_for_a_person_is_no_person(ex, text):
    actors, _ = _coded(ex, text)
    named = [a for a in actors.values() if any(text[m["start"]:m["end"]] == "Goma" for m in a["mentions"])]
    assert all(a["kind"] != "person" and a.get("country") == "COD" for a in named), named


# -- a numeral compound broken after its hyphen names no actor ---------------------------------
# ("a two- State solution" was SUPPORT of an actor "State")

@pytest.mark.parametrize("text", [
    "We back a two- State outcome for the Middle East.",
    "Our region needs a three- State arrangement for the river basin.",
])
def test_the_state_of_a_two_state_compound_is_no_actor(ex, text):
    out = _out(ex, text)
    assert not any(a["name"] == "State" for a in out["actors"]), out["actors"]


def test_a_known_name_after_a_numeral_hyphen_stays(ex):
    evs = _events(ex, "We reaffirm our commitment to the one- China policy.")
    assert any("CHN" in e["tgt"] for e in evs), evs


# -- a sentence opened by a capitalised verb: the verb is no name ----------------------------

@pytest.mark.parametrize("text, word", [
    ("Liberated, Ghana built with its neighbours a union of free nations.", "Liberated"),
    ("Defeated, Germany signed the treaty.", "Defeated"),
])
def test_an_opening_participle_is_no_place_or_actor(ex, text, word):
    out = _out(ex, text)
    assert not any(a["name"] == word for a in out["actors"]), out["actors"]
    assert not any(p["name"] == word for p in out.get("places", [])), out.get("places")


# -- a press-agency dateline ("GENEVA (Reuters) - ...") is where the text was filed, no actor

def test_an_agency_dateline_is_no_actor(ex):
    out = _out(ex, "GENEVA (Reuters) - Foreign Minister Ada Korrin of Zembla said on Monday that "
                   "militants had attacked displaced families.", issuer=None)
    assert not any(a["name"].upper() == "GENEVA" for a in out["actors"]), out["actors"]
    assert any(p["name"] == "Geneva" for p in out.get("places", [])), out.get("places")


# -- the means after "use of", "threat of" ----------------------------------------------

def test_force_used_or_threatened_is_no_actor(extractor):
    for text in ("We reject the use of force against civilians.",
                 "We condemn any threat of force against our neighbours."):
        out = statement(extractor, text, "Ghana")
        assert not [a["name"] for a in out["actors"] if "force" in a["name"].lower()], text


def test_forces_named_as_a_body_are_still_actors(extractor):
    out = statement(extractor, "We condemn the use of force by the junta against protesters.", "Ghana")
    assert [t for k, _, t in acts(out) if k == "ACCUSE"] == [["junta"]]
