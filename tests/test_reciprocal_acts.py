"""Doers who act on each other: a reciprocal pronoun ("each other", "one another") as the
verb's object, or its preposition's, names no third side; each doer acts on the others, one
event per doer, none on itself.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, a, b", [
    ("India and Pakistan blamed each other for the clash.", "IND", "PAK"),
    ("Armenia and Azerbaijan fired at each other across the border.", "ARM", "AZE"),
    ("Kenya and Uganda praised one another.", "KEN", "UGA"),
])
def test_each_doer_acts_on_the_other(extractor, text, a, b):
    got = _coded(extractor, text)
    sides = sorted((s[0], t[0]) for _, s, t in got)
    assert sides == sorted([(a, b), (b, a)]), got
    assert len({code for code, _, _ in got}) == 1, got


def test_a_compound_acting_on_a_third_side_is_not_split(extractor):
    got = _coded(extractor, "India and Pakistan blamed Afghanistan for the clash.")
    assert [(sorted(s), t) for _, s, t in got] == [(["IND", "PAK"], ["AFG"])], got


def test_an_act_done_together_stays_one_joint_event(extractor):
    # trading, agreeing, meeting with each other: one event of the partners (PLOVER's joint doers)
    got = _coded(extractor, "Nepal and Bhutan cooperate closely with each other.")
    assert [(code[:2], sorted(s), t) for code, s, t in got] == [("06", ["BTN", "NPL"], [])], got
