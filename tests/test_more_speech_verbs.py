"""Speech-act verbs of statements beside their kin: honouring someone (SUPPORT, as saluting is),
beseeching and entreating (REQUEST, as imploring is), voicing indignation (ACCUSE, as
expressing it is).  Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text, kind, target", [
    ("We honour Cuba for the medical brigades it sent to our hospitals.", "SUPPORT", "CUB"),
    ("We beseech Israel to lift the siege of the hospitals.", "REQUEST", "ISR"),
    ("We entreat Ethiopia to return to the negotiating table.", "REQUEST", "ETH"),
    ("We voice our indignation at the Russian strikes on grain terminals.", "ACCUSE", "RUS"),
])
def test_the_verb_is_the_issuers_act(ex, text, kind, target):
    acts = statement_acts(ex, text, "Ghana")
    assert any(a[0] == kind and a[1] == ["GHA"] and target in a[2] for a in acts), acts


def test_honouring_a_commitment_is_no_support(ex):
    # (an object that names no actor: a commitment kept, not someone praised)
    acts = statement_acts(ex, "We honour our commitments under the Paris Agreement.", "Ghana")
    assert not [a for a in acts if a[0] == "SUPPORT"], acts
