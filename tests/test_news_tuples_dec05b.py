"""Issue 13, news tuples (helper petr8): the field's conventions for what a sentence's CAMEO
records are.

* a hostile act a speaker tells as another's ("X said Y's troops shelled Z": the allegation,
  112) or as its own ("X said it had bombed Y", "X claimed responsibility for the bombing":
  the claim, 015) is recorded in CAMEO as that telling alone (PETRARCH-2's transformations
  replace the act told); the act stays a PLOVER event with its sides, with no CAMEO code of
  its own, so the sentence gives one CAMEO record, not two.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _cameo(actors, events):
    """(CAMEO code, source countries, target countries) of each event with a code."""
    side = lambda ids: sorted(actors[i].get("country") or "-" for i in ids)
    return sorted((e["cameo"], side(e["sources"]), side(e["targets"])) for e in events if e["cameo"])


@pytest.mark.parametrize("text, record", [
    ("Amnesty International said Nigerian troops shelled a village near the border with Chad.",
     ("112", ["-"], ["NGA"])),
    ("The Chilean army said it had bombed rebel camps in Peru.", ("015", ["CHL"], ["PER"])),
    ("Pakistan claimed that it had struck militant hideouts in Afghanistan.", ("015", ["PAK"], ["AFG"])),
])
def test_a_told_attack_is_recorded_in_cameo_as_its_telling(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]
    # the attack itself is still there for PLOVER, with its sides
    attack = [e for e in events if e["type"] == "ASSAULT"]
    assert len(attack) == 1 and attack[0]["cameo"] is None and attack[0]["sources"]


def test_an_attack_told_by_a_generic_speaker_keeps_its_code(extractor):
    # "officials said": no allegation, so the attack is the sentence's CAMEO record
    actors, events = coded(extractor, "Officials said Nigerian troops shelled a village in Chad.")
    assert [c for c, _, _ in _cameo(actors, events)] and all(
        c.startswith("19") for c, _, _ in _cameo(actors, events))
