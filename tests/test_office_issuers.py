"""Offices named as a statement's issuers (resolve/office_issuers.py): an office named alone
is kept unnamed with its role, once for title and signature; the letterhead, the input's
issuer or a known body gives it its owner; two offices stay two; owners of no known country
give none; a malformed row of office_words.tsv is named.  Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from communique import contract
from communique.document import Source
from coding_support import actors_by_id


def _issuers(doc):
    return [(doc.actor(a).name, doc.actor(a).country, [r.title for r in doc.actor(a).roles])
            for a in doc.issuers]


def _sorted_issuers(doc):
    return sorted((doc.actor(a).name, doc.actor(a).country) for a in doc.issuers)


# -- an office named alone in the title ------------------------------------------------

def test_an_office_named_alone_is_kept_unnamed_with_its_role(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Statement by the Spokesperson")
    assert _issuers(doc) == [("unnamed Spokesperson", None, ["Spokesperson"])]
    assert not any(a.name == "Spokesperson" for a in doc.actors)


def test_an_office_named_alone_in_title_and_signature_is_one_issuer(extractor):
    doc = extractor.extract_text(
        "Remarks by the Deputy Spokesperson on the floods\n\n"
        "Our thoughts are with the families of all those who died in the floods.\n\n"
        "Office of the Deputy Spokesperson\n")
    assert _issuers(doc) == [("unnamed Deputy Spokesperson", None, ["Deputy Spokesperson"])]


def test_the_letterhead_gives_the_office_its_owner(extractor):
    doc = extractor.extract_text(
        "Ministry of Foreign Affairs of Ghana\n\n"
        "Statement by the Spokesperson\n\n"
        "We condemn the shelling of the market in the border town.\n")
    (issuer,) = doc.issuers
    office = doc.actor(issuer)
    assert office.name == "Spokesperson of the Ministry of Foreign Affairs of Ghana"
    assert office.country == "GHA"
    assert [doc.actor(r.of).name for r in office.roles] == ["Ministry of Foreign Affairs of Ghana"]


def test_the_input_issuer_gives_the_office_its_owner(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Statement by the High Representative",
                                 source=Source(issuer_hint=["Ghana"]))
    assert _issuers(doc) == [("High Representative of Ghana", "GHA", ["High Representative"])]


def test_the_spokesperson_in_a_ministrys_release_is_its_own(extractor):
    doc = extractor.extract_text(
        "Ministry of Foreign Affairs of Ghana\n\nPress Release\n\n"
        "The Spokesperson condemned the shelling of the market in the border town.\n")
    (accuse,) = [e for e in doc.events if e.type == "ACCUSE"]
    (speaker,) = [doc.actor(a) for a in accuse.sources]
    assert speaker.name == "Spokesperson of the Ministry of Foreign Affairs of Ghana"
    assert speaker.country == "GHA" and [r.title for r in speaker.roles] == ["Spokesperson"]


# -- an office of a known body issues for that body --------------------------------------------------

@pytest.mark.parametrize("title, body", [
    ("Statement by the Chair of the Group of 77", "Group of 77"),
    ("Statement by the Chair of the Group of 77 and China", "Group of 77"),
    ("Statement by the Executive Secretary of ECOWAS", "ECOWAS"),
])
def test_an_office_of_a_known_body_issues_for_that_body(ex, title, body):
    out = contract.to_dict(ex.extract_text("We urge all creditors to ease the debt burden of poor nations.",
                                           title=title, published="2024-09-24"))
    actors = actors_by_id(out)
    issuers = [actors[i] for i in out["document"]["issuers"]]
    assert [(a["name"], a["kind"]) for a in issuers] == [(body, "igo")], issuers


# -- two offices named alone; owners of no known country; the office words table --------------------

def test_two_offices_named_alone_are_two_issuers(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Joint statement by the High Representative and the Commissioner")
    assert _sorted_issuers(doc) == [("unnamed Commissioner", None), ("unnamed High Representative", None)]


def test_two_offices_of_one_owner_are_both_its_offices(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Joint statement by the High Representative and the Commissioner",
                                 source=Source(issuer_hint=["Ghana"]))
    assert _sorted_issuers(doc) == [("Commissioner of Ghana", "GHA"), ("High Representative of Ghana", "GHA")]


def test_owners_of_no_known_country_give_the_office_no_owner(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Joint Statement by the Spokesperson",
                                 source=Source(issuer_hint=["Velmoran Relief Fund", "Tarsa Aid Trust"]))
    names = [n for n, _ in _sorted_issuers(doc)]
    assert "unnamed Spokesperson" in names, names
    assert "Velmoran Relief Fund" in names and "Tarsa Aid Trust" in names, names


def test_a_malformed_office_words_row_is_named(monkeypatch):
    from communique.structure import lexicon

    monkeypatch.setattr(lexicon, "_read", lambda name: "word\tuse\nSpokesperson voice\n")
    with pytest.raises(ValueError, match=r"office_words.tsv line 2: expected 'word<TAB>use'"):
        lexicon._office_words.__wrapped__()   # (the table as read now, not the cached one)
