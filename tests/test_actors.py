"""Actors: mentions -> canonical actors; the phrase helpers the event coder calls."""

from __future__ import annotations

from communique.resolve.actors import actors_in_span, resolve_phrase

TEXT = ("The Egyptian foreign ministry condemned the raid. Israeli troops entered the camp, "
        "and Washington said the police had arrested rebels. Hamas rejected the plan.")


def _span(doc, phrase):
    i = doc.text.index(phrase)
    return i, i + len(phrase)


def test_resolve_phrase_agents_get_country_and_sector(extractor):
    doc = extractor.extract_text(TEXT)
    ministry = doc.actor(resolve_phrase(doc, *_span(doc, "The Egyptian foreign ministry")))
    assert (ministry.country, ministry.sector, ministry.kind) == ("EGY", "GOV", "government")
    troops = doc.actor(resolve_phrase(doc, *_span(doc, "Israeli troops")))
    assert (troops.country, troops.sector) == ("ISR", "MIL")
    police = doc.actor(resolve_phrase(doc, *_span(doc, "the police")))
    assert police.sector == "COP" and police.country is None
    rebels = doc.actor(resolve_phrase(doc, *_span(doc, "rebels")))
    assert rebels.sector == "REB"


def test_resolve_phrase_capital_metonym_and_known_org(extractor):
    doc = extractor.extract_text(TEXT)
    assert doc.actor(resolve_phrase(doc, *_span(doc, "Washington"))).country == "USA"
    hamas = resolve_phrase(doc, *_span(doc, "Hamas"))
    assert doc.actor(hamas).name == "Hamas"
    # Resolving again gives the same actor, not a new one.
    assert resolve_phrase(doc, *_span(doc, "Hamas")) == hamas


def test_resolve_phrase_without_create_does_not_add(extractor):
    doc = extractor.extract_text(TEXT)
    n = len(doc.actors)
    assert resolve_phrase(doc, *_span(doc, "the police"), create=False) is None
    assert len(doc.actors) == n


def test_actors_in_span_in_text_order(extractor):
    doc = extractor.extract_text(TEXT)
    s, _ = _span(doc, "Israeli troops")
    _, e = _span(doc, "Hamas rejected")
    ids = actors_in_span(doc, s, e)
    names = [doc.actor(i).name for i in ids]
    assert names.index("Israel") < names.index("Hamas")
    assert len(ids) == len(set(ids))
