"""Actor resolution, defects fixed on 2026-12-04 (fourth round): a role phrase of a group
whose name coordinates a country, "<country>-led" collectives, the speaker's own places,
the two Congos.

Sentences written for these tests; the states and bodies are real (so they resolve), the
events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


# -- a role of a group whose name coordinates a country: the group, not the country ------------

@pytest.mark.parametrize("text", [
    "We welcome the declaration adopted by the Heads of State and Government of the Group of 77 and China last month.",
    "We welcome the plan adopted by the Ministers of Foreign Affairs of the Group of 77 and China in Geneva.",
])
def test_a_role_of_a_group_named_with_a_country_is_the_group(ex, text):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], ["Group of 77"]) in acts, acts
    assert not [a for a in acts if "CHN" in a[2]], acts


def test_a_role_of_a_known_body_is_the_body(ex):
    acts = _acts(ex, "We thank the Heads of State of ECOWAS for their mediation in the crisis.")
    assert ("SUPPORT", ["GHA"], ["ECOWAS"]) in acts, acts


def test_a_state_in_the_role_phrase_stays_the_state(ex):
    # (a country is no body the role stands for: its office is the country's)
    acts = _acts(ex, "We condemn the threats of the Minister of Foreign Affairs of Russia against the port.")
    assert [a for a in acts if a[0] == "ACCUSE" and a[2] == ["RUS"]], acts

