"""A feeling a statement notes something with, however the sentence puts it
(events/stance_clauses.py: the noting verbs of stances.toml).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded, statement_acts


def _found(ex, text, kind, target, issuer="Ghana"):
    acts = statement_acts(ex, text, issuer)
    return [a for a in acts if a[0] == kind and a[1] == ["GHA"] and target in a[2]], acts


@pytest.mark.parametrize("text, kind, target", [
    # a cleft fronting the feeling ("it is with ... that we note X")
    ("It is with deep concern that we note the rapid expansion of Israeli outposts.", "ACCUSE", "ISR"),
    ("It is with alarm that Ghana follows the build-up of Azerbaijani troops.", "ACCUSE", "AZE"),
    # the parser hangs what is noted on the feeling noun
    ("We note with alarm the expansion of Russian military bases in the Arctic.", "ACCUSE", "RUS"),
    ("We note with dismay the construction of new Israeli settlements.", "ACCUSE", "ISR"),
    # what is noted is someone's doing, told by a "that" clause
    ("We note with satisfaction that Senegal has agreed to host the talks.", "SUPPORT", "SEN"),
])
def test_a_noted_feeling_is_the_issuers_stance(ex, text, kind, target):
    found, acts = _found(ex, text, kind, target)
    assert found, acts


@pytest.mark.parametrize("text", [
    "It is with concern that the committee was established.",   # no noting verb
    "We note with concern that floods have destroyed the harvest.",   # no one's doing
])
def test_a_feeling_with_no_one_to_blame_accuses_no_one(ex, text):
    acts = statement_acts(ex, text, "Ghana")
    assert not [a for a in acts if a[0] == "ACCUSE" and a[2]], acts


@pytest.mark.parametrize("text, target", [
    ("We stand in firm solidarity with Ukraine.", "UKR"),
    ("Ghana stands in full solidarity with Libya and Morocco.", "MAR"),
    ("We act in complete solidarity with Haiti.", "HTI"),
])
def test_standing_in_solidarity_is_the_issuers_support(ex, text, target):
    found, acts = _found(ex, text, "SUPPORT", target)
    assert found, acts


@pytest.mark.parametrize("text, act, doer, victim", [
    ("We note with concern that Israel has been attacked by Hamas.", "ASSAULT", "PSE", "ISR"),
    ("We note with alarm that Russia continues to shell Ukrainian ports.", "ASSAULT", "RUS", "UKR"),
])
def test_the_act_a_noted_clause_tells_stays_an_event(ex, text, act, doer, victim):
    # the feeling is the issuer's stance towards the doer, not the reason of an accusation
    # that would make the act told only alleged
    acts = statement_acts(ex, text, "Ghana")
    assert [a for a in acts if a[0] == "ACCUSE" and a[1] == ["GHA"] and doer in a[2]], acts
    assert [a for a in acts if a[0] == act and doer in a[1] and victim in a[2]], acts


def test_a_noted_act_in_news_stays_an_event(ex):
    _, events = coded(ex, "The UN human rights office noted with concern that Israeli forces had killed "
                          "30 Palestinians in Jenin.")
    assert [e for e in events if e["type"] == "ASSAULT"], events


@pytest.mark.parametrize("text", [
    # condolences: a death noted with regret
    "It is with deep regret that we learned of the passing of President Hage Geingob of Namibia.",
    "It is with deep regret that we note the death of President Geingob.",
    "We note with regret that Namibia lost its President this year.",
    "We are saddened that the President of Namibia passed away in February.",
    # a state or a lot undergone, no act of the clause's subject
    "We note with concern that Haiti continues to face a grave humanitarian crisis.",
    "We note with concern that Ethiopia and Eritrea remain at odds.",
])
def test_a_noted_death_or_plight_accuses_no_one(ex, text):
    acts = statement_acts(ex, text, "Ghana")
    assert not [a for a in acts if a[0] == "ACCUSE"], acts
