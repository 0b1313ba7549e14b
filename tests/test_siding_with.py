"""Siding with someone said with "side": "we stand on the side of X", "we stood on X's side",
"we are by the side of X" are SUPPORT (050) of X, as "we stand with / by X" are; a side of a
border or river, or the other side, is a place, no one sided with.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, want", [
    ("We stand on the side of the Bolivian people in these hard days.", "BOL"),
    ("Ghana stood on Malawi's side during the floods.", "MWI"),
    ("We are by the side of the Nepalese people after the earthquake.", "NPL"),
])
def test_standing_on_the_side_of_x_is_support_of_x(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and want in a[2] for a in acts), acts


# A side of a border, line or river, or the other side, is a place: no one is sided with.
@pytest.mark.parametrize("text", [
    "Thousands of refugees were on the Turkish side of the border on Friday.",
    "Kenyan troops remained on the Somali side of the frontier.",
    "Ghanaian soldiers were on the other side of the river from Togo.",
    "Israeli troops remained on the Lebanese side of the Blue Line.",
])
def test_a_side_that_is_a_place_sides_with_no_one(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# A side owned by a name ("the Patriotic Front", "the Revolutionary Front") or by a city names
# a party sided with, whatever its head noun, not a place.
@pytest.mark.parametrize("text", [
    "We stand on the side of the Sandinista National Liberation Front in Nicaragua.",
    "Ghana stands on the side of the Rwandan Patriotic Front in this struggle.",
    "We stand on the side of the city of Mariupol in these dark days.",
])
def test_a_side_owned_by_a_name_or_a_city_is_a_party(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] for a in acts), acts
