"""One who speaks for a side: "a spokesman for X" is X's spokesman, as "a spokesman of X" is
(events/phrase_bounds.py, word class speaking_for_nouns); an envoy "for" a place is not that
place's.  Sentences written for the test."""

import pytest


def _sources(doc):
    return [(e.type, sorted(doc.actor(s).country or "-" for s in e.sources)) for e in doc.events]


@pytest.mark.parametrize("text, country", [
    ("A spokesman for Hungary rejected the plan of the Commission on Friday.", "HUN"),
    ("A spokeswoman for Ghana denounced the shelling of the refugee camp.", "GHA"),
    ("A spokesperson for the Nepalese army rejected the findings of the inquiry.", "NPL"),
])
def test_a_spokesman_for_a_side_speaks_for_it(extractor, text, country):
    doc = extractor.extract_text(text, published="2024-05-10")
    assert any(country in s for _, s in _sources(doc)), _sources(doc)


def test_an_envoy_for_a_place_is_not_that_places(extractor):
    doc = extractor.extract_text("The Special Envoy for Yemen urged the parties to extend the truce.",
                                 published="2024-05-10")
    assert not any("YEM" in s for _, s in _sources(doc)), _sources(doc)
