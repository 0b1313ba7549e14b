"""Conduct judged by the speaker's adjective: "Turkey's illegal actions", "the provocative acts
of X", "X's aggressive policy" are the statement accusing their owner (issue 14).

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, coded, statement

TITLE = "Statement by {} at the general debate of the spring session of the United Nations General Assembly"


def _acts(ex, text, issuer="Greece"):
    out = statement(ex, text, issuer, title=TITLE)
    actors = actors_by_id(out)
    return [(e["type"], {actors[i]["country"] for i in e["sources"]}, {actors[i]["country"] for i in e["targets"]},
             e["status"]) for e in out["events"]]


@pytest.mark.parametrize("text, target", [
    ("Turkey's illegal actions in our continental shelf continue unabated.", "TUR"),
    ("The provocative acts of Azerbaijan on the border endanger the talks.", "AZE"),
    ("Iran's destabilizing activities in the region must stop.", "IRN"),
    ("The coercive measures imposed by the United States have hurt millions of people.", "USA"),
])
def test_conduct_judged_by_the_speaker_accuses_its_owner(ex, text, target):
    assert ("ACCUSE", {"GRC"}, {target}, "asserted") in _acts(ex, text)


@pytest.mark.parametrize("text", [
    # the speaker's own by a first-person owner of the owner (fires without that exclusion)
    "Our navy's provocative moves against the smugglers have worked.",
    "The provocative measures of our Coast Guard against the smugglers have worked.",
    "Any provocative action by Azerbaijan will be met with a firm response.",
    "The illegal activities of criminal gangs are a threat to our islands.",
])
def test_no_accusation_of_no_one_named_or_of_a_supposed_act(ex, text):
    assert not any(t == "ACCUSE" and src == {"GRC"} and tgt for t, src, tgt, _ in _acts(ex, text))


def test_a_condemnation_of_the_conduct_is_one_accusation(ex):
    acts = [a for a in _acts(ex, "We condemn Russia's aggressive policy towards its neighbours.") if a[0] == "ACCUSE"]
    assert len(acts) == 1 and acts[0][1:3] == ({"GRC"}, {"RUS"})


def test_another_speakers_judgement_is_theirs(ex):
    acts = _acts(ex, "Russia said that the illegal actions of Ukraine must stop.")
    assert not any(t == "ACCUSE" and src == {"GRC"} for t, src, _, _ in acts)


@pytest.mark.parametrize("text", [
    # an adjective also said in praise is no condemnation of its own
    "Senegal's aggressive measures against the epidemic have saved many lives.",
    "Kenya's aggressive steps to expand solar power deserve praise.",
    # the judged conduct framed as not so
    "It is untrue to speak of the provocative acts of Togo.",
    "Talk of Togo's illegal actions is baseless.",
    "The so-called illegal activities of Togo are an invention of the press.",
])
def test_praise_and_denied_conduct_accuse_no_one(ex, text):
    assert not any(t == "ACCUSE" for t, _, _, _ in _acts(ex, text))


def test_praise_reported_in_news_accuses_no_one(ex):
    _actors, events = coded(ex, "Peru's aggressive measures against the outbreak have slowed its spread, "
                                "the health ministry said.")
    assert not any(e["type"] == "ACCUSE" for e in events)


def test_a_denial_framing_does_not_stop_a_judgement_of_the_conduct(ex):
    # "wrong to ignore" judges the ignoring, not the conduct: still an accusation of Togo
    assert ("ACCUSE", {"GRC"}, {"TGO"}, "asserted") in _acts(
        ex, "It is wrong to ignore Togo's illegal actions on the border.")
