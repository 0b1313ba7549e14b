"""Issue 13, news tuples (helper news6): constructions of news text the read parts showed.

* a hostile act noun as the "by" agent of a passive clause ("X was hit by air strikes"): the
  clause's subject is the one the act struck, its target;
* a passive verb of giving with two objects ("X was given aid by Y", "X was granted credit by
  Y"): the "by" phrase the parser hangs on the kept object, or as a plain phrase of the verb,
  is the giver (the source), the passive subject the receiver;
* acts traded between two sides ("X and Y traded accusations / threats"): the verb's object
  names the act (an accusation, a threat), not trade between them;
* an event noun's own preposition that the parser hung on the verb whose object the noun is
  ("repelled a Russian assault on X", right after the noun's phrase): X is the noun's target;
* talk coordinated with a meeting and naming no partner of its own ("met X and discussed
  Y", "met and held talks"): one meeting, not a second CONSULT event with no target;
* joint military exercises of any name ("joint drills / manoeuvres / war games"): military
  cooperation (CAMEO 062), not a show of force (150);
* recalling any envoy (the envoys word class: diplomats, consuls, emissaries) is the
  withdrawal of representation (161), as recalling an ambassador was;
* an "X-led" compound on an act noun ("a Saudi-led coalition air strike"): X leads the doers,
  the act's source;
* any verb of ending sanctions (word class lifting: "removed / scrapped / repealed the
  sanctions, the embargo") eases them (085); "removed sanctions on X" was coded as sanctions
  imposed (163) with no source;
* a prisoner exchange ("swapped / exchanged prisoners") releases people (0841), as the CAMEO
  verb dictionary codes it; it was intelligence sharing (064) or nothing;
* a missile launched as a test or into open waters ("test-fired a missile", "fired two
  missiles into the sea") is a show of force (150), not an attack (194).
"""

from __future__ import annotations

import pytest

from coding_support import countries_of as _countries


def _code(extractor, text):
    return extractor.extract_text(text, published="2021-05-11")


def _events(doc):
    return [(e.type, e.cameo, e.evidence.text[:40]) for e in doc.events]


@pytest.mark.parametrize("text, source, target", [
    ("Yemen was hit by Saudi air strikes on Tuesday night.", "SAU", "YEM"),
    ("Armenia was targeted by Azerbaijani artillery fire near the border.", "AZE", "ARM"),
])
def test_a_hostile_act_as_passive_agent_strikes_the_subject(extractor, text, source, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].sources) == [source], _events(doc)
    assert _countries(doc, hits[0].targets) == [target], _events(doc)


@pytest.mark.parametrize("text, source, target", [
    ("Haiti was given emergency fuel aid by Venezuela after the storm.", "VEN", "HTI"),
    ("Lebanon was granted emergency credit by France.", "FRA", "LBN"),
])
def test_the_giver_of_a_passive_verb_of_two_objects(extractor, text, source, target):
    doc = _code(extractor, text)
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid, _events(doc)
    assert _countries(doc, aid[0].sources) == [source], _events(doc)
    assert _countries(doc, aid[0].targets) == [target], _events(doc)


@pytest.mark.parametrize("text, type_", [
    ("Serbia and Croatia traded accusations over the border incident.", "ACCUSE"),
    ("Guyana and Venezuela exchanged barbs at the summit.", "ACCUSE"),
    ("Iran and Israel traded threats after the drone attack.", "THREATEN"),
])
def test_acts_traded_between_two_sides_are_those_acts(extractor, text, type_):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == [type_], _events(doc)
    assert len(doc.events[0].sources) == 2, _events(doc)


def test_trading_goods_stays_cooperation(extractor):
    doc = _code(extractor, "Kenya and Uganda trade heavily with each other.")
    assert [e.type for e in doc.events] == ["COOPERATE"], _events(doc)


