"""People welcomed (praised, condemned) with a participle and a "by X" phrase: only an act of
the word class "freeing" done to them (released, freed, rescued by X) makes X's act the topic.
A participle that tells who the people are (led, appointed, elected, installed, trained by X)
leaves the people the target, and "recognized" keeps its object.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import sides


def _targets(ex, text: str, kind: str) -> list[set]:
    return [{c or n for n, c in tgt} for _, tgt in sides(ex, text, kind)]


@pytest.mark.parametrize("text, kind, kept, not_target", [
    ("Kenya criticised the judges appointed by President Ruto.", "ACCUSE", "judges", "President Ruto"),
    ("The opposition criticised the ministers appointed by the president of Zambia.", "ACCUSE",
     "ministers", None),
    ("Kenya praised the athletes coached by Ethiopian trainers.", "SUPPORT", "athletes", "ETH"),
    ("Niger praised the soldiers trained by France.", "SUPPORT", "soldiers", "FRA"),
    ("Brazil condemned the officials nominated by the Venezuelan government.", "ACCUSE",
     "officials", "VEN"),
    ("Russia recognized the government installed by the junta in Niger.", "SUPPORT", "government", None),
    ("Kenya recognized the president elected by parliament in Somalia.", "SUPPORT", "president", None),
])
def test_a_participle_that_tells_who_people_are_leaves_them_the_target(ex, text, kind, kept, not_target):
    found = _targets(ex, text, kind)
    assert any(kept in t for t in found), found
    assert not_target is None or not any(not_target in t for t in found), found


@pytest.mark.parametrize("text", [
    "Ghana welcomed the delegation led by the Foreign Minister of Togo.",
    "Mali welcomed the soldiers commanded by a Senegalese general.",
])
def test_welcoming_people_led_by_another_stays_hosting(ex, text):
    assert sides(ex, text, "CONSULT"), sides(ex, text, "SUPPORT")


@pytest.mark.parametrize("text, doer", [
    ("Spain welcomed the sailors rescued by Morocco.", "MAR"),
    ("Peru welcomed the fishermen released by Ecuador.", "ECU"),
])
def test_welcoming_people_freed_by_another_still_approves_the_act(ex, text, doer):
    # guard: the freeing class keeps the reading the construction was meant for
    assert any(doer in t for t in _targets(ex, text, "SUPPORT"))
    assert not sides(ex, text, "CONSULT")
