"""A state's name before a currency noun names the currency, not an actor or a place."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def money(extractor):
    return extractor.extract_text(
        "The relief agency appeals to donors for 45 million US dollars for the flood response. "
        "The fund received 20 million Swiss francs and 3 million Saudi riyals from Japan. "
        "Russia pounds the port city with missiles. "
        "The US won the vote at the Council, and the US dollar rose.")


def _actor_names(doc):
    return {a.name for a in doc.actors}


def test_country_before_a_currency_noun_is_no_actor(money):
    names = _actor_names(money)
    assert "Switzerland" not in names
    assert "Saudi Arabia" not in names
    assert "Japan" in names


def test_currency_modifier_is_no_mention_and_no_place(money):
    texts = [(m.text, money.text[m.end:m.end + 8]) for m in money.mentions]
    assert not any(after.strip().startswith(("dollar", "franc", "riyal")) for _, after in texts)
    assert not any(p.name in ("Switzerland", "Saudi Arabia") for p in money.places)


def test_the_same_word_as_a_verb_or_a_state_stays_an_actor(money):
    # "Russia pounds the city" is an attack; "The US won the vote" names the state
    assert "Russia" in _actor_names(money)
    us = [m for m in money.mentions if m.text == "US"]
    assert len(us) == 1 and money.text[us[0].end:].startswith(" won")
