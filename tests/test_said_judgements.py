"""A judgement told as what someone said ("X said Y's decision was unlawful") is the sayer's
accusation of the owner of what is judged, not a judgement with no source.

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import acts, statement


@pytest.mark.parametrize("text, judge, judged", [
    ("Benin said Togo's decision to close the border crossings was unlawful.", "BEN", "TGO"),
    ("The Government of Chad said the decision of the Sudanese authorities to expel the traders was illegal.",
     "TCD", "SDN"),
    ("Peru stated that Chile's new fishing quota is unacceptable.", "PER", "CHL"),
])
def test_the_sayer_of_a_judgement_accuses_the_owner_of_the_judged(ex, text, judge, judged):
    found = [(s, t) for kind, s, t in acts(statement(ex, text, None)) if kind in ("ACCUSE", "REJECT")]
    assert ([judge], [judged]) in found, found


def test_a_judgement_in_the_statements_own_voice_keeps_its_issuer(ex):
    found = [(s, t) for kind, s, t in acts(statement(ex, "Togo's decision to close the border was unlawful.", "Benin"))
             if kind == "ACCUSE"]
    assert (["BEN"], ["TGO"]) in found, found


def test_a_judgement_never_said_is_no_accusation_of_the_sayer(ex):
    found = [(s, t) for kind, s, t in acts(statement(ex, "Benin never said that Togo's decision to close the border was unlawful.", None))
             if kind == "ACCUSE"]
    assert all(s != ["BEN"] for s, _ in found), found


def test_a_regret_said_with_no_one_to_blame_is_no_accusation(ex):
    found = [(s, t) for kind, s, t in acts(statement(ex, "Officials said it was regrettable that the talks had failed.", None))
             if kind == "ACCUSE"]
    assert not [s for s, _ in found if s], found
