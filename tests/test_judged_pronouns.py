"""The pronoun subject of the reason a judge gives ("criticized X, saying it threatened ...")
stands for what is judged, not for the judge; "X said it would ..." and a reason with a modal
keep the speaker.

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _sources(ex, text: str, kind: str) -> list[set]:
    actors, events = coded(ex, text)
    return [{actors[i].get("country") for i in e["sources"]} for e in events if e["type"] == kind]


@pytest.mark.parametrize("text", [
    "Sudan criticized the Ethiopian irrigation scheme, saying it threatened the livelihoods of farmers.",
    "Bolivia denounced the Chilean port plan, saying it threatened regional trade.",
])
def test_a_judged_thing_threatening_is_no_threat_of_the_judge(ex, text):
    srcs = _sources(ex, text, "THREATEN")
    assert all(s != {"SDN"} and s != {"BOL"} for s in srcs), srcs


def test_a_judged_side_is_the_pronoun_of_the_reason(ex):
    srcs = _sources(ex, "Sudan criticized Ethiopia, saying it threatened the livelihoods of farmers.",
                    "THREATEN")
    assert srcs and all("SDN" not in s for s in srcs), srcs


def test_the_speaker_keeps_a_reason_with_a_modal(ex):
    # (a singular object, so only the modal keeps "it" from standing for the strike)
    srcs = _sources(ex, "Iran condemned the strike, saying it would retaliate against Washington.",
                    "THREATEN")
    assert {"IRN"} in srcs, srcs


@pytest.mark.parametrize("text, kind, judge", [
    ("Turkey condemned the bombing, saying it had arrested three suspects linked to the plot.", "COERCE", "TUR"),
    ("Iran condemned the raid, saying it reserved the right to respond to Israel.", "THREATEN", "IRN"),
    ("Ukraine welcomed the aid package, saying it had asked Washington for more air defence.", "REQUEST", "UKR"),
])
def test_a_judged_thing_does_no_act_that_needs_a_doer(ex, text, kind, judge):
    # (the judge tells what it did itself: a thing arrests no one)
    srcs = _sources(ex, text, kind)
    assert {judge} in srcs, srcs


def test_a_state_of_the_judge_in_its_reason_stays_the_judges(ex):
    # ("it is concerned": being concerned is a feeler's state, not something the plan does)
    actors, events = coded(ex, "Japan criticized the plan, saying it is concerned about the safety of the discharged water.")
    concern = [e for e in events if e["type"] == "ACCUSE" and e.get("cameo") == "110"]
    assert concern and all({actors[i].get("country") for i in e["sources"]} == {"JPN"} for e in concern), events
