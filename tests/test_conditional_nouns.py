"""An event noun that is the act an "if" clause supposes is no act told (events/modality.py,
in_condition; candidates.py).

"If Azerbaijan attacks again, we will respond.": the small parser tags "attacks" a noun (with
"Azerbaijan" its compound), and the noun took the plain status of a noun with no light verb:
an attack told, and the issuer's allegation of it (an accusation counted in the UNGD dyads).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


def _told(out: dict) -> set:
    """(type, source countries, target countries) of the events told as having taken place."""
    actors = actors_by_id(out)
    side = lambda ids: tuple(sorted(actors[i].get("country") or "-" for i in ids))
    return {(e["type"], side(e["sources"]), side(e["targets"])) for e in out["events"]
            if e["status"] in ("asserted", "reported") and not e["negated"]}


@pytest.mark.parametrize("text", [
    "If Azerbaijan attacks again, we will respond.",
    "If an attack by Azerbaijan takes place, we will respond.",
])
def test_the_act_a_condition_supposes_is_not_told(ex, text):
    told = _told(statement(ex, text, "Armenia"))
    assert not any(kind in ("ASSAULT", "ACCUSE") and "AZE" in src + tgt for kind, src, tgt in told), told


def _doers(out: dict) -> set:
    """The source countries of every event, whatever its status (told, supposed, intended)."""
    actors = actors_by_id(out)
    return {actors[i].get("country") for e in out["events"] for i in e["sources"]}


@pytest.mark.parametrize("text, issuer, supposed", [
    ("If Azerbaijan attacks again, we will respond.", "Armenia", "AZE"),
    ("If an attack by Israel takes place, Iran will respond.", "Iran", "ISR"),
])
def test_the_supposed_attacker_threatens_nothing(ex, text, issuer, supposed):
    # supposed, not intended: no threat (nor any event of another status) by the one supposed
    out = statement(ex, text, issuer)
    assert supposed not in _doers(out), [(e["type"], e["status"], e["sources"]) for e in out["events"]]


def test_an_act_the_condition_presupposes_is_still_told(ex):
    told = _told(statement(ex, "If the attacks by Azerbaijan continue, we will respond.", "Armenia"))
    assert ("ACCUSE", ("ARM",), ("AZE",)) in told, told
