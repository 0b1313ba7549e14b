"""A condemnation of "this provocation", "such acts", "this aggression" condemns the doers of the
hostile act told just before (events/act_anaphors.py).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


def _accused_from(out: dict, start: int) -> set:
    """Countries accused by the issuer (ARM) in events whose evidence starts at ``start`` or later."""
    actors = actors_by_id(out)
    return {actors[t].get("country") for e in out["events"] if e["type"] == "ACCUSE"
            and e["evidence"]["start"] >= start
            and "ARM" in {actors[s].get("country") for s in e["sources"]} for t in e["targets"]}


@pytest.mark.parametrize("told, judged", [
    ("Last month Azerbaijan shelled our border villages.", "We condemn this provocation."),
    ("Azerbaijan has occupied part of our territory since 2020.", "We condemn such acts."),
    # a hostile noun of another kind than the act told
    ("Azerbaijan has occupied part of our territory since 2020.", "Armenia condemns this aggression."),
    ("Azerbaijani troops shelled a hospital in Goris.", "We strongly condemn these crimes."),
    # the next line (speeches often come with a line per sentence)
    ("Azerbaijani troops shelled a hospital in Goris.\n", "We strongly condemn these crimes."),
])
def test_a_pointing_act_noun_takes_the_doers_of_the_act_told_before(ex, told, judged):
    out = statement(ex, told + " " + judged, "Armenia")
    assert "AZE" in _accused_from(out, out["document"]["text"].index(judged)), out["events"]


@pytest.mark.parametrize("text", [
    # four sentences later
    "Azerbaijan has occupied part of our territory since 2020. Our farmers need rain. "
    "Our children need schools. Our towns need roads. We condemn such acts.",
])
def test_an_act_told_elsewhere_is_not_the_one_pointed_at(ex, text):
    out = statement(ex, text, "Armenia")
    assert "AZE" not in _accused_from(out, out["document"]["text"].index("We condemn")), out["events"]
