"""A named plan or instrument welcomed or supported stands for whoever made it
(events/arguments.py verb_targets, events/stance_clauses.py _greets).

Sentences written for these tests; the states are real (so they resolve), the plans invented (the
Secretary-General's agenda too).
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text, maker", [
    # named as a body by the tagger, the plan was read as someone greeted
    ("We welcome the Lobito Corridor Initiative launched by the United States.", "USA"),
    ("We welcome the Africa Green Compact proposed by Kenya.", "KEN"),
    # the plan's owner when the pattern's word is an apposition ("..., an initiative ...")
    ("We welcome the Secretary-General's Early Warnings Agenda, an initiative that will save lives.",
     "UN Secretary-General"),
])
def test_a_named_plan_stands_for_its_maker(ex, text, maker):
    found = [a for a in statement_acts(ex, text, "Ghana") if a[0] == "SUPPORT" and a[1] == ["GHA"]]
    assert found and maker in found[0][2], found


def test_a_body_welcomed_is_still_greeted(ex):
    found = statement_acts(ex, "We welcome the Alliance of Sahel States.", "Ghana")
    assert found and found[0][0] == "SUPPORT" and found[0][2] == ["Alliance of Sahel States"], found


@pytest.mark.parametrize("text, junk", [
    # the "of" phrase of a meeting's proper name is part of the name, not its maker
    ("We welcome the Summit of the Future.", "Future"),
    ("Ghana looks forward to hosting the Conference of the Parties in 2030.", "Parties"),
    ("Kenya will host the Meeting of States Parties to the Ottawa Convention.", "States Parties"),
])
def test_a_named_meetings_of_phrase_is_no_target(ex, text, junk):
    found = statement_acts(ex, text, "Ghana")
    assert found and not any(junk in a[2] for a in found), found


def test_a_plans_owner_in_of_is_still_its_maker(ex):
    found = statement_acts(ex, "We support the agenda of the Secretary-General.", "Ghana")
    assert any(a[0] == "SUPPORT" and "UN Secretary-General" in a[2] for a in found), found
