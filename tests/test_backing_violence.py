"""A statement telling that another state backs violence accuses it: "X has long financed
terrorism against our people", "X keeps arming the militias" give the
issuer's ACCUSE (112) of X, as a hostile act told in the statement's own voice does; help
given to others ("X funded the new schools"), backing a fight against violence ("funded
counter-terrorism operations", "anti-extremism programmes") and the issuer's own acts accuse no one.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, doer", [
    ("For many years Pakistan has financed terrorism against our people.", "PAK"),
    ("Iran keeps arming the militias in southern Yemen.", "IRN"),
    ("Russia openly supports the separatists in the east of Georgia.", "RUS"),
])
def test_backing_violence_told_by_a_statement_accuses_the_backer(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


@pytest.mark.parametrize("text", [
    "Japan funded the new schools in northern Ghana.",
    "Ghana supports the fight against terrorism in the Sahel.",
])
def test_help_or_a_fight_against_violence_accuses_no_one(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "ACCUSE" for a in acts), acts


@pytest.mark.parametrize("text, doer", [
    ("Canada has supported counter-terrorism operations in Mali.", "CAN"),
    ("Germany has funded anti-extremism programmes in Niger.", "DEU"),
])
def test_backing_the_fight_against_violence_accuses_no_one(ex, text, doer):
    acts = _acts(ex, text)
    assert not any(a[0] == "ACCUSE" and doer in a[2] for a in acts), acts


# A prefix of opposing counts only on the word of violence itself ("anti-terrorism"): backing
# "anti-government militias" or "anti-Western terrorists" backs violence aimed at someone.
@pytest.mark.parametrize("text, doer", [
    ("Libya keeps financing anti-government militias in northern Chad.", "LBY"),
    ("Sudan keeps sponsoring anti-Chadian terrorists in Darfur.", "SDN"),
])
def test_backing_violence_aimed_against_someone_accuses_the_backer(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts
