"""Relations founded: "we have built close ties with X", "established a strategic partnership
with X", "restored our alliance with X" (SUPPORT 050, word class founding with the nouns of
ties, partnerships and alliances); and what is none (a thing built with someone's help or
material).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, partner", [
    ("Over the past decade we have built close ties with Viet Nam.", "VNM"),
    ("Ghana has established a strategic partnership with Brazil.", "BRA"),
    ("Last year we restored our alliance with Nigeria.", "NGA"),
])
def test_relations_founded_with_a_partner_are_support(ex, text, partner):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and partner in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "We built a new school with the help of Japan.",
    "Ghana has built its coastal road with local materials.",
])
def test_a_thing_built_is_no_relation(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "SUPPORT"], acts
