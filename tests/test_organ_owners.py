"""Whose a state organ is when its own words name no country (events/organ_owners.py).

Sentences are written for these tests (real countries, made-up events).
"""

from __future__ import annotations

import pytest


def _event(extractor, text, type_):
    doc = extractor.extract_text(text, published="2021-03-04")
    found = [e for e in doc.events if e.type == type_]
    assert found, [(e.type, e.sources, e.targets) for e in doc.events]
    return doc, found[0]


def _sides(doc, ids):
    return {(doc.actor(i).country, doc.actor(i).sector) for i in ids}


@pytest.mark.parametrize("text, type_, country, sector", [
    # "its <organ>": the pronoun's antecedent, a state named before it
    ("Ghana said its troops had seized a village from the armed bandits.", "COERCE", "GHA", "MIL"),
    ("Peru said on Friday that its navy had detained a foreign trawler.", "COERCE", "PER", "MIL"),
    # ... or a state's organ: the organ acting is of the same state
    ("The Nepalese army said its soldiers killed four gunmen in the hills.", "ASSAULT", "NPL", "MIL"),
    # coordinated organs share the nationality word before the first of them
    ("The Tunisian army and police arrested dozens of smugglers on Monday.", "COERCE", "TUN", "COP"),
    ("Moroccan officials and lawmakers criticised the new fishing quotas.", "ACCUSE", "MAR", "LEG"),
])
def test_an_organ_takes_the_country_of_its_owner(extractor, text, type_, country, sector):
    doc, e = _event(extractor, text, type_)
    assert (country, sector) in _sides(doc, e.sources), [(a.name, a.country, a.sector) for a in doc.actors]


def test_a_states_own_people_of_any_kind_are_its(extractor):
    # "its nationals" after a state: that state's civilians (the ones detained: the target)
    doc, e = _event(extractor, "Iran said its nationals were detained in Iraq.", "COERCE")
    assert ("IRN", "CVL") in _sides(doc, e.targets), [(a.name, a.country, a.sector) for a in doc.actors]


def test_an_organ_with_its_own_country_word_keeps_it(extractor):
    doc, e = _event(extractor, "The Tunisian army and Algerian police arrested dozens of smugglers on Monday.",
                    "COERCE")
    assert {c for c, _ in _sides(doc, e.sources)} == {"TUN", "DZA"}

