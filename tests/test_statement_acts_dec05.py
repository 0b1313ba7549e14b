"""Statement acts, constructions fixed on 2026-12-05 (issue 14: the speech-act constructions of
general-debate speeches).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


def _requests(acts) -> list:
    return [a for a in acts if a[0] == "REQUEST" and a[1] == ["GHA"]]


# -- addressees coordinated after the first act asked for ------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We call on Fiji to lift the ban and on Samoa to reopen the port.", {"FJI", "WSM"}),
    ("We call on Fiji to lift the ban and for Samoa to reopen the port.", {"FJI", "WSM"}),
    ("I call upon the donor community to step up its funding and for the World Bank to ease "
     "its lending terms.", {"donor community", "World Bank"}),
    ("We urge Paraguay to free the detainees and Bolivia to open talks.", {"PRY", "BOL"}),
])
def test_addressees_coordinated_after_the_first_act_asked_are_asked_too(ex, text, want):
    acts = _acts(ex, text)
    assert any(want <= set(a[2]) for a in _requests(acts)), acts


@pytest.mark.parametrize("text, want", [
    # one addressee asked two acts: no one more
    ("We call on Fiji to lift the ban and to reopen the port.", ["FJI"]),
    ("We urge Paraguay to free the detainees and open talks with Bolivia.", ["PRY"]),
])
def test_one_addressee_asked_two_acts_stays_one(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[2] == want for a in _requests(acts)), acts


# -- "it is high time for X to <act>": a demand on X ---------------------------------------

@pytest.mark.parametrize("text, want", [
    ("It is high time for Serbia to release the prisoners.", {"SRB"}),
    ("It is high time for Chad and Niger to reopen their border.", {"TCD", "NER"}),
])
def test_high_time_for_someone_to_act_asks_it(ex, text, want):
    acts = _acts(ex, text)
    assert any(want <= set(a[2]) for a in _requests(acts)), acts


@pytest.mark.parametrize("text", [
    "It was a difficult time for Malawi to rebuild after the cyclone.",
    "It is a hard time for Tonga to recover from the eruption.",
])
def test_a_time_told_of_asks_no_one(ex, text):
    acts = _acts(ex, text)
    assert not _requests(acts), acts


def test_those_let_act_by_the_act_asked_are_not_asked(ex):
    acts = _acts(ex, "We call on Fiji to allow the refugees and the migrants to return home.")
    assert any(a[2] == ["FJI"] for a in _requests(acts)), acts
