"""A meeting the issuer will host on a date it names is an arrangement told, CONSULT, as "we
will be hosting" is, not an intent to meet (events/modality.py _dated, attribution.py).

Sentences written for these tests; the meetings invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text", [
    "Next year, we will host the third Summit on Coastal Fisheries in Accra.",
    "Ghana will host a regional forum on maritime security in March 2026.",
    "We will convene a ministerial meeting on the Sahel later this year.",
])
def test_a_dated_meeting_to_host_is_a_meeting(ex, text):
    types = [a[0] for a in statement_acts(ex, text, "Ghana") if a[1] == ["GHA"]]
    assert "CONSULT" in types and "AGREE" not in types, types


@pytest.mark.parametrize("text", [
    "We will host the next summit on coastal fisheries.",   # no date: an intent
    "We would host the summit in 2026 if our partners agreed.",   # a condition
])
def test_an_undated_or_conditional_hosting_stays_an_intent(ex, text):
    types = [a[0] for a in statement_acts(ex, text, "Ghana") if a[1] == ["GHA"]]
    assert "CONSULT" not in types, types


def test_a_dated_pledge_stays_a_pledge(ex):
    # (only a meeting is an arrangement: money promised for a date is still promised)
    types = [a[0] for a in statement_acts(ex, "We will provide 5 million dollars to the fund next year.", "Ghana")]
    assert "AGREE" in types, types
