"""A named thing welcomed is approved, not a guest received: "X welcomes the New Agenda for
Peace / the Plan for Peace / the Global Health Summit" is SUPPORT (051), not CONSULT (043,
hosting), however the tagger labels the name; a person or a delegation welcomed stays a visit.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text", [
    "Ghana welcomes the New Agenda for Peace.",
    "Ghana welcomes the Plan for Peace launched by the President of Chile.",
    "Last spring Ghana welcomed the Global Health Summit hosted by Italy.",
])
def test_a_named_thing_welcomed_is_approval_not_hosting(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] for a in acts), acts
    assert not any(a[0] == "CONSULT" and a[1] == ["GHA"] for a in acts), acts


def test_a_delegation_welcomed_is_still_hosted(ex):
    acts = _acts(ex, "Last week Ghana welcomed a delegation of Kenya in Accra.")
    assert any(a[0] == "CONSULT" and a[1] == ["GHA"] for a in acts), acts
