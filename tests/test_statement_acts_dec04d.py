"""Statement acts, constructions fixed on 2026-12-04, fourth round (issue 14: statements speak
for their issuer; generalisation over the constructions of diplomatic statements).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


# -- the addressee fronted: "To X, I say: <imperative>" is a request of X ----------------------

@pytest.mark.parametrize("text, want", [
    ("To our partners in the European Union, I say: keep your promises.", "European Union"),
    ("To the Government of France, I say: return the bronzes.", "FRA"),
    ("To Russia, we say: end this war.", "RUS"),
])
def test_a_fronted_addressee_of_saying_is_asked(ex, text, want):
    acts = _acts(ex, text)
    assert ("REQUEST", ["GHA"], [want]) in acts, acts


def test_a_fronted_adverbial_leaves_the_addressee_after_the_verb(ex):
    # ("to that end" is no one spoken to: the one asked is still the "to" after the verb)
    acts = _acts(ex, "To that end we say to Togo: open the border.")
    assert ("REQUEST", ["GHA"], ["TGO"]) in acts, acts
