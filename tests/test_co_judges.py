"""One who does the same act ("we condemn X, as did Y", "as Y did last month") is no party to
the statement's act: a clause of comparison whose verb stands for the act (word class
pro_verbs) gives no target (events/clause_targets.py).  From samples A, B and C of
tools/ungd_audit ('co-judge (as did X) taken as the target', one unit drawn in all three).

Sentences written for these tests; the states and the body are real (so they resolve).
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


def _targets(ex, text, kind):
    out = statement(ex, text, "Ghana")
    actors = actors_by_id(out)
    return {actors[i].get("country") or actors[i]["name"] for e in out["events"] if e["type"] == kind
            for i in e["targets"]}


@pytest.mark.parametrize("text, co_judge", [
    ("We reiterate our grave concern about the press freedom situation in Belarus, as did the European "
     "Commission a month ago.", "European Commission"),
    ("We reiterate our grave concern about the plight of journalists in Belarus, as did Lithuania and Poland "
     "a month ago.", "POL"),
    ("We condemn the attacks on aid workers in Haiti, as Canada did last month.", "CAN"),
])
def test_one_who_does_the_same_is_no_target(ex, text, co_judge):
    assert co_judge not in _targets(ex, text, "ACCUSE")


def test_a_comparison_with_an_act_of_its_own_is_left_alone(ex):
    # (the verb of the "as" clause is an act, not a stand-in: the rule does not read it)
    assert "CAN" in _targets(ex, "We thank Canada for its support, as it has helped our farmers.", "SUPPORT")
