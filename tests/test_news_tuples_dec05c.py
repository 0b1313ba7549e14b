"""Issue 13, news tuples (helper news9): constructions found by coding sentences written for the
purpose (not from any gold set) and comparing with the CAMEO codebook's and PETRARCH-2's
conventions.

* a narrator's plain future of a meeting or visit ("X will visit Y next month") reports a plan:
  it is coded as the meeting or visit (CONSULT, 04x), not as X's expressed intent (036); told by
  someone ("X said it will visit Y") or promised by the speaker ("we will visit") it stays 036;
* a promise of reprisal ("vowed to retaliate against X", "promised to punish X") is a threat
  (13x), not an intent to cooperate (030);
* a projectile fired "toward(s)" a place or side takes it as the target, as "at" or "into" do;
* the victims of a hostile act, a group with no country of its own ("civilians", "villages"), are
  of the country the act is done in ("killed dozens of civilians in X");
* disapproval met by its target ("X faced / drew criticism from Y", "came under criticism from
  Y") is Y's criticism of X (111 Y>X); "came under fire" stays gunfire;
* "X is expected (predicted) to <act>" foretells X's act: the act, intended, as a scheduled one
  is; no one asks X (it was an appeal 02x with no source) nor does X promise it;
* "hit" done by armed forces or their weapons ("drones / missiles / troops hit X") is an attack;
* a promised or threatened act's own forces ("promised to withdraw its troops from X") are no
  target: the act's target is ("from X"), or what they are aimed at ("use its missiles against X");
* a demonstration held "outside" a mission ("rallied outside the X embassy") is aimed at its owner,
  as a rally staged or held outside it was;
* what is mediated between two sides ("mediated a truce between X and Y") is mediation with both.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _cameo(actors, events):
    """(CAMEO code, source countries, target countries) of each event with a code."""
    side = lambda ids: sorted(actors[i].get("country") or "-" for i in ids)
    return sorted((e["cameo"], side(e["sources"]), side(e["targets"])) for e in events if e["cameo"])


@pytest.mark.parametrize("text, record", [
    ("The Australian prime minister will visit Indonesia next month.", ("042", ["AUS"], ["IDN"])),
    ("The Chilean foreign minister will travel to Peru next week.", ("042", ["CHL"], ["PER"])),
    ("Brazil will host the Argentine president in March.", ("043", ["BRA"], ["ARG"])),
])
def test_a_narrated_future_meeting_is_the_meeting(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


@pytest.mark.parametrize("text, record", [
    ("Chile said its foreign minister will visit Peru.", ("036", ["CHL"], ["PER"])),
    ("We will visit Peru next week.", ("036", [], ["PER"])),
    ("The Danish minister would visit Peru if invited.", ("036", ["DNK"], ["PER"])),
])
def test_a_told_or_promised_future_meeting_stays_an_intent(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


@pytest.mark.parametrize("text, record", [
    ("Russia vowed to retaliate against the United States.", ("138", ["RUS"], ["USA"])),
    ("Iran promised to punish Israel.", ("130", ["IRN"], ["ISR"])),
])
def test_a_promised_reprisal_is_a_threat(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


@pytest.mark.parametrize("text, record", [
    ("North Korea fired two missiles towards Japan.", ("194", ["PRK"], ["JPN"])),
    ("Syrian forces lobbed mortars toward Turkish border posts.", ("194", ["SYR"], ["TUR"])),
])
def test_projectiles_fired_toward_a_side_target_it(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


@pytest.mark.parametrize("text, record", [
    ("Ethiopian troops killed dozens of civilians in Somalia.", ("190", ["ETH"], ["SOM"])),
    ("Turkish jets bombed Kurdish villages in Iraq.", ("195", ["TUR"], ["IRQ"])),
    # a group of a known country keeps it
    ("Ethiopian troops killed Kenyan herders in Somalia.", ("190", ["ETH"], ["KEN"])),
])
def test_victims_with_no_country_are_of_the_place_of_the_act(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


@pytest.mark.parametrize("text, record", [
    ("Turkey faced criticism from Greece over the drilling.", ("111", ["GRC"], ["TUR"])),
    ("The Chinese test drew condemnation from Japan and South Korea.", ("111", ["JPN", "KOR"], ["CHN"])),
    ("Hungary came under criticism from Portugal.", ("111", ["PRT"], ["HUN"])),
])
def test_criticism_met_is_criticism_of_the_subject(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


def test_coming_under_fire_is_no_criticism(extractor):
    actors, events = coded(extractor, "Afghan troops came under fire from insurgents near the village.")
    assert not [e for e in events if e["type"] == "ACCUSE"], events


@pytest.mark.parametrize("text, record", [
    ("Thailand is expected to sign a trade deal with Cambodia.", ("057", ["THA"], ["KHM"])),
    ("The Thai king is expected to visit Cambodia in May.", ("042", ["THA"], ["KHM"])),
])
def test_a_forecast_act_is_the_act(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]
    assert all(e["status"] == "intended" for e in events)


def test_expecting_another_to_act_is_still_an_appeal(extractor):
    actors, events = coded(extractor, "Japan expects China to release the detained businessman.")
    assert [(c[:2], s, t) for c, s, t in _cameo(actors, events)] == [("02", ["JPN"], ["CHN"])]


@pytest.mark.parametrize("text, record", [
    ("Israeli drones hit a car in southern Lebanon.", ("195", ["ISR"], ["LBN"])),
    ("Turkish troops hit Kurdish positions in Syria.", ("190", ["TUR"], ["SYR"])),
])
def test_armed_forces_hitting_is_an_attack(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


def test_a_crisis_hitting_is_no_attack(extractor):
    actors, events = coded(extractor, "The economic crisis hit Lebanon hard.")
    assert not [e for e in events if e["type"] == "ASSAULT"], events


@pytest.mark.parametrize("text, record", [
    ("Kenya promised to withdraw its troops from Somalia.", ("0356", ["KEN"], ["SOM"])),
    ("Iran threatened to use its missiles against Israel.", ("138", ["IRN"], ["ISR"])),
])
def test_the_doers_own_forces_are_no_target_of_its_promise(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


@pytest.mark.parametrize("text, record", [
    ("Hundreds of Armenians rallied outside the Russian embassy in Yerevan.", ("14", ["ARM"], ["RUS"])),
    ("Iranian students demonstrated outside the British embassy in Tehran.", ("14", ["IRN"], ["GBR"])),
])
def test_a_demonstration_outside_an_embassy_targets_its_state(extractor, text, record):
    actors, events = coded(extractor, text)
    assert [(c[:2], s, t) for c, s, t in _cameo(actors, events)] == [record]


def test_a_truce_mediated_between_two_sides_targets_both(extractor):
    actors, events = coded(extractor, "Egypt mediated a truce between Israel and Hamas.")
    assert _cameo(actors, events) == [("045", ["EGY"], ["ISR", "PSE"])]
