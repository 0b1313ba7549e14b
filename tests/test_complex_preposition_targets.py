"""An act with a doer and no target takes the actor named in the phrase of a two-word
preposition of its verb ("walked out of the talks with X"), as it does a one-word one; either
word of the class no_target_preps stops it ("stayed away from", "ahead of"), and after
"out of" the phrase's own head is a place left, no target ("withdrew out of X").
Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source, target", [
    ("Bolivia walked out of the meeting with Peru.", "BOL", "PER"),
    ("Chad pulled out of the peace talks with Sudan.", "TCD", "SDN"),
])
def test_the_phrase_of_a_two_word_preposition_names_the_target(extractor, text, source, target):
    got = [g for g in _coded(extractor, text) if g[1] == [source]]
    assert got and all(t == [target] for _, _, t in got), got


@pytest.mark.parametrize("text, country", [
    ("Chad released twenty prisoners ahead of the talks with Niger.", "NER"),   # a time
    ("The Malian army withdrew out of Burkina Faso.", "BFA"),                   # a place left
])
def test_no_target_from_a_time_or_a_place_left(extractor, text, country):
    got = _coded(extractor, text)
    assert got and all(country not in t for _, s, t in got if s), got
