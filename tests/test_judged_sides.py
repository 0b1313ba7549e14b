"""Who an accusation does not target: the place where the thing judged happens and the one
who suffers it (events/judged_sides.py).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


def _accused(ex, text, issuer="Estonia"):
    """The target countries of the ACCUSE events the issuer states itself."""
    out = statement(ex, text, issuer)
    actors = actors_by_id(out)
    acts = [e for e in out["events"] if e["type"] == "ACCUSE" and e["status"] == "asserted"]
    assert acts, out["events"]
    return {actors[i]["country"] for e in acts for i in e["targets"]} - {None}


@pytest.mark.parametrize("text, place", [
    ("We condemn the war in Ukraine.", "UKR"),
    ("We condemn the existence of detention camps run by Russia and the horrors in Kherson, Sumy and many other "
     "places in Ukraine.", "UKR"),
    ("We condemn the grain exports stolen from Ukraine and shipped through the Black Sea.", "UKR"),
    ("We condemn the occupation of the territories of Georgia.", "GEO"),
])
def test_a_place_named_in_the_thing_judged_is_not_accused(ex, text, place):
    assert place not in _accused(ex, text)


@pytest.mark.parametrize("text, victim", [
    ("We are concerned about the suffering endured by Afghans.", "AFG"),
    ("We express our deep concern about the protracted crises that Haiti has been suffering.", "HTI"),
    ("We deplore the plight of the Rohingya in Myanmar.", "MMR"),
    ("We deplore the plight of Ukrainian children deported to camps.", "UKR"),
    ("We condemn the imposition of harsh economic measures against Cuba by foreign powers.", "CUB"),
])
def test_a_victim_of_the_thing_judged_is_not_accused(ex, text, victim):
    assert victim not in _accused(ex, text)


@pytest.mark.parametrize("text, doer", [
    ("We condemn Russia's war in Ukraine.", "RUS"),
    ("We condemn Russia's actions in Georgia.", "RUS"),
    ("We condemn the attacks carried out by Russia in Ukraine.", "RUS"),
    ("We deplore the missile launches by North Korea across the region.", "PRK"),
    ("We condemn the hardship that Israel imposes on Gaza.", "ISR"),
    ("We are alarmed by the losses Azerbaijan suffered at the hands of Armenia.", "ARM"),
    ("We condemn the regime in Pyongyang for its missile tests.", "PRK"),
    ("We condemn the blockade imposed on Cuba by the United States.", "USA"),
    ("We condemn the sanctions that the United States imposed on Venezuela.", "USA"),
])
def test_the_doer_of_the_thing_judged_stays_accused(ex, text, doer):
    assert doer in _accused(ex, text)


@pytest.mark.parametrize("text, named_before", [
    ("Armenia and Azerbaijan have clashed for months. We deplore the fact that, while wealthy nations "
     "spend fortunes on armaments, they give little to development.", {"ARM", "AZE"}),
    ("The war between Russia and Ukraine has raised prices. We cannot talk about war by just condemning it.",
     {"RUS", "UKR"}),
])
def test_a_pronoun_for_a_thing_of_its_own_sentence_takes_no_actor_named_before(ex, text, named_before):
    assert not _accused(ex, text) & named_before


@pytest.mark.parametrize("text, target", [
    ("The Houthis attacked ships in the Red Sea. We condemn them.", "YEM"),
    ("We condemn North Korea and its missile programme.", "PRK"),
])
def test_a_pronoun_for_a_name_still_takes_it(ex, text, target):
    assert target in _accused(ex, text)


@pytest.mark.parametrize("text, not_accused", [
    ("It is regrettable that Taiwan is still barred from the agencies of the United Nations.", "TWN"),
    ("It is deeply regrettable that Belarus was excluded from the meeting.", "BLR"),
    ("In the case of Syria, the crisis still awaits a settlement. It is regrettable to see the outbreak "
     "of fighting in the Sudan this year.", "SYR"),
])
def test_regretting_what_befell_a_state_accuses_no_one(ex, text, not_accused):
    assert not_accused not in _accused(ex, text)


@pytest.mark.parametrize("text", ["It is regrettable that the talks were blocked by Russia.",
                                  "It is regrettable that Russia blocked the talks."])
def test_regretting_what_a_state_did_accuses_it(ex, text):
    assert "RUS" in _accused(ex, text)
