"""The speaker's own present "I recall ..." / "we recall ..." remembers: no envoy is withdrawn
(events/matcher.py, word class remembering_verbs).  The act of recalling an envoy, told in the
past or sending the envoy back from a post, stays a SANCTION.  From sample B and C of
tools/ungd_audit ('recall' read as recalling an envoy).

Sentences written for these tests; the states are real (so they resolve), the people invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


def _sanctions(ex, text):
    return [a for a in statement_acts(ex, text, "Ghana") if a[0] == "SANCTION"]


@pytest.mark.parametrize("text", [
    "In this regard, I recall the wise British diplomat Arthur Penhallow, whose essays are still read.",
    "We recall the words of the French ambassador at the founding conference.",
])
def test_the_speaker_remembering_withdraws_no_envoy(ex, text):
    assert _sanctions(ex, text) == []


@pytest.mark.parametrize("text, other", [
    ("We recall our ambassador from Nigeria for consultations.", "NGA"),
    ("Last month Ghana recalled its ambassador from Nigeria.", "NGA"),
])
def test_an_envoy_called_back_from_a_post_stays_a_sanction(ex, text, other):
    assert any(other in targets for _, _, targets in _sanctions(ex, text))


@pytest.mark.parametrize("text, other", [
    ("We recall our ambassador to Moscow for consultations.", "RUS"),
    ("In protest, I recall my ambassador in Lisbon with immediate effect.", "PRT"),
])
def test_the_speakers_own_envoy_recalled_stays_a_sanction(ex, text, other):
    # (no post left named: the speaker's own envoy is called back wherever it serves)
    assert any(other in targets for _, _, targets in _sanctions(ex, text))


@pytest.mark.parametrize("text", [
    "I recall the words of the Ugandan envoy who came home from Geneva.",
    "Today I recall the courage of the Senegalese ambassador who fled from Kigali in 1994.",
])
def test_a_post_left_told_deeper_in_what_is_remembered_recalls_no_one(ex, text):
    # ("from" / "home" in a clause about the one remembered, not on the verb or its object)
    assert _sanctions(ex, text) == []


@pytest.mark.parametrize("text", [
    "We recall our envoy Ama Owusu, who served the Republic with honour in Addis Ababa.",
    "We recall our late ambassador, who was killed in the bombing in Nairobi.",
    "Today I recall my former ambassador to Paris, a patient and wise man.",
    "We recall our ambassador with gratitude.",
])
def test_the_speakers_own_envoy_remembered_is_no_sanction(ex, text):
    # (an envoy named again, told of in a clause, or of the past, and no post nor errand said on
    # the verb or the object: remembered, not called back)
    assert _sanctions(ex, text) == []


@pytest.mark.parametrize("text, other", [
    ("Today we recall our ambassador at Pretoria for consultations.", "ZAF"),
    ("We recall our envoy in Havana home.", "CUB"),
])
def test_the_speakers_own_envoy_with_a_post_is_called_back(ex, text, other):
    assert any(other in targets for _, _, targets in _sanctions(ex, text))
