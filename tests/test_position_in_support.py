"""A stance conveyed by a noun of position that carries it in its "in" phrase: "we reaffirm our
firm position in support of X", "X maintains its position in solidarity with Y" (the carried
noun's act, as "a message of solidarity" carries it by "of"; word class carrier_nouns), also
when the parser hangs the "in" phrase on the verb; and a position with no stance noun carried,
which is none.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, kind, target", [
    ("We reaffirm our firm position in support of the Government of Somalia.", "SUPPORT", "SOM"),
    ("Ghana maintains its consistent position in support of the people of Haiti.", "SUPPORT", "HTI"),
    ("Ghana stresses its principled position in solidarity with the people of Cuba.", "SUPPORT", "CUB"),
])
def test_a_position_carrying_a_stance_conveys_it(ex, text, kind, target):
    acts = _acts(ex, text)
    assert any(a[0] == kind and a[1] == ["GHA"] and target in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "We reaffirm our position in the Security Council on fisheries quotas.",
    "Ghana maintains its position in the ranking of cocoa exporters.",
])
def test_a_position_with_no_stance_carried_is_none(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "SUPPORT"], acts


@pytest.mark.parametrize("text", [
    # ground held by armed forces, plural or with an armed body as the doer: no stance
    "We maintain our positions in the Sahel in support of the MINUSMA mission.",
    "Our battalions kept their positions in support of the Government of Mali.",
    "The army of Mali maintains its position in support of the offensive near Gao.",
    # a position held no more
    "We no longer maintain our position in support of the junta in Mali.",
    "Ghana no longer maintains its position in support of the Government of Chad.",
])
def test_a_position_of_troops_or_one_given_up_conveys_nothing(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "SUPPORT" and a[1] == ["GHA"]], acts
    assert not [a for a in acts if a[0] == "SUPPORT" and a[1] == ["MLI"]], acts


def test_troops_holding_positions_in_the_news_support_none(ex):
    from coding_support import coded

    _, events = coded(ex, "Ukrainian troops maintained their positions in support of the counteroffensive near Bakhmut.")
    assert not [e for e in events if e["type"] == "SUPPORT"], events


def test_only_the_in_phrase_after_the_position_is_carried(ex):
    # the verb's "in" phrase of place carries nothing; the one right after the position does
    acts = _acts(ex, "We reaffirm our position in the Council in support of the Government of Somalia.")
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and "SOM" in a[2] for a in acts), acts
