"""A doer named by a noun a pronoun owns ("X said its troops shelled ..."). One "forces" actor
stands for every "forces" of a document, so a country read from one owning pronoun must not
be written on it: the next "its forces" of another country would be coded with the first.
Invented sentences."""

from __future__ import annotations


def _events(extractor, text):
    doc = extractor.extract_text(text, published="2019-03-05")
    by_id = {a.id: a for a in doc.actors}
    return [(e.type, sorted(by_id[x].country or "" for x in e.sources)) for e in doc.events]


def test_two_countries_forces_are_not_coded_with_the_first_owner(extractor):
    got = _events(extractor, "Bolivia said its forces had shelled a depot near the river on "
                             "Monday. Paraguay said its forces had shelled a camp in the Chaco "
                             "on Tuesday.")
    doers = [s for t, s in got if t == "ASSAULT"]
    assert len(doers) == 2, got
    assert doers[1] != ["BOL"], got
