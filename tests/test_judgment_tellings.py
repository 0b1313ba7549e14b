"""A statement's condemnation told in words is the telling of its accusation (events/merge.py).

"Forces of X shelled our villages. We condemn these attacks.": the telling of the shelling is
also the issuer's allegation (CAMEO 112, events/allegations.py), and the condemnation judges
the same act, so the two are one accusation.  Its evidence is the condemnation's sentence (the
act the speaker performs), not the sentence that told the shelling.  And a judgment of one act
never joins the allegation of another ("X's aggression against Y ... we condemned the attack
on Z": two accusations; the second never takes X as its target).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


@pytest.mark.parametrize("told, judged, doer", [
    ("Azerbaijani forces continue to shell our villages.", "We strongly condemn these attacks.", "AZE"),
    ("Last week the Azerbaijani army shelled a school in Goris.", "Armenia condemns this attack.", "AZE"),
])
def test_the_condemnation_is_the_accusations_telling(ex, told, judged, doer):
    out = statement(ex, told + " " + judged, "Armenia")
    actors = actors_by_id(out)
    start = len(told) + 1
    found = [e for e in out["events"] if e["type"] == "ACCUSE" and e["evidence"]["start"] >= start
             and "ARM" in {actors[i].get("country") for i in e["sources"]}
             and doer in {actors[i].get("country") for i in e["targets"]}]
    assert found, out["events"]


def test_a_judgment_of_one_act_is_no_allegation_of_another(ex):
    first = "Russia's aggression against Ukraine rages on."
    later = "Norway condemned, in clear words, the brutal attack on Israel last year."
    out = statement(ex, first + " " + later, "Norway")
    actors = actors_by_id(out)
    judged = [e for e in out["events"] if e["type"] == "ACCUSE" and e["evidence"]["start"] > len(first)]
    assert judged, out["events"]
    for e in judged:
        assert "RUS" not in {actors[i].get("country") for i in e["targets"]}, e
