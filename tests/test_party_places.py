"""A country named as a party in an act of words or relations is no place of it: the partner of
"the agreement with X", the country of "the X embargo" or of "the embargo against X".  Acts done
somewhere keep the places their target phrases name.

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement


def _places(ex, text: str, issuer: str, kind: str) -> list:
    out = statement(ex, text, issuer)
    names = {p["id"]: p.get("name") for p in out["places"]}
    return [names.get(e.get("place")) for e in out["events"] if e["type"] == kind]


@pytest.mark.parametrize("issuer, text, party", [
    ("Mali", "We are grateful for the trade agreement with Guinea.", "Guinea"),
    ("Ghana", "We reaffirm our support for the peace accord with Eritrea.", "Eritrea"),
    ("Cuba", "We thank Bolivia for its position in opposition to the United States embargo.", "United States"),
])
def test_a_party_named_in_the_act_is_no_place_of_it(ex, issuer, text, party):
    places = _places(ex, text, issuer, "SUPPORT")
    assert places and party not in places, places


def test_a_place_in_the_target_of_an_attack_stays_where_it_happened(ex):
    places = _places(ex, "We condemn the shelling of Kharkiv by Russian forces.", "Ghana", "ASSAULT")
    assert "Kharkiv" in places, places
