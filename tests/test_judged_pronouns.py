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
    srcs = _sources(ex, "Iran condemned the new sanctions, saying it would retaliate against Washington.",
                    "THREATEN")
    assert {"IRN"} in srcs, srcs
