"""An attack on an accord, a plan or a decision is criticism (ACCUSE 111), not an assault.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded


def _types(ex, text):
    return [(e["type"], e.get("cameo")) for e in coded(ex, text)[1]]


@pytest.mark.parametrize("text", [
    "The senator attacked the trade agreement with Peru on Tuesday.",
    "The opposition leader attacked the new budget plan in parliament.",
    "The minister's attack on the fisheries treaty with Norway surprised the delegates.",
])
def test_attacking_an_abstract_thing_is_criticism(ex, text):
    got = _types(ex, text)
    assert ("ACCUSE", "111") in got
    assert not any(t == "ASSAULT" for t, _ in got)


@pytest.mark.parametrize("text", [
    "Rebels attacked the army's positions near the border.",
    "Gunmen attacked a police convoy near Kandahar.",
])
def test_attacking_what_can_be_struck_stays_an_assault(ex, text):
    assert any(t == "ASSAULT" for t, _ in _types(ex, text))


def test_the_accord_attacked_is_no_agreement_made(ex):
    got = _types(ex, "The senator's attack on the new trade deal with Peru drew applause.")
    assert not any(t == "AGREE" for t, _ in got), got


@pytest.mark.parametrize("text, party", [
    ("The senator's attack on the new trade deal with Peru drew applause.", "PER"),
    ("The senator attacked the nuclear agreement with Iran.", "IRN"),
    ("The senator attacked the nuclear deal with Iran.", "IRN"),
    ("The mayor's attacks on the water pact with Bolivia and Chile won him votes.", "BOL"),
])
def test_an_attacked_accords_party_is_no_target(ex, text, party):
    # criticising an accord accuses none of its parties (its "with" phrase)
    actors, events = coded(ex, text)
    got = [(e["type"], [actors[i].get("country") for i in e["targets"]]) for e in events]
    assert any(t == "ACCUSE" for t, _ in got) and all(party not in tg for _, tg in got), got


@pytest.mark.parametrize("text", [
    "The Taliban attacked the elections in three northern provinces.",
    "Boko Haram attacked the election in Borno state on Saturday.",
])
def test_an_armed_attack_on_an_election_stays_an_assault(ex, text):
    got = _types(ex, text)
    assert any(t == "ASSAULT" for t, _ in got), got
    assert ("ACCUSE", "111") not in got
