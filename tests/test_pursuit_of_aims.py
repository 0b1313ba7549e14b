"""A noun of chasing is a chase only of someone: "the pursuit of a political solution", "the
search for a peaceful settlement" (an aim: no actor, no name among the sought phrase's own
words) code no COERCE (events/matcher.py, word class chase_nouns).  From sample C of
tools/ungd_audit ('pursuit' of an aim read as a coercive act).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded, statement_acts


@pytest.mark.parametrize("text", [
    "Our steady pursuit of a political settlement that preserves the unity of brotherly Yemen.",
    "We will continue our pursuit of lasting peace with Eritrea.",
    "We support the search for a peaceful settlement in Yemen.",
])
def test_the_pursuit_of_an_aim_is_no_chase(ex, text):
    assert not [a for a in statement_acts(ex, text, "Ghana") if a[0] == "COERCE"]


def test_the_pursuit_of_people_stays_a_chase(ex):
    acts = statement_acts(ex, "Chadian troops in pursuit of the rebels crossed into Sudan.", "Ghana")
    assert any(kind == "COERCE" for kind, _, _ in acts)


@pytest.mark.parametrize("text", [
    "Police began a search for the gunmen on Monday.",
    "Troops launched a search for the escapees near Kandahar.",
])
def test_the_search_for_people_wanted_stays_a_chase(ex, text):
    # (the sought are no actor nouns but people wanted: word class wanted)
    _, events = coded(ex, text)
    assert any(e["type"] == "COERCE" for e in events)
