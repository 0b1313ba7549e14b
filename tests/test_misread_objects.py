"""A statement verb the parser reads as a plural noun after a name is a stance only with the
object that makes it one: "reserves the right to" warns, other reserving says nothing; and a
state's epithet shared by several states ("the Islamic Republic") names none of them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Norvania reserves at record low as the currency slides.",
    "The Central Bank of Norvania reserves two billion for the farmers.",
])
def test_reserving_without_a_right_is_no_warning(extractor, text):
    doc = extractor.extract_text(text, published="2023-03-01")
    assert not [e for e in doc.events if e.type == "THREATEN"], doc.events


def test_reserving_the_right_is_a_warning(extractor):
    doc = extractor.extract_text("The Kingdom of Norway reserves its right to answer every provocation.",
                                 published="2023-03-01")
    (e,) = [e for e in doc.events if e.type == "THREATEN"]
    assert {a.name for a in doc.actors if a.id in e.sources} == {"Norway"}


def test_an_epithet_several_states_bear_names_none(extractor):
    doc = extractor.extract_text("Pakistan's foreign minister said the Islamic Republic would not "
                                 "accept the ruling.", published="2023-03-01")
    assert "IRN" not in {a.country for a in doc.actors}
