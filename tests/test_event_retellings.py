"""A later sentence that goes on about an act, its doer and object named again by definite
phrases, is more evidence of that act, not a second one (events/retellings.py); sentences of
our own with invented places and groups."""

from __future__ import annotations


def _assaults(doc):
    return [e for e in doc.events if e.type == "ASSAULT"]


def test_the_means_and_damage_of_an_attack_told_next_are_that_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. The fighters fired "
        "mortars at the post and burned two trucks.", published="2024-06-11")
    assaults = _assaults(doc)
    assert len(assaults) == 1, [(e.cameo, e.evidence.text) for e in assaults]
    assert assaults[0].evidence.text.startswith("Varo Front fighters attacked")
    assert any(ev.text.startswith("The fighters fired") for ev in assaults[0].evidence_more)


def test_a_possessive_doer_and_the_object_named_again(extractor):
    doc = extractor.extract_text(
        "Rebels of the Tarsa Movement shelled an army base outside Kolmo on Monday. According "
        "to the movement, its rebels hit the base with rockets and destroyed a radar.",
        published="2024-06-11")
    assert len(_assaults(doc)) == 1, [(e.cameo, e.evidence.text) for e in _assaults(doc)]


def test_the_same_doer_attacking_again_is_a_second_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. The fighters "
        "attacked the post again and burned two trucks.", published="2024-06-11")
    assert len(_assaults(doc)) >= 2, [(e.cameo, e.evidence.text) for e in _assaults(doc)]


def test_the_same_doer_attacking_something_else_is_a_second_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. The fighters fired "
        "mortars at a school in Tarsa and burned two buses.", published="2024-06-11")
    assert len(_assaults(doc)) >= 2, [(e.cameo, e.evidence.text) for e in _assaults(doc)]


def test_a_later_attack_with_its_own_date_is_a_second_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. On Tuesday the "
        "fighters fired mortars at the post and burned two trucks.", published="2024-06-11")
    assert len(_assaults(doc)) >= 2, [(e.cameo, e.evidence.text) for e in _assaults(doc)]
