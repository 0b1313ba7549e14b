"""A state the document itself declares ("the Republic of Norvania") is an actor when named bare."""

from __future__ import annotations

import pytest

TEXT = ("Press release of the Ministry of Foreign Affairs of the Republic of Norvania\n\n"
        "The Special Rapporteur thanked Norvania for its cooperation with the mission. "
        "The delegation later drove to Kelmari, a market town near the border.")


@pytest.fixture(scope="module")
def declared(extractor):
    return extractor.extract_text(TEXT)


def test_a_bare_mention_of_a_declared_state_is_the_target(declared):
    norvania = [a for a in declared.actors if a.name == "Norvania"]
    assert len(norvania) == 1 and norvania[0].kind == "country" and norvania[0].country is None
    thanks = [e for e in declared.events if e.type == "SUPPORT"]
    assert thanks and norvania[0].id in thanks[0].targets


def test_an_unknown_town_the_document_does_not_call_a_state_is_no_actor(declared):
    assert not any(a.name == "Kelmari" for a in declared.actors)


def test_the_declaring_phrase_names_the_issuing_ministry_and_the_bare_name_the_state(declared):
    # "the Ministry of Foreign Affairs of the Republic of Norvania" is one organ of the state
    # (tests/test_state_organ_names.py); the bare "Norvania" is the state itself, once.
    (issuer,) = [declared.actor(a) for a in declared.issuers]
    assert issuer.name == "Ministry of Foreign Affairs of the Republic of Norvania"
    (norvania,) = [a for a in declared.actors if a.name == "Norvania"]
    assert {declared.text[s.start:s.end] for s in norvania.mentions} == {"Norvania"}


def test_bodies_named_like_a_government_are_not_declared_states(extractor):
    doc = extractor.extract_text(
        "The Federation of Trade Unions met the Government of National Unity in the capital. "
        "Trade Unions leaders thanked National Unity ministers.")
    assert not any(a.kind == "country" and a.name in ("Trade Unions", "National Unity")
                   for a in doc.actors)
