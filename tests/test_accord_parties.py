"""An accord between states as the object of a verb ("approved / welcomed / praised the gas
deal with X"): its "with" phrase names the other party, the act's target, as it does for what
two sides share ("froze its relations with X").  PETRARCH-2 reads the same: an object with no
actor of its own takes the actor of its prepositional phrase (PETRtree.NounPhrase.get_meaning).
Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source, target", [
    ("The Iraqi parliament approved a deal with Turkey.", "IRQ", "TUR"),
    ("The White House welcomed the deal with Cuba.", "USA", "CUB"),
])
def test_the_party_of_an_accord_is_the_target(extractor, text, source, target):
    got = _coded(extractor, text)
    assert got and all(source in s and target in t for _, s, t in got), got


def test_a_commercial_contract_names_no_party(extractor):
    # (contract is no accord between states: state_accords)
    got = _coded(extractor, "The ministry approved the contract with a French company.")
    assert all("FRA" not in t for _, _, t in got), got
