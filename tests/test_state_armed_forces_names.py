"""A name "<country> Armed Forces" / "Defence Forces" is a state's military, not an armed group,
though "forces" alone in a name makes one ("X Support Forces"), and so does the pair after a
word that is no country's ("Benishangul Defence Forces").  Sentences written for the test."""

from __future__ import annotations

import pytest
from coding_support import coded


def _actor(ex, text, name):
    actors, _ = coded(ex, text)
    return next(a for a in actors.values() if a["name"] == name)


@pytest.mark.parametrize("text, name, country", [
    ("The Ghana Armed Forces arrested five suspects in Accra.", "Ghana Armed Forces", "GHA"),
    ("The Nigerian Armed Forces attacked the camp near Maiduguri.", "Nigerian Armed Forces", "NGA"),
    ("The Malawi Defence Forces deployed troops to the border.", "Malawi Defence Forces", "MWI"),
])
def test_a_states_armed_forces_are_its_military(ex, text, name, country):
    a = _actor(ex, text, name)
    assert (a["kind"], a.get("sector"), a.get("country")) == ("government", "MIL", country)


@pytest.mark.parametrize("text, name", [
    ("The Northern Support Forces attacked the town of Kadugli.", "Northern Support Forces"),
    # (no country's name before "Defence Forces": a group so named is no state's military)
    ("The Benishangul Defence Forces, a rebel group, attacked a police post in Assosa.",
     "Benishangul Defence Forces"),
    ("The Kivu Armed Forces ambushed a convoy near Goma.", "Kivu Armed Forces"),
])
def test_other_forces_named_so_stay_an_armed_group(ex, text, name):
    a = _actor(ex, text, name)
    assert a["kind"] == "armed_group"
