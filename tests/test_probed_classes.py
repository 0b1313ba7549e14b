"""Misreadings found by probing the coder with invented sentences, each fixed by class.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import sides


def _target_countries(ex, text: str, kind: str) -> list[set]:
    return [{c for _, c in tgt} for _, tgt in sides(ex, text, kind)]


# -- a country the tagger took for a region, acted upon ------------------------------------------

@pytest.mark.parametrize("text, kind, target", [
    ("Liberia criticised Ivory Coast over the closure of the ports.", "ACCUSE", "CIV"),
    ("Ethiopia condemned South Sudan for the raid on its herders.", "ACCUSE", "SSD"),
    ("Uganda accused South Sudan of sheltering the gunmen.", "ACCUSE", "SSD"),
    ("Senegal praised Ivory Coast for its calm after the vote.", "SUPPORT", "CIV"),
    ("Togo signed a fisheries pact with Ivory Coast.", "SUPPORT", "CIV"),
])
def test_a_country_tagged_as_a_region_is_the_state_a_verb_acts_on(ex, text, kind, target):
    found = _target_countries(ex, text, kind)
    assert any(target in t for t in found), found


def test_a_country_tagged_as_a_region_where_an_act_happens_stays_a_place(ex):
    # guard: after "in" it is where the act happens, not a party to it
    found = sides(ex, "Ghana criticised the killings of traders in South Sudan.", "ACCUSE")
    assert found and not any(c == "SSD" for _, tgt in found for _, c in tgt), found

