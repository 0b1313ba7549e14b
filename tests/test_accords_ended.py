"""An accord one is party to, ended ("revoked / terminated / abandoned the defence agreement with
X"), is a rejection of it (REJECT 120, as withdrawing from it is) aimed at the other party, and
the accord noun gives no agreement of its own.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source, target", [
    ("Niger's military rulers revoked a defence agreement with the United States.", "NER", "USA"),
    ("Mali's junta terminated the defence agreement with France on Monday.", "MLI", "FRA"),
    ("Bolivia abandoned the gas deal with Brazil.", "BOL", "BRA"),
])
def test_an_accord_ended_is_rejected(extractor, text, source, target):
    assert _coded(extractor, text) == [("120", [source], [target])]


def test_an_accord_signed_is_still_agreed(extractor):
    got = _coded(extractor, "Kenya signed a defence agreement with Uganda on Monday.")
    assert got and all(code == "057" for code, _, _ in got), got


@pytest.mark.parametrize("text, place", [
    ("Iran abandoned the Vienna agreement on its nuclear programme.", "AUT"),
    ("The United States quit the Paris climate agreement.", "FRA"),
])
def test_a_place_in_the_accords_name_is_no_party(extractor, text, place):
    # the other party is the one 'with' names: the city an accord is named after is none
    got = _coded(extractor, text)
    assert all(place not in t for _, _, t in got), got


@pytest.mark.parametrize("text, country", [
    ("The club terminated the contract with its Brazilian striker.", "BRA"),
    ("The government cancelled a contract with a French company.", "FRA"),
])
def test_a_commercial_contract_ended_is_no_rejection(extractor, text, country):
    got = _coded(extractor, text)
    assert all(code != "120" and country not in t for code, _, t in got), got