@pytest.mark.parametrize("text, source, target", [
    ("Nigerian troops repelled a Boko Haram assault on Maiduguri.", None, "NGA"),
    ("Kurdish fighters beat back an Iranian attack on Sulaymaniyah.", "IRN", "IRQ"),
])
def test_an_event_nouns_preposition_hung_on_the_verb(extractor, text, source, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert hits, _events(doc)
    assert target in _countries(doc, hits[0].targets), _events(doc)
    if source:
        assert _countries(doc, hits[0].sources) == [source], _events(doc)


@pytest.mark.parametrize("text, n", [
    ("Ghana's finance minister met the Nigerian vice president in Abuja on Friday and "
     "discussed the gas pipeline.", 1),
    ("The presidents of Angola and Zambia met in Luanda and held talks on the railway.", 1),
    # the second verb names a partner of its own: two acts
    ("The Qatari envoy visited Kabul and met Taliban ministers.", 2),
])
def test_talk_coordinated_with_a_meeting_is_that_meeting(extractor, text, n):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == ["CONSULT"] * n, _events(doc)


@pytest.mark.parametrize("text, type_", [
    ("Vietnam and India held joint naval drills off Da Nang.", "COOPERATE"),
    ("Pakistani and Chinese troops began joint manoeuvres near the border.", "COOPERATE"),
    # one country alone: a show of force
    ("Iran staged war games near the Strait of Hormuz.", "MOBILIZE"),
])
def test_joint_exercises_of_any_name_are_cooperation(extractor, text, type_):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == [type_], _events(doc)
    if type_ == "COOPERATE":
        assert doc.events[0].cameo == "062", _events(doc)


@pytest.mark.parametrize("text, target", [
    ("Namibia recalled its diplomats from Morocco for consultations.", "MAR"),
    ("Gabon recalled its consul in Cameroon.", "CMR"),
])
def test_recalling_any_envoy_withdraws_representation(extractor, text, target):
    doc = _code(extractor, text)
    assert [(e.type, e.cameo) for e in doc.events] == [("SANCTION", "161")], _events(doc)
    assert _countries(doc, doc.events[0].targets) == [target], _events(doc)


def test_the_leader_of_an_x_led_act_is_its_source(extractor):
    doc = _code(extractor, "A Nigerian-led coalition air strike killed nine fighters near Lake Chad.")
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert hits and _countries(doc, hits[0].sources) == ["NGA"], _events(doc)


@pytest.mark.parametrize("text, type_, cameo, target", [
    ("Canada removed sanctions on Zambia.", "RETREAT", "085", "ZMB"),
    ("The Security Council scrapped the arms embargo on Liberia.", "RETREAT", "085", "LBR"),
    ("Ottawa repealed the tariffs on Chinese steel.", "RETREAT", "085", "CHN"),
])
def test_ending_a_restriction_eases_it(extractor, text, type_, cameo, target):
    doc = _code(extractor, text)
    assert [(e.type, e.cameo) for e in doc.events] == [(type_, cameo)], _events(doc)
    assert _countries(doc, doc.events[0].targets) == [target], _events(doc)
    assert doc.events[0].sources, _events(doc)


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan swapped prisoners on Friday.",
    "Israel exchanged detainees with Hamas.",
])
def test_a_prisoner_exchange_releases_people(extractor, text):
    doc = _code(extractor, text)
    assert [(e.type, e.cameo) for e in doc.events] == [("RETREAT", "0841")], _events(doc)


@pytest.mark.parametrize("text, type_", [
    ("Pakistan test-fired a cruise missile on Monday.", "MOBILIZE"),
    ("Iran launched two missiles into the Gulf during the drill.", "MOBILIZE"),
    # fired at someone: an attack
    ("Houthi forces fired missiles at Saudi Arabia.", "ASSAULT"),
])
def test_a_missile_test_is_a_show_of_force(extractor, text, type_):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events][:1] == [type_], _events(doc)
