"""Leaving an accord by a phrasal verb of leaving ("backed out of", "pulled out of", "walked
away from", "opted out of") is a rejection of it (REJECT 120) as "withdrew from" it is, aimed
at the accord's other party; troops pulled out of a place still retreat.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source", [
    ("Ecuador backed out of the fishing agreement last week.", "ECU"),
    ("Paraguay pulled out of the regional trade pact on Friday.", "PRY"),
    ("Canada walked away from the softwood accord.", "CAN"),
    ("Denmark opted out of the defence treaty.", "DNK"),
])
def test_leaving_an_accord_rejects_it(extractor, text, source):
    assert _coded(extractor, text) == [("120", [source], [])]


@pytest.mark.parametrize("text, source, target", [
    ("Ecuador backed out of the fishing agreement with Peru.", "ECU", "PER"),
    ("Ghana withdrew from the cocoa agreement with Togo.", "GHA", "TGO"),
    ("Chile withdrew from the deal with Bolivia.", "CHL", "BOL"),
])
def test_the_accords_other_party_is_the_target(extractor, text, source, target):
    assert _coded(extractor, text) == [("120", [source], [target])]


def test_troops_pulled_out_of_a_place_still_retreat(extractor):
    got = _coded(extractor, "Ugandan troops pulled out of the town of Bunia on Sunday.")
    assert got and all(code == "0874" for code, _, _ in got), got


# A companion of the leaving ("together with X") is a co-doer, no party to the accord (finding 7
# of the review of c612739; the first sentence is the reviewer's).
@pytest.mark.parametrize("text, source", [
    ("Niger withdrew from the ECOWAS treaty together with Mali and Burkina Faso.", "NER"),
    ("Estonia withdrew from the landmine treaty together with Latvia.", "EST"),
])
def test_a_companion_in_leaving_an_accord_is_no_target(extractor, text, source):
    assert _coded(extractor, text) == [("120", [source], [])]


# A commercial contract left rejects no one (word class state_accords, finding 6 of the review of
# c612739): backing out of it or walking away from it is no event.
@pytest.mark.parametrize("text", [
    "The company backed out of the contract with the Kenyan government.",
    "The mining firm walked away from the contract with a Chinese firm.",
])
def test_leaving_a_commercial_contract_is_no_rejection(extractor, text):
    assert _coded(extractor, text) == []


# Walking out of talks halts them (SANCTION 164, the pattern the particle's host reads since
# c612739), aimed at the talks' other party; walking out with no talks left is a protest
# (finding 8 of the review of c612739).
@pytest.mark.parametrize("text, code, source, target", [
    ("The Malian delegation walked out of the meeting with Algeria.", "164", ["MLI"], ["DZA"]),
    ("Kenyan opposition lawmakers walked out of parliament.", "143", ["KEN"], []),
])
def test_walking_out_of_talks_halts_them(extractor, text, code, source, target):
    assert _coded(extractor, text) == [(code, source, target)]
