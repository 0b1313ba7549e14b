"""A stance held, said by an adjective or a copula with an "in" phrase whose stance noun is owned by
a possessive standing for the subject: "X remains steadfast in its support for Y", "X has always
been unwavering in its condemnation of Y" (X's own stance, as "we remain steadfast in our support
for Y" is the speaker's); and what is none (no stance noun, no possessive for the subject).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, kind, target", [
    ("Ghana remains steadfast in its support for the Government of Somalia.", "SUPPORT", "SOM"),
    ("Ghana has always been unwavering in its support of the people of Haiti.", "SUPPORT", "HTI"),
    ("Ghana is firm in its condemnation of the coup in Guinea by the military junta of Guinea.", "ACCUSE", None),
])
def test_the_issuer_steadfast_in_its_stance_holds_it(ex, text, kind, target):
    acts = _acts(ex, text)
    assert any(a[0] == kind and a[1] == ["GHA"] and (target is None or target in a[2]) for a in acts), acts


def test_another_state_steadfast_in_its_stance_is_that_states(ex):
    acts = _acts(ex, "Norway remains steadfast in its support for the Government of Somalia.")
    assert any(a[0] == "SUPPORT" and a[1] == ["NOR"] and "SOM" in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    # no stance noun in the "in" phrase
    "Ghana remains steadfast in its pursuit of clean energy.",
    # the possessive is not the subject's: a thing's feature
    "The region is fragile in its economy and its institutions.",
])
def test_no_stance_noun_of_the_subject_is_no_stance(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] in ("SUPPORT", "ACCUSE", "AGREE")], acts


@pytest.mark.parametrize("text", [
    # the stance said to be held no more, or not at all
    "Norway is no longer steadfast in its support for Somalia.",
    "Norway is not firm in its support for the Government of Ukraine.",
    "We are no longer steadfast in our support for the Government of Ukraine.",
    # held only under a condition
    "If Norway were firm in its support for Somalia, peace would come.",
    # an adjective that says no stance is held (only steadfast-like ones do)
    "Norway has been hesitant in its support for the Government of Somalia.",
    "Norway has been inconsistent in its support for Ukraine.",
    "Critics say Norway is naive in its support for the Government of Somalia.",
])
def test_a_stance_not_held_is_no_stance(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "SUPPORT"], acts


def test_a_consistent_stance_is_held(ex):
    acts = _acts(ex, "Sweden has always been consistent in its support for the people of Haiti.")
    assert any(a[0] == "SUPPORT" and a[1] == ["SWE"] and "HTI" in a[2] for a in acts), acts
