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
