"""A meeting, talks or a visit with no one met named is hosted by the country of the place it is
held in (PETRARCH-2's convention: a verb's prepositional phrase names its target when its object
names none); the one met, when named, stays the target, a meeting at home hosts no one, nor does a
crowd gathering, a group of a nationality or an international body, nor a place named on what is
discussed; a later telling that names no one met is the same meeting.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


def _consult(extractor, text):
    return [(s, t) for code, s, t in _coded(extractor, text) if code and code.startswith("04")]


@pytest.mark.parametrize("text, sources, host", [
    ("The foreign ministers of Kenya and Tanzania will meet in Geneva next week to discuss the "
     "border dispute.", {"KEN", "TZA"}, "CHE"),
    ("Iranian negotiators held talks in Vienna on Tuesday.", {"IRN"}, "AUT"),
    ("Chilean and Peruvian envoys met in Quito to settle the fishing row.", {"CHL", "PER"}, "ECU"),
])
def test_a_meeting_with_no_one_met_is_with_its_host(extractor, text, sources, host):
    got = _consult(extractor, text)
    assert got, text
    assert {c for s, _ in got for c in s} == sources
    assert all(t == [host] for _, t in got), got


def test_the_one_met_stays_the_target(extractor):
    got = _consult(extractor, "Pakistan's foreign minister met his Afghan counterpart in Beijing on Monday.")
    assert got and all(t == ["AFG"] for _, t in got), got


def test_a_meeting_at_home_has_no_host(extractor):
    got = _consult(extractor, "The Iranian foreign minister held talks in Tehran on Friday.")
    assert got and all(t == [] for _, t in got), got


def test_a_crowd_gathered_in_a_state_meets_no_host(extractor):
    got = [t for code, s, t in _coded(extractor, "Thousands of farmers gathered in Brussels on Monday.")]
    assert all(t == [] for t in got), got


def test_a_later_telling_naming_no_one_met_is_the_hosted_meeting(extractor):
    text = ("Chilean and Peruvian envoys met in Quito on Monday. The two sides discussed the "
            "fishing dispute and the maritime border.")
    got = _consult(extractor, text)
    assert len(got) == 1 and got[0][1] == ["ECU"], got


# The host is read only off the meeting's own phrases of place, never off its object ("discussed
# the war in X" is no meeting held in X); an international body meeting hosts no one; nor does a
# group that merely has a nationality (farmers, residents): only state actors meet a host.
@pytest.mark.parametrize("text, sources", [
    ("The French and German leaders discussed the war in Ukraine on Monday.", {"FRA", "DEU"}),
    ("Russian and Turkish officials discussed the fighting in Idlib.", {"RUS", "TUR"}),
])
def test_a_place_on_what_is_discussed_is_no_host(extractor, text, sources):
    got = _consult(extractor, text)
    assert got, text
    assert {c for s, _ in got for c in s} == sources
    assert all(t == [] for _, t in got), got


@pytest.mark.parametrize("text", [
    "The UN General Assembly met in New York on Monday.",
    "The European Council met in Brussels on Thursday.",
    "African Union leaders met in Addis Ababa on Sunday.",
])
def test_an_international_body_meeting_has_no_host(extractor, text):
    got = _coded(extractor, text)
    assert all(t == [] for _, _, t in got), got


def test_a_group_with_a_nationality_meets_no_host(extractor):
    got = _coded(extractor, "Hundreds of Kenyan farmers met in Brussels on Monday.")
    assert all(t == [] for _, _, t in got), got


def test_a_later_telling_with_a_place_on_its_object_is_the_same_meeting(extractor):
    text = ("The foreign ministers of Egypt and Jordan met in Cairo on Sunday. The two sides "
            "discussed the situation in Gaza.")
    got = _consult(extractor, text)
    assert len(got) == 1 and got[0][1] == [], got
