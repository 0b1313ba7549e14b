"""Something wished to someone, the ditransitive "wish": "I wish you fruitful talks", "we wish
X a swift recovery", "I wish a speedy recovery to X" are good wishes to X, SUPPORT 051, as "we
wish X every success" is (events/wished_things.py). A wish with a clause, or wished to no one,
is none; a wish is never a request.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, partner", [
    ("We wish Malawi a swift recovery from the cyclone that struck its south.", "MWI"),
    ("I wish a speedy recovery to the people of Mozambique after the floods.", "MOZ"),
])
def test_something_wished_to_someone_is_support(ex, text, partner):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and partner in a[2] for a in acts), acts
    assert not [a for a in acts if a[0] == "REQUEST"], acts


@pytest.mark.parametrize("text", [
    "I wish I could stand here today in happier times.",
    "Divided for decades, we wish unity.",
])
def test_a_wish_with_a_clause_or_to_no_one_is_none(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] in ("SUPPORT", "REQUEST")], acts


@pytest.mark.parametrize("text, other", [
    ("We wish a lasting end to the fighting in Sudan.", "SDN"),
    ("We wish no harm to Eritrea, but we will guard our coast.", "ERI"),
    ("The crowd in Accra wished death to the President of Togo.", "TGO"),
])
def test_an_end_ill_or_nothing_wished_is_no_support(ex, text, other):
    # (word_classes.toml own_to_nouns, ill_wishes, denying_words)
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "SUPPORT" and other in a[2]], acts
