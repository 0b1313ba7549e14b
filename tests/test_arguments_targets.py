"""Who an event is done to: targets behind things, nouns and prepositions.

Sentences are written for these tests (real countries, made-up situations); each
checks one argument-finding rule of events/arguments.py and events/referents.py.
"""

from __future__ import annotations

import pytest


def _events(extractor, text, type_):
    doc = extractor.extract_text(text, published="2021-03-04")
    found = [e for e in doc.events if e.type == type_]
    assert found, f"no {type_} event in {[(e.type, e.sources, e.targets) for e in doc.events]}"
    return doc, found


def _countries(doc, ids):
    return {doc.actor(i).country for i in ids if doc.actor(i) is not None}


@pytest.mark.parametrize("text, type_, source, target", [
    # a thing acted on leads to whom it concerns
    ("The government of Norway announced a suspension of trade links with Venezuela on Monday.",
     "SANCTION", "NOR", "VEN"),
    # the owner of the direct object when the pattern's object word sits deeper
    ("Ghana rejected proposed Nigerian changes to the border treaty.", "REJECT", "GHA", "NGA"),
    # a people's adjective on the thing threatened
    ("Chile threatened to impose new restrictions against Peruvian goods.", "THREATEN", "CHL", "PER"),
    # "in defiance of X" on the object of a protest verb
    ("Farmers blocked the main roads in defiance of Indian authorities.", "PROTEST", None, "IND"),
    # a demand's "from" names who demanded; conceding to it makes them the target
    ("The president conceded to demands from Uganda to release the prisoners.", "CONCEDE", None, "UGA"),
    # conjoined objects share the preposition; a country adjective the tagger missed
    ("Thai troops launched artillery, mortar and rocket fire against Kampuchean guerrilla camps.",
     "ASSAULT", "THA", "KHM"),
])
def test_target_country_found(extractor, text, type_, source, target):
    doc, events = _events(extractor, text, type_)
    e = events[0]
    assert target in _countries(doc, e.targets), (e.sources, e.targets, [(a.id, a.name) for a in doc.actors])
    if source:
        assert source in _countries(doc, e.sources)
    # the source is never its own target
    assert not set(e.sources) & set(e.targets)


def test_possessor_of_a_refusal_is_its_source(extractor):
    doc, events = _events(extractor, "Kenya condemned the Ethiopian government's refusal to reopen the border.",
                          "REJECT")
    refusal = events[0]
    assert "ETH" in _countries(doc, refusal.sources)
    assert "ETH" not in _countries(doc, refusal.targets)


def test_place_standing_for_its_country_has_a_mention(extractor):
    doc, events = _events(extractor, "Iraqi President Saddam Hussein arrived in Amman on a previously "
                                     "unannounced visit.", "CONSULT")
    jordan = next(a for a in doc.actors if a.country == "JOR")
    assert jordan.id in events[0].targets
    # every actor has evidence in the text, and the place's words are Jordan's here
    assert all(a.mentions for a in doc.actors)
    assert [doc.text[m.start:m.end] for m in jordan.mentions] == ["Amman"]
