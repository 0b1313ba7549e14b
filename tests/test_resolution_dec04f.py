"""Actor resolution: which country an actor is of, and whether it is found at all.  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id, coded as _coded, sides as _sides


@pytest.mark.parametrize("text, group", [
    ("The rebels ambushed a convoy of Ugandan soldiers near the river on Monday.", "rebels"),
    ("Armed fighters attacked a Malian army patrol north of the town, officials said.", "fighters"),
    ("The militias clashed with Nigerian troops in the north.", "militias"),
])
def test_a_bare_armed_group_does_not_borrow_the_country_of_its_opponent(ex, text, group):
    found = _sides(ex, text, "ASSAULT")
    assert found, _coded(ex, text)
    names = [(n, c) for src, tgt in found for n, c in src + tgt if group in n.lower()]
    assert names and all(c is None for _, c in names), found


def test_a_named_rebel_group_facing_its_government_keeps_its_country(ex):
    text = "A Tutsi rebel group, the Union for Freedom, demanded that the Chadian government free its prisoners."
    actors, events = _coded(ex, text)
    assert any(actors[i].get("country") == "TCD" for e in events for i in e["sources"]), events


@pytest.mark.parametrize("text, force, country", [
    ("Police detained a dozen students in Nairobi on Friday.", "police", "KEN"),
    ("The authorities arrested three journalists in Delhi last week.", "authorities", "IND"),
    ("Security forces detained four traders in Lahore after the strike.", "security forces", "PAK"),
])
def test_a_state_force_coercing_people_in_a_place_is_of_its_country(ex, text, force, country):
    actors, events = _coded(ex, text)
    doers = [actors[i] for e in events if e["type"] == "COERCE" for i in e["sources"]]
    assert doers and all(a["name"].lower() == force and a.get("country") == country for a in doers), \
        (doers, events)


@pytest.mark.parametrize("text", [
    "Heavy clashes were reported around Goma on Friday, witnesses said.",
    "The insurgents took Goma after three days of heavy fighting.",
])
def test_a_town_the_tagger_takes_for_a_person_is_no_person(ex, text):
    actors, _ = _coded(ex, text)
    named = [a for a in actors.values() if any(text[m["start"]:m["end"]] == "Goma" for m in a["mentions"])]
    assert all(a["kind"] != "person" and a.get("country") == "COD" for a in named), named


def _statement(ex, issuer: str, text: str) -> tuple[dict, list[dict]]:
    out = contract.to_dict(ex.extract_text(text, title=f"Statement of the Ministry of Foreign Affairs of {issuer}",
                                           published="2024-03-24"))
    return actors_by_id(out), out["events"]


@pytest.mark.parametrize("text", [
    "NATO warplanes struck our power stations and a hospital on Tuesday night.",
    "NATO shelled Serbian villages along the river for a second week.",
])
def test_an_alliance_attacking_the_issuer_is_accused_by_it(ex, text):
    actors, events = _statement(ex, "Serbia", text)
    accusations = [e for e in events if e["type"] == "ACCUSE" and e.get("mode") == "allege"]
    assert accusations, events
    assert all("NATO" in actors[t]["name"] for e in accusations for t in e["targets"]), accusations
    assert not [e for e in events if e.get("cameo") == "015"], events


def test_an_alliance_act_a_member_tells_is_no_allegation(ex):
    actors, events = _statement(ex, "France", "NATO warplanes struck the regime's tanks near the port.")
    assert not [e for e in events if e["type"] == "ACCUSE"], events


@pytest.mark.parametrize("title, body", [
    ("Statement by the Chair of the Group of 77", "Group of 77"),
    ("Statement by the Chair of the Group of 77 and China", "Group of 77"),
    ("Statement by the Executive Secretary of ECOWAS", "ECOWAS"),
])
def test_an_office_of_a_known_body_issues_for_that_body(ex, title, body):
    out = contract.to_dict(ex.extract_text("We urge all creditors to ease the debt burden of poor nations.",
                                           title=title, published="2024-09-24"))
    actors = actors_by_id(out)
    issuers = [actors[i] for i in out["document"]["issuers"]]
    assert [(a["name"], a["kind"]) for a in issuers] == [(body, "igo")], issuers


def test_a_state_the_tagger_takes_for_a_building_acts_as_the_state(ex):
    actors, events = _coded(ex, "The Vatican condemned the bombing of the cathedral in strong terms.")
    doers = [actors[i] for e in events if e["type"] == "ACCUSE" for i in e["sources"]]
    assert [a.get("country") for a in doers] == ["VAT"], events


def test_a_state_named_as_a_place_stays_a_place(ex):
    actors, _ = _coded(ex, "Thousands of pilgrims gathered in the Vatican on Sunday for the mass.")
    assert not [a for a in actors.values() if a.get("country") == "VAT"], actors


@pytest.mark.parametrize("text, country", [
    ("The Duma denounced the new sanctions as economic warfare.", "RUS"),
    ("The Bundestag approved the deployment of two frigates.", "DEU"),
])
def test_a_legislature_the_field_dictionary_knows_has_its_country(ex, text, country):
    actors, events = _coded(ex, text)
    doers = [actors[i] for e in events for i in e["sources"]]
    assert doers and all(a.get("country") == country for a in doers), events


def test_police_attacked_in_a_place_are_of_its_country_and_their_attackers_none(ex):
    found = _sides(ex, "Gunmen shot dead two policemen in Peshawar on Monday evening.", "ASSAULT")
    assert found, found
    (src, tgt), = found[:1]
    assert [c for _, c in tgt] == ["PAK"] and [c for _, c in src] == [None], found


def test_a_body_the_field_dictionary_dates_later_keeps_its_country(ex):
    # the Phoenix dictionary codes the party SYRREB from December 2012 only
    out = contract.to_dict(ex.extract_text("The Kurdish Democratic Union Party rejected the offer of talks.",
                                           published="2005-05-01"))
    party = [a for a in out["actors"] if a["name"] == "Kurdish Democratic Union Party"]
    assert party and party[0].get("country") == "SYR", out["actors"]
