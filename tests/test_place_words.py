"""One class of place words for every rule that reads "<word> of X" (issue 13 item 2).

The rules that tell a place name from an actor's once each listed their own few words
("village of" but not "hamlet of"; "town of" in one, "suburb of" in another).  They now
read one class, gazetteer.ranking.GENERIC_WORDS: administrative divisions and settlements.
Sentences are invented; the towns are fictional.
"""

from __future__ import annotations

import pytest

from communique.resolve.actor_phrases import written_after_place_word
from communique.resolve.gazetteer.ranking import GENERIC_WORDS, SETTLEMENT_WORDS
from communique.resolve.toponyms import _GENERIC_BEFORE, _GENERIC_OPENING


@pytest.mark.parametrize("word", sorted(set(GENERIC_WORDS) - {"provinces", "state", "department",
                                                                  "territory"}))
def test_a_name_after_any_place_word_is_a_place(word):
    text = f"Gunmen shelled the {word} of Tarvosk on Sunday."
    assert written_after_place_word(text, text.index("Tarvosk"))
    assert _GENERIC_BEFORE.search(text[:text.index("Tarvosk")]).group("w").lower() == word
    opening = f"{word.title()} of Tarvosk"
    assert _GENERIC_OPENING.match(opening).group("w").lower() == word


def test_bodies_named_with_a_place_word_keep_their_name():
    # "the Department of Defense", "the State of Qatar" name bodies, not places
    for text in ("the Department of Defense", "the State of Qatar"):
        assert not written_after_place_word(text, text.rindex(" ") + 1)


def test_settlements_are_populated_places():
    assert {"village", "town", "hamlet", "township"} <= set(SETTLEMENT_WORDS)
    assert all(GENERIC_WORDS[w] == ("city",) for w in SETTLEMENT_WORDS)


@pytest.mark.parametrize("word", ["town", "hamlet", "township", "suburb", "commune"])
def test_an_attack_on_a_settlement_is_on_its_country_not_on_a_person(extractor, word):
    doc = extractor.extract_text(f"Chadian gunmen shelled the {word} of Bosso in Niger.",
                                 published="2021-06-14")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks, [(e.type, e.targets) for e in doc.events]
    targets = [doc.actor(a) for a in attacks[0].targets]
    assert not any(a.name == "Bosso" for a in targets), [(a.name, a.kind) for a in targets]
    assert "NER" in {a.country for a in targets}
