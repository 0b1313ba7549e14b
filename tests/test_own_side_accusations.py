"""A statement's issuer does not accuse its own state's institutions (issue 13, item 6).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded, statement_acts


def _accused(ex, text, issuer="Ghana"):
    return [targets for t, _, targets in statement_acts(ex, text, issuer) if t == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The Bank of Ghana's new lending policy is illegal.",
    "The Central Bank of Ghana's decision to freeze the accounts was unlawful.",
    "The Ministry's decision to close the schools was unlawful.",
    "The Ghanaian Parliament's vote on the levy was illegitimate.",
    "We condemn the Ghana Police Service for its reckless conduct at the market.",
])
def test_the_issuer_judging_its_own_state_institutions_accuses_no_one(ex, text):
    assert _accused(ex, text) == []


@pytest.mark.parametrize("text, accused", [
    ("The Government of Togo's decision to close the border was illegal.", "TGO"),
    ("We condemn the rebels for their reckless attacks on the northern villages.", "rebels"),
])
def test_the_issuer_still_accuses_other_states_and_its_own_rebels(ex, text, accused):
    assert [accused] in _accused(ex, text)


def test_a_news_report_of_one_organ_accusing_another_is_kept(ex):
    _, events = coded(ex, "The Ghanaian government accused the Ghanaian army of abuses in the north.")
    assert any(e["type"] == "ACCUSE" and e["targets"] for e in events)


@pytest.mark.parametrize("issuer, text", [
    ("Palestine", "The Israeli Government continues its illegal settlement activity. "
                  "We condemn the Government for these crimes."),
    ("Ghana", "The Togolese Ministry of Interior closed the border. "
              "We condemn the Ministry for this unlawful act."),
])
def test_a_body_named_after_another_states_body_of_that_name_stays_accused(ex, issuer, text):
    assert any(_accused(ex, text, issuer))


@pytest.mark.parametrize("issuer, text", [
    ("United States", "We condemn the regime for bombing hospitals in the north."),
    ("Ghana", "We condemn the de facto authorities for the arrest of women activists."),
])
def test_rulers_named_as_a_regime_or_de_facto_authorities_are_no_issuers_own(ex, issuer, text):
    assert any(_accused(ex, text, issuer))


def test_the_issuers_own_government_with_no_other_named_stays_unaccused(ex):
    assert _accused(ex, "We condemn the Government for raising fuel prices.") == []
