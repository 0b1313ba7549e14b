"""A nationality adjective on the people harmed, their land or their question ("Yemeni
civilians", "the occupied Palestinian territories", "the Cypriot question") names the victim or
the subject of a concern, never the one accused (events/judged_sides.py).  Sentences of our own."""

from __future__ import annotations

import pytest

TITLE = "Statement by Estovia at the general debate of the United Nations General Assembly"


def _accused(extractor, text):
    doc = extractor.extract_text(text, title=TITLE)
    return [[doc.actor(a).country for a in e.targets] for e in doc.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, nation", [
    ("We are appalled by the suffering of Yemeni civilians.", "YEM"),
    ("We are deeply worried by the renewed violence in the occupied Palestinian territories.", "PSE"),
    ("The thousands of Sudanese civilian casualties are unjustifiable.", "SDN"),
    ("We remain concerned about the Cypriot question.", "CYP"),
])
def test_the_nation_harmed_is_not_accused(extractor, text, nation):
    assert not any(nation in targets for targets in _accused(extractor, text))


@pytest.mark.parametrize("text, nation", [
    ("We condemn the Russian strikes on Ukrainian cities.", "RUS"),
    ("We condemn the Israeli attacks on Palestinian civilians in Gaza.", "ISR"),
])
def test_the_nation_that_acts_stays_accused(extractor, text, nation):
    assert any(nation in targets for targets in _accused(extractor, text))
