"""A verb of taking whose object is a rank, a place in an order or attention takes nothing from
anyone (events/matcher.py, word classes held_ranks and taking_verbs): "X occupies a central
position" is no occupation, "X has seized our attention" no seizure, and the statement that
tells them accuses no one.  From sample A of tools/ungd_audit (allegations of occupations and
seizures that were figures of speech).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text", [
    "The Saharan cause still occupies a central position in our African world.",
    "After occupying the position of the poorest nation of the continent for decades, today we are a "
    "middle-income country.",
    "Haiti has seized our attention once more.",
    "Ghana will occupy a seat on the Security Council next year.",
])
def test_a_rank_or_attention_held_is_no_seizure(ex, text):
    kinds = {a[0] for a in statement_acts(ex, text, "Ghana")}
    assert not kinds & {"COERCE", "ACCUSE", "THREATEN"}, kinds


@pytest.mark.parametrize("text, doer", [
    ("Israel occupies the Golan and the West Bank.", "ISR"),
    ("Russia occupies a large part of the territory of Ukraine.", "RUS"),
])
def test_land_occupied_is_still_an_occupation(ex, text, doer):
    assert ("ACCUSE", ["GHA"], [doer]) in statement_acts(ex, text, "Ghana")
