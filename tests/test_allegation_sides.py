"""Item 6 of issue 13: an allegation (ACCUSE 112) only between different sides."""

from __future__ import annotations

import pytest

from communique.document import Actor
from communique.events.allegations import same_side

ALLEGE = "cues.toml:reporting/allegation"


def _code(extractor, text):
    return extractor.extract_text(text, published="2021-05-04")


def _allegations(doc):
    return [e for e in doc.events if e.pattern == ALLEGE]


@pytest.mark.parametrize("text", [
    "The Kenyan Ministry of Interior said on Monday that security forces had arrested six suspects "
    "near the town of Garissa.",
    "The Ghanaian defence ministry said that the army had detained four smugglers at the border.",
])
def test_a_ministry_reporting_its_own_forces_is_no_accusation(extractor, text):
    doc = _code(extractor, text)
    acts = [e for e in doc.events if e.type == "COERCE"]
    assert acts, [(e.type, e.evidence.text) for e in doc.events]   # the arrest is coded
    assert not _allegations(doc), [(e.sources, e.targets) for e in _allegations(doc)]


def test_a_government_reporting_another_states_forces_still_accuses(extractor):
    doc = _code(extractor, "Kenya said that Somali forces had shelled two villages near the border.")
    assert any(e.type == "ASSAULT" for e in doc.events)
    accuse = _allegations(doc)
    assert len(accuse) == 1
    assert {doc.actor(a).country for a in accuse[0].targets} == {"SOM"}


def test_same_side_rule():
    ministry = Actor("a1", "Interior Ministry", kind="government", country="KEN", sector="GOV")
    police = Actor("a2", "police", kind="government", country=None, sector="COP")
    foreign_army = Actor("a3", "Somali army", kind="government", country="SOM", sector="MIL")
    rebels = Actor("a4", "rebels", kind="armed_group", country="KEN", sector="REB")
    ngo = Actor("a5", "Rights Watch", kind="ngo", country=None, sector="NGO")
    assert same_side(ministry, police)
    assert not same_side(ministry, foreign_army)
    assert not same_side(ministry, rebels)        # same country, not the state
    assert not same_side(ngo, police)             # an NGO alleging police abuse accuses


def test_examples_ministry_reporting_arrests_accuses_no_one(extractor):
    from pathlib import Path

    doc = extractor.extract_path(Path(__file__).resolve().parents[1] / "examples" / "news_page_with_debris.html")
    assert [e for e in doc.events if e.type == "COERCE" and e.cameo == "173"]   # the arrests are coded
    assert not _allegations(doc), [(e.sources, e.targets, e.evidence.text) for e in _allegations(doc)]
