"""Which country an actor is of: an armed group borrows none from its opponent or sponsor,
a state force or the police take the country of the place they act in, a capital is its
government, a "<country>-led" body has its leader's, "our villages" are the speaker's side,
each country of "negotiators from X and Y", victims with no country of their own take the
country the act is done in; the issuer condemning a group, the act requested
of an addressee and the doers of an attack give none.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id, coded as _coded, coded, sides as _sides, statement
from coding_support import statement_acts as _acts
from sentence_support import cameo_records as _cameo, events_of_type as _events_of, ga79_statement as code
from sentence_support import ga_statement as _statement, named_acts as _events, news_2022 as _news


def _actor(out: dict, aid: str) -> dict:
    return next(a for a in out["actors"] if a["id"] == aid)


# -- armed groups, state forces and bodies the field dictionary knows --------------------------------

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


def test_police_attacked_in_a_place_are_of_its_country_and_their_attackers_none(ex):
    found = _sides(ex, "Gunmen shot dead two policemen in Peshawar on Monday evening.", "ASSAULT")
    assert found, found
    (src, tgt), = found[:1]
    assert [c for _, c in tgt] == ["PAK"] and [c for _, c in src] == [None], found


@pytest.mark.parametrize("text, country", [
    ("The Duma denounced the new sanctions as economic warfare.", "RUS"),
    ("The Bundestag approved the deployment of two frigates.", "DEU"),
])
def test_a_legislature_the_field_dictionary_knows_has_its_country(ex, text, country):
    actors, events = _coded(ex, text)
    doers = [actors[i] for e in events for i in e["sources"]]
    assert doers and all(a.get("country") == country for a in doers), events


def test_a_body_the_field_dictionary_dates_later_keeps_its_country(ex):
    # the Phoenix dictionary codes the party SYRREB from December 2012 only
    out = contract.to_dict(ex.extract_text("The Kurdish Democratic Union Party rejected the offer of talks.",
                                           published="2005-05-01"))
    party = [a for a in out["actors"] if a["name"] == "Kurdish Democratic Union Party"]
    assert party and party[0].get("country") == "SYR", out["actors"]


def test_a_state_the_tagger_takes_for_a_building_acts_as_the_state(ex):
    actors, events = _coded(ex, "The Vatican condemned the bombing of the cathedral in strong terms.")
    doers = [actors[i] for e in events if e["type"] == "ACCUSE" for i in e["sources"]]
    assert [a.get("country") for a in doers] == ["VAT"], events


def test_a_state_named_as_a_place_stays_a_place(ex):
    actors, _ = _coded(ex, "Thousands of pilgrims gathered in the Vatican on Sunday for the mass.")
    assert not [a for a in actors.values() if a.get("country") == "VAT"], actors


# -- capitals, backed groups, agents placed in two capitals, forces sent ----------------------------

@pytest.mark.parametrize("text, kind, countries", [
    ("Ottawa and Canberra agreed to extend the fisheries accord.", "AGREE", {"CAN", "AUS"}),
    ("Lima and Quito traded accusations over the border incident.", "ACCUSE", {"PER", "ECU"}),
])
def test_every_capital_of_a_coordinated_subject_is_its_government(ex, text, kind, countries):
    found = _sides(ex, text, kind)
    assert found, _coded(ex, text)
    assert {c for src, _ in found for _, c in src} == countries, found


@pytest.mark.parametrize("text, group", [
    ("Belarusian-backed rebels attacked a Lithuanian border post on Monday.", "rebels"),
    ("A Ugandan-funded militia ambushed the convoy near the lake.", "militia"),
    ("Venezuelan-trained fighters shelled the village on Sunday.", "fighters"),
])
def test_a_backed_group_is_not_of_its_sponsor(ex, text, group):
    """The sponsor named before "-backed" is not the group's country (nor, alone in the
    sentence, the country the group is placed in)."""
    sponsor = {"Belarusian": "BLR", "Ugandan": "UGA", "Venezuelan": "VEN"}[text.split("-")[0].split()[-1]]
    actors, events = _coded(ex, text)
    named = [a for a in actors.values() if group in a["name"].lower()]
    assert named and all(a.get("country") != sponsor and a["kind"] != "country" for a in named), named
    doers = [actors[i] for e in events for i in e["sources"]]
    assert doers and all(a.get("country") != sponsor for a in doers), events


def test_a_capital_doing_a_passive_act_is_its_government(ex):
    found = _sides(ex, "The ceasefire plan was rejected by Ankara and Baghdad.", "REJECT")
    assert found and {c for src, _ in found for _, c in src} == {"TUR", "IRQ"}, found


@pytest.mark.parametrize("text, countries", [
    ("Officials in Ankara and Athens rejected the proposal.", {"TUR", "GRC"}),
    ("Diplomats from Lima and Quito signed the fisheries accord.", {"PER", "ECU"}),
])
def test_an_agent_placed_in_two_capitals_is_one_per_country(ex, text, countries):
    actors, events = _coded(ex, text)
    doers = [actors[i] for e in events for i in e["sources"]]
    assert {a.get("country") for a in doers} == countries, events


@pytest.mark.parametrize("text", [
    "Nepal has deployed thousands of its troops to Lebanon.",
    "Fiji has deployed hundreds of its peacekeepers to Lebanon.",
])
def test_forces_a_state_sends_are_not_whom_it_acts_on(ex, text):
    actors, events = _coded(ex, text)
    sent = [e for e in events if e["type"] in ("MOBILIZE", "AID")]
    assert sent, events
    for e in sent:
        src = {actors[i].get("country") for i in e["sources"]}
        tgt = {actors[i].get("country") for i in e["targets"]}
        assert src and not (src & tgt), (e["type"], [actors[i]["name"] for i in e["sources"] + e["targets"]])


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


# --- an act noun's victims ("on", "against") and its doers ("by") ----------------------

def test_victims_of_an_attack_noun_do_not_take_the_country_of_its_doers(extractor):
    for text in ("The raids on fishing villages by Eritrean soldiers must end now.",
                 "We deplore the assaults against journalists by Belarusian security forces.",
                 "We deplore the bombing of farmers by Eritrean aircraft."):
        out = _statement(extractor, "Sweden", text)
        acts = _events_of(out, "ASSAULT")
        assert acts, _events(out)
        for e in acts:
            doers = {_actor(out, i).get("country") for i in e["sources"]}
            assert doers & {"ERI", "BLR"}, _events(out)
            for i in e["targets"]:
                assert _actor(out, i).get("country") not in doers, _events(out)


# --- the addressee of a request and the object of the act requested --------------------

def test_the_addressee_of_a_request_does_not_take_the_country_of_the_act_requested(extractor):
    for text in ("We appeal to the donor community to rebuild the hospitals of Honduras.",
                 "My delegation calls upon the international community to stand by Malawi."):
        out = _statement(extractor, "Belgium", text)
        reqs = _events_of(out, "REQUEST")
        assert reqs and all(e["targets"] for e in reqs), _events(out)
        for e in reqs:
            for i in e["targets"]:
                assert _actor(out, i).get("country") not in ("HND", "MWI"), _events(out)


def test_a_place_the_requested_act_is_done_in_still_places_the_addressee(extractor):
    out = _statement(extractor, "Kenya", "We urge the militias to hand over their weapons in Somalia.")
    reqs = _events_of(out, "REQUEST")
    assert reqs and {_actor(out, i).get("country") for e in reqs for i in e["targets"]} == {"SOM"}, \
        _events(out)


# --- countries coordinated in a "from" phrase --------------------------------------------

def test_each_country_of_a_coordinated_from_phrase_is_a_side(extractor):
    out = _news(extractor, "Negotiators from Ecuador and Bolivia met in Quito on Friday to discuss "
                           "river transport.")
    acts = _events_of(out, "CONSULT")
    assert acts, _events(out)
    sides = {_actor(out, i).get("country") for e in acts for i in e["sources"] + e["targets"]}
    assert {"ECU", "BOL"} <= sides, _events(out)


def test_one_country_in_a_from_phrase_still_places_the_group(extractor):
    out = _news(extractor, "Negotiators from Ecuador met the Bolivian trade minister on Friday.")
    srcs = {_actor(out, i).get("country") for e in out["events"] for i in e["sources"]}
    assert srcs == {"ECU"}, _events(out)


# -- the issuer naming itself says nothing of where a group is.

def test_a_group_is_not_of_the_issuers_country_for_being_condemned_by_it(ex):
    out = code(ex, "Norway", "Norway condemns the attack on the relief convoy by the militia.")
    actors = actors_by_id(out)
    militia = [a for a in actors.values() if "militia" in a["name"].lower()]
    assert militia and not any(a.get("country") == "NOR" for a in militia), militia


# -- victims with no country of their own are of the country the act is done in -------------------

@pytest.mark.parametrize("text, record", [
    ("Ethiopian troops killed dozens of civilians in Somalia.", ("190", ["ETH"], ["SOM"])),
    ("Turkish jets bombed Kurdish villages in Iraq.", ("195", ["TUR"], ["IRQ"])),
    # a group of a known country keeps it
    ("Ethiopian troops killed Kenyan herders in Somalia.", ("190", ["ETH"], ["KEN"])),
])
def test_victims_with_no_country_are_of_the_place_of_the_act(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]
