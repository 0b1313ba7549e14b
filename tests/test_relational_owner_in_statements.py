"""A statement's act on "X's partners / donors / allies" (word class relational_nouns) is on
others than X, unnamed: the issuer's act takes no target from X either (events/clause_targets.py),
as news already reads it (events/referents.py).  Partners named in apposition are the target.

Sentences written for these tests, as statements of Ghana; the states are real, the acts invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts


@pytest.mark.parametrize("text, kind", [
    ("We thank Kenya's partners for their help.", "SUPPORT"),
    ("We are grateful to Kenya's partners for their help.", "SUPPORT"),
    ("We thank Kenya's donors for their help.", "SUPPORT"),
    ("We thank the partners of Kenya for their support.", "SUPPORT"),
    ("We condemn Russia's allies for their silence.", "ACCUSE"),
])
def test_the_owner_of_relational_nouns_is_no_target_of_a_statement(ex, text, kind):
    found = [t for k, _, t in statement_acts(ex, text) if k == kind]
    assert found and not any({"KEN", "RUS"} & set(t) for t in found), found


@pytest.mark.parametrize("text, target", [
    ("We thank Kenya's partners, Japan and Norway, for their help.", "JPN"),
    ("We thank Kenya and its partners for their help.", "KEN"),
    ("We thank Kenya for its help.", "KEN"),
])
def test_those_named_beside_relational_nouns_stay_targets(ex, text, target):
    found = [t for k, _, t in statement_acts(ex, text) if k == "SUPPORT"]
    assert any(target in t for t in found), found
