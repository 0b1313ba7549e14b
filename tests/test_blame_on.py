"""Blaming an act on someone ("X blamed the bombing on Y"): Y is the
accused, whichever word the parser hangs "on Y" on; and a movement's "our movement" is the
movement issuing the statement."""

import pytest


@pytest.mark.parametrize("sentence, accused", [
    ("The interior ministry blamed the bombing on the rebels.", "rebels"),
    ("The army blamed the attack on militants from across the border.", "militants"),
])
def test_the_one_an_act_is_blamed_on_is_accused(extractor, sentence, accused):
    doc = extractor.extract_text(sentence)
    (accusation,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert [doc.actor(t).name for t in accusation.targets] == [accused]
    # the act blamed is not aimed at the accused
    assert not [e for e in doc.events if e.type == "ASSAULT" and accusation.targets[0] in e.targets]


def test_blaming_someone_for_an_act_is_unchanged(extractor):
    doc = extractor.extract_text("The interior ministry blamed the rebels for the bombing.")
    (accusation,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert [doc.actor(t).name for t in accusation.targets] == ["rebels"]


def test_our_movement_is_the_issuing_movement(extractor):
    doc = extractor.extract_text(
        "Statement by the Northern Liberation Army\n\n"
        "We deny any involvement in the bombing of the market last week, which the regime blamed on our movement.\n")
    (accusation,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusation.targets == doc.issuers
