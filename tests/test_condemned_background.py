"""An act a state's statement calls illegal or unjust is the statement's charge (ACCUSE 112 of
its doer) even when the sentence tells it as background, in a clause describing a noun ("a
country that still endures the illegal occupation by X"); an act told so without such an
adjective stays background, no charge.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text", [
    "I speak for a nation that still endures the illegal occupation by Armenia of its western valleys.",
    "Ours is a people that has suffered for decades from the unjust blockade imposed by Armenia.",
])
def test_a_condemned_act_told_as_background_is_charged(ex, text):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], ["ARM"]) in acts, acts


def test_an_act_told_as_background_without_a_judging_word_is_no_charge(ex):
    # (guard: no adjective condemning the act)
    acts = _acts(ex, "I speak for a nation that still endures the occupation by Armenia of its "
                     "western valleys.")
    assert not any(a[0] == "ACCUSE" for a in acts), acts
