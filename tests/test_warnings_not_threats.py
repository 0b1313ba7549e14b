"""A speaker's warning about a danger threatens no one it names as harmed or as doing the
danger: "we warned that X was preparing a war" is a forecast about X (events/arguments.py:
a content clause that tells what is so, with no auxiliary of the future or of a duty, gives no
target to a first-person warning; nor does a state of things told by its place, "the situation
in X could spill over": judged_sides.placed_situation). A warning to X, or that X would pay,
still threatens X.  From sample A of tools/ungd_audit (THREATEN 0/4).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


def _threatened(ex, text):
    out = statement(ex, text, "Ghana")
    actors = actors_by_id(out)
    return {actors[i]["country"] for e in out["events"] if e["type"] == "THREATEN"
            for i in e["targets"]} - {None}


@pytest.mark.parametrize("text, named", [
    ("Last year we warned that Armenia was preparing a new war against its neighbour.", "ARM"),
    ("We have long warned that Eritrea is massing troops on the border.", "ERI"),
])
def test_a_warning_about_a_danger_threatens_no_one_named(ex, text, named):
    assert named not in _threatened(ex, text)


@pytest.mark.parametrize("text, named", [
    # a state of things told by its place, which may spread: a forecast about a place
    ("We have warned many times that the situation in Mali could spill over its borders.", {"MLI"}),
    ("We warned that the crisis in Sudan may spread to its neighbours.", {"SDN"}),
    # (nor the place it may spread to, which the act's clause names)
    ("We have warned that the conflict in Sudan could spread to Chad.", {"SDN", "TCD"}),
])
def test_a_warning_that_a_placed_situation_may_spread_threatens_no_one(ex, text, named):
    assert not named & _threatened(ex, text)


@pytest.mark.parametrize("text, warned", [
    ("We warn Armenia that any new attack will be met with force.", "ARM"),
    ("We warn that any aggression by Eritrea will be met with a decisive response.", "ERI"),
    ("We warned that the regime in Eritrea would pay a heavy price.", "ERI"),
    ("We warned that Armenia would pay a heavy price for any attack.", "ARM"),
])
def test_a_warning_to_the_one_threatened_stays(ex, text, warned):
    assert warned in _threatened(ex, text)


@pytest.mark.parametrize("text, holder", [
    ("My Government warns of the grave implications for Iraq's unity and for the region.", "IRQ"),
    ("We warn of the dangerous consequences for the stability of Lebanon.", "LBN"),
])
def test_a_warning_for_what_a_state_holds_threatens_not_its_holder(ex, text, holder):
    # (events/clause_targets.py: the holder of a thing harmed, judged_sides victim_nouns)
    assert holder not in _threatened(ex, text)


@pytest.mark.parametrize("text, warned", [
    ("We warned of dire consequences for Iran if it continues to enrich uranium.", "IRN"),
    ("We stand ready to defend ourselves against any aggression from Iran.", "IRN"),
])
def test_a_warning_of_consequences_for_the_one_warned_stays(ex, text, warned):
    assert warned in _threatened(ex, text)
