"""An act said, coordinated with another object of a verb, is what the verb is about too.

"X praised Y and the agreement with Z": the agreement is praised as in "X praised the
agreement with Z"; it is no agreement made.  An attack on an actor and an accord together is
verbal: coordinated objects share the verb's one sense.
Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded, statement, statement_acts


def _coded(ex, text):
    actors, events = coded(ex, text)
    return [(e["type"], [actors[i].get("country") for i in e["targets"]]) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("The Chilean president praised Argentina and the fishing agreement with Uruguay.", "AGREE"),
    ("Ghana criticized Togo and the border treaty with Benin on Monday.", "AGREE"),
    ("Norway welcomed the truce and the talks between Armenia and Azerbaijan.", "CONSULT"),
])
def test_a_coordinated_act_said_is_no_act_of_its_own(ex, text, kind):
    got = _coded(ex, text)
    assert len(got) == 1 and not any(t == kind for t, _ in got), got


def test_an_attack_on_a_state_and_an_accord_is_criticism(ex):
    got = _coded(ex, "The Bolivian senator attacked Chile and the new gas deal with Peru.")
    assert [t for t, _ in got] == ["ACCUSE"], got
    assert "CHL" in got[0][1] and "PER" not in got[0][1], got


def test_an_attack_on_two_places_stays_an_assault(ex):
    got = _coded(ex, "Rebels attacked an army base and a police station in northern Mali.")
    assert any(t == "ASSAULT" for t, _ in got), got


# A policy or accord coordinated with a place or a site is zeugma: the place is struck, the
# attack stays violence (finding 4 of the review of 6c85543; the reviewer's sentences).
@pytest.mark.parametrize("text", [
    "Hezbollah attacked Israeli positions and the new border plan.",
    "Rebels attacked the town and the reforms of President Tshisekedi.",
])
def test_an_attack_on_a_site_and_a_policy_stays_an_assault(ex, text):
    got = _coded(ex, text)
    assert [t for t, _ in got] == ["ASSAULT"], got


def test_an_attack_on_a_person_and_a_plan_is_criticism(ex):
    got = _coded(ex, "The opposition attacked the president and his budget plan.")
    assert [t for t, _ in got] == ["ACCUSE"], got


# The parties of a coordinated act said, dropped as a topic, are the verb's as those of a single
# topic are (finding 5 of the review of 6c85543; the reviewer's sentence, and a single topic).
@pytest.mark.parametrize("text", [
    "The EU welcomed the release of prisoners and the talks between the US and Iran.",
    "The EU welcomed the talks between the US and Iran.",
])
def test_the_parties_of_a_topic_are_the_stances_targets(ex, text):
    got = _coded(ex, text)
    assert len(got) == 1 and {"USA", "IRN"} <= set(got[0][1]), got


def test_a_person_welcomed_leaves_a_coordinated_act_its_own(ex):
    # (a visit hosted takes no act said beside it: the mediation is Nigeria's)
    got = _coded(ex, "Ghana welcomed the President of Togo and the mediation of Nigeria.")
    assert ("CONSULT", ["TGO"]) in got and ("AGREE", []) in got, got


# A judging verb judges acts that took place: an act coordinated with its object is an act of
# its own, not a topic (finding 14 of the review of 6c85543; the reviewer's sentences and ours).
@pytest.mark.parametrize("text, issuer, kind, target", [
    ("Japan condemned the missile launches and the repeated threats against South Korea.", None,
     "THREATEN", "KOR"),
    ("We condemn the aggression against Ukraine and the threats against Moldova.", "Ghana",
     "THREATEN", "MDA"),
    ("Peru denounced the shelling of the border posts and the threats against Ecuador.", None,
     "THREATEN", "ECU"),
])
def test_a_judged_coordinated_act_stays_an_event(ex, text, issuer, kind, target):
    got = statement_acts(ex, text, issuer) if issuer else [
        (t, None, tg) for t, tg in _coded(ex, text)]
    assert any(t == kind and target in tg for t, _, tg in got), got


def _demand_codes(ex, text):
    out = statement(ex, text, "Ghana")
    return [e.get("cameo") for e in out["events"] if e["type"] == "REQUEST"]


# An aid noun coordinated with the object of a demanded "provide" keeps the demand for aid
# (finding 15 of the review of 6c85543; the reviewer's sentences and ours).
@pytest.mark.parametrize("text", [
    "Donors should provide funding and assistance to Haiti.",
    "Rich countries should provide their support and assistance to Haiti.",
    "The international community must provide money and assistance to Malawi.",
])
def test_a_demand_for_coordinated_aid_keeps_its_code(ex, text):
    assert _demand_codes(ex, text) == ["103"], _demand_codes(ex, text)
