"""An act a statement names with an adjective that condemns it is the statement accusing its
doer, even when the act names no victim: "the illegal occupation by X continues", "X imposed an
illegal blockade" (issue 14).  Without the adjective a restriction done to no one stays a policy
told ("Belarus has closed its border").

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement

TITLE = "Statement by {} at the general debate of the spring session of the United Nations General Assembly"


def _accusations(ex, text, issuer="Cuba"):
    out = statement(ex, text, issuer, title=TITLE)
    actors = actors_by_id(out)
    return [({actors[i]["country"] for i in e["sources"]}, {actors[i]["country"] for i in e["targets"]})
            for e in out["events"] if e["type"] == "ACCUSE" and e["status"] == "asserted"]


@pytest.mark.parametrize("text, doer", [
    ("The illegal occupation by Israel continues to this day.", "ISR"),
    ("The United States imposed an unjust blockade last spring.", "USA"),
    ("The unlawful occupation by the United Kingdom has lasted for decades.", "GBR"),
])
def test_an_act_named_with_a_condemning_adjective_accuses_its_doer(ex, text, doer):
    assert ({"CUB"}, {doer}) in _accusations(ex, text)


@pytest.mark.parametrize("text", [
    "The occupation by Israel continues to this day.",
    "The so-called illegal occupation by Israel continues to this day.",
    "Any illegal blockade by the United States would be resisted.",
])
def test_no_condemning_adjective_or_a_supposed_act_accuses_no_one(ex, text):
    assert not any(tgt for _, tgt in _accusations(ex, text))


@pytest.mark.parametrize("text", [
    "Togo seized illegal weapons at the border last year.",
    "Nigeria has banned illegal mining in the region.",
    "Burkina Faso expelled illegal miners from Ghana last month.",
    "Liberia confiscated illegal timber from a sawmill near the border.",
    "Senegal arrested illegal fishermen off its coast in March.",
])
def test_an_adjective_on_what_the_act_acts_on_accuses_no_one(ex, text):
    # "illegal" judges the weapons, the mining, the miners: the seizure or the ban is no charge
    assert not any(tgt for _, tgt in _accusations(ex, text, issuer="Ghana"))


def test_an_act_noun_its_verb_pattern_names_still_accuses(ex):
    # "imposed [sanctions]": the object is the act itself, so its adjective judges the act
    assert ({"CUB"}, {"USA"}) in _accusations(ex, "The United States imposed illegal sanctions on Venezuela.")
