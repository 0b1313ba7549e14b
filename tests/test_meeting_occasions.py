"""A meeting noun in a prepositional phrase of a verb of meeting or visiting ("visited X for talks
with Y", "met Y on the sidelines of the summit in Z", "at the summit") is the occasion or purpose
of that act, not a second meeting with no doer; a meeting told apart ("ahead of talks with Z") is
one of its own.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


def _consult(extractor, text):
    return [(s, t) for code, s, t in _coded(extractor, text) if code and code.startswith("04")]


@pytest.mark.parametrize("text, sides", [
    ("The Turkish foreign minister visited Baghdad for talks with Iraqi leaders.", (["TUR"], ["IRQ"])),
    ("Pakistan's army chief visited Washington for talks with US military officials.", (["PAK"], ["USA"])),
    ("The Chilean president met the Peruvian president on the sidelines of the APEC summit in Lima.",
     (["CHL"], ["PER"])),
    ("The French president met the Polish prime minister at the NATO summit in Vilnius.", (["FRA"], ["POL"])),
])
def test_the_occasion_of_a_meeting_is_no_meeting_of_its_own(extractor, text, sides):
    assert _consult(extractor, text) == [sides]


def test_a_meeting_told_apart_is_one_of_its_own(extractor):
    got = _consult(extractor, "The Kenyan president met his Ugandan counterpart ahead of talks with Tanzania.")
    assert (["KEN"], ["UGA"]) in got and len(got) == 2, got


def test_a_meeting_on_a_day_of_other_talks_keeps_them(extractor):
    # "the first day of the negotiations": the negotiations hang on "day", not on "met" (nor on a
    # gathering noun), so they are no occasion of the meeting; the ambassador met no one in Iran
    got = _consult(extractor, "The president met the ambassador on the first day of the negotiations with Iran.")
    assert ([], ["IRN"]) in got and not any("IRN" in t and s for s, t in got), got
