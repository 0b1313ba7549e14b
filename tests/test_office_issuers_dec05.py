"""Offices named alone as issuers (resolve/office_issuers.py): two different offices stay two,
and owners of no known country give an office no owner.  Sentences written for the test."""

import pytest

from communique.document import Source


def _issuers(doc):
    return sorted((doc.actor(a).name, doc.actor(a).country) for a in doc.issuers)


def test_two_offices_named_alone_are_two_issuers(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Joint statement by the High Representative and the Commissioner")
    assert _issuers(doc) == [("unnamed Commissioner", None), ("unnamed High Representative", None)]


def test_two_offices_of_one_owner_are_both_its_offices(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Joint statement by the High Representative and the Commissioner",
                                 source=Source(issuer_hint=["Ghana"]))
    assert _issuers(doc) == [("Commissioner of Ghana", "GHA"), ("High Representative of Ghana", "GHA")]


def test_owners_of_no_known_country_give_the_office_no_owner(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Joint Statement by the Spokesperson",
                                 source=Source(issuer_hint=["Velmoran Relief Fund", "Tarsa Aid Trust"]))
    names = [n for n, _ in _issuers(doc)]
    assert "unnamed Spokesperson" in names, names
    assert "Velmoran Relief Fund" in names and "Tarsa Aid Trust" in names, names


def test_a_malformed_office_words_row_is_named(monkeypatch):
    from communique.structure import lexicon

    monkeypatch.setattr(lexicon, "_read", lambda name: "word\tuse\nSpokesperson voice\n")
    with pytest.raises(ValueError, match=r"office_words.tsv line 2: expected 'word<TAB>use'"):
        lexicon._office_words.__wrapped__()   # (the table as read now, not the cached one)
