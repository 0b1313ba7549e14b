"""A common task done beside a partner: "we work / act / engage in close cooperation with X",
"served / worked alongside X" (COOPERATE 060 with X, word classes joint_working and
working_together); and what is none of these (standing beside someone, fighting beside an ally,
a verb of working with no noun of working together).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, partner", [
    ("Ghana acts in close cooperation with Togo on the security of the shared coastline.", "TGO"),
    ("Our Government has worked in partnership with Senegal to train nurses in the north.", "SEN"),
    ("We engage in collaboration with Benin on cross-border trade.", "BEN"),
    ("We are proud to have served alongside Ireland as co-chairs of the fisheries talks.", "IRL"),
    ("We work alongside the African Union in Somalia.", "African Union"),
])
def test_working_beside_a_partner_is_cooperating_with_it(ex, text, partner):
    acts = _acts(ex, text)
    assert any(a[0] == "COOPERATE" and a[1] == ["GHA"] and partner in a[2] for a in acts), acts


def test_a_commitment_to_work_beside_a_partner_keeps_its_doer(ex):
    # (the parser may tag "committed" a verb: the copula's subject is still the doer)
    acts = _acts(ex, "We are committed to working alongside Liberia to restore the fishing grounds.")
    assert any(a[0] == "COOPERATE" and a[1] == ["GHA"] and "LBR" in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    # standing beside someone is where one stood (tests/test_standing_beside_someone.py)
    "Our President stood alongside the President of Togo at the opening of the bridge.",
    # fighting beside an ally is no joint work of the statement's kind
    "Our soldiers fought alongside the army of Mali in the desert.",
    # a verb of working with no noun of working together
    "We work in the field of maritime safety with many partners.",
    "Ghana acts in the interest of its people.",
    "We have engaged in many activities with Togo.",
])
def test_no_working_together_named_is_no_cooperation(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] in ("COOPERATE", "SUPPORT")], acts


@pytest.mark.parametrize("text", [
    # beside someone who is no actor: no partner named
    "Children work alongside adults in the cobalt mines of Katanga.",
    "Girls operate alongside their mothers at the looms of Kano.",
    # engaging beside someone is fighting beside them
    "Ukrainian soldiers engaged alongside Polish volunteers near Bakhmut.",
])
def test_beside_no_actor_or_in_a_fight_is_no_cooperation(ex, text):
    from coding_support import coded

    _, events = coded(ex, text)
    assert not [e for e in events if e["type"] == "COOPERATE"], events


@pytest.mark.parametrize("text", [
    "Kenya no longer works in partnership with Somalia.",
    "Rwanda no longer acts in close cooperation with Uganda on border patrols.",
])
def test_working_together_no_longer_is_not_done(ex, text):
    from coding_support import coded

    _, events = coded(ex, text)
    assert not [e for e in events if e["type"] == "COOPERATE" and not e.get("negated")], events


def test_a_state_beside_a_state_still_cooperates(ex):
    from coding_support import coded

    _, events = coded(ex, "Spanish troops work alongside NATO in Iraq.")
    assert [e for e in events if e["type"] == "COOPERATE"], events
