"""An act noun said of the subject by a copula and "in" ("we are in talks with X") is the
subject's act (events/noun_roles.py in_state_of).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded, statement_acts


@pytest.mark.parametrize("text, target", [
    ("We are in constant dialogue with Togo on the maritime boundary.", "TGO"),
    ("Ghana remains in regular consultation with Burkina Faso.", "BFA"),
])
def test_a_statement_in_talks_is_the_issuers_act(ex, text, target):
    found = [a for a in statement_acts(ex, text, "Ghana") if a[0] == "CONSULT"]
    assert found and found[0][1] == ["GHA"] and target in found[0][2], found


def test_news_of_a_state_in_talks_names_it(ex):
    actors, events = coded(ex, "Kenya is in negotiations with Somalia over the disputed waters.")
    found = [e for e in events if e["type"] == "CONSULT"]
    assert found and [actors[i].get("country") for i in found[0]["sources"]] == ["KEN"], found


def test_a_relative_word_is_not_the_doer(ex):
    # ("the envoy, who is in talks with X": the relative word names no one itself)
    out = statement_acts(ex, "We thank Norway, which is in dialogue with both parties.", "Ghana")
    assert not [a for a in out if a[0] == "CONSULT" and a[1] == ["GHA"]], out


@pytest.mark.parametrize("text", [
    "The opposition leader remains in detention in Addis Ababa.",
    "Thousands of migrants are in detention in Libya.",
])
def test_one_in_detention_is_not_the_one_who_holds(ex, text):
    # a state undergone: the copula's subject is the one held, never the doer
    actors, events = coded(ex, text)
    assert not [e for e in events if e["type"] in ("COERCE", "ASSAULT") and e["sources"]], events
