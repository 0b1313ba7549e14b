"""A statement's concern about, or condemnation of, a conflict names its sides in the
"between" phrase and accuses neither of them (events/clause_targets.py, word class
conflict_nouns).  The doer of an escalation, named as such ("by X"), stays accused.  From the
samples of tools/ungd_audit ('party of a conflict named to date or place the thing deplored':
2 units in A, 1 in B, 2 in C).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


def _accused(ex, text):
    out = statement(ex, text, "Ghana")
    actors = actors_by_id(out)
    return {actors[i]["country"] for e in out["events"] if e["type"] == "ACCUSE" and e["status"] == "asserted"
            for i in e["targets"]} - {None}


@pytest.mark.parametrize("text, side", [
    ("We are deeply troubled by the unrest in the region since the sudden escalation between Ethiopia "
     "and the armed groups in the north last spring.", "ETH"),
    ("We condemn the war between Sudan and South Sudan.", "SSD"),
])
def test_a_side_of_the_conflict_deplored_is_not_accused(ex, text, side):
    assert side not in _accused(ex, text)


def test_the_doer_named_of_an_escalation_stays_accused(ex):
    assert "RUS" in _accused(ex, "We condemn the escalation by Russia of its war against Ukraine.")
