"""Money a state puts into its own budget or gives its own ministries is no aid (AID).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded, statement_acts


def _aid(events):
    return [e for e in events if e["type"] == "AID"]


@pytest.mark.parametrize("text", [
    "The Government allocated 5 million dollars to its national budget for the coming year.",
    "The Kenyan government transferred 40 million shillings to the state treasury on Monday.",
    "The Government allocated 5 million dollars to the Ministry of Health.",
    "The Ghanaian government disbursed 20 million dollars to the Ghanaian Ministry of Education.",
    "The Government allocated 5 million dollars to the energy sector this year.",
])
def test_money_put_into_ones_own_purse_or_organs_is_no_aid(ex, text):
    assert _aid(coded(ex, text)[1]) == []


def test_in_a_statement_the_issuers_own_ministry_gets_no_aid(ex):
    acts = statement_acts(ex, "This year we allocated 40 million dollars to the Ministry of Health.")
    assert [a for a in acts if a[0] == "AID"] == []


@pytest.mark.parametrize("text, recipient", [
    ("Japan allocated 5 million dollars to Malawi's national budget.", "MWI"),
    ("Japan gave 5 million dollars to the Ministry of Health of Malawi.", "MWI"),
    ("Japan allocated 5 million dollars to the energy sector in Malawi.", "MWI"),
])
def test_money_given_to_another_states_purse_or_ministry_stays_aid(ex, text, recipient):
    actors, events = coded(ex, text)
    assert any(actors[t].get("country") == recipient for e in _aid(events) for t in e["targets"])


@pytest.mark.parametrize("text, recipient", [
    ("The European Union transferred 2 billion euros to the Ukrainian budget.", "UKR"),
    ("Japan transferred 200 million dollars to the Malian treasury last week.", "MLI"),
])
def test_a_purse_owned_by_a_nationality_adjective_is_anothers_and_stays_aid(ex, text, recipient):
    actors, events = coded(ex, text)
    assert any(actors[t].get("country") == recipient for e in _aid(events) for t in e["targets"])


def test_a_purse_is_a_states_own_only_when_the_giver_is_a_state(ex):
    assert _aid(coded(ex, "The IMF disbursed 3 billion dollars to the treasury on Friday.")[1])


def test_coffers_are_a_purse_though_their_lemma_is_singular(ex):
    assert _aid(coded(ex, "The government transferred 2 billion dollars to the state coffers.")[1]) == []
