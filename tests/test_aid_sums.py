"""Aid given as a sum in any currency, and "contribute with <sum>" (issue 14).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement

TITLE = "Statement by {} at the general debate of the spring session of the United Nations General Assembly"


def _aid(ex, text, issuer="Denmark"):
    out = statement(ex, text, issuer, title=TITLE)
    actors = actors_by_id(out)
    return [(e["type"], {actors[i]["country"] for i in e["sources"]}, {actors[i]["country"] for i in e["targets"]})
            for e in out["events"] if e["type"] in ("AID", "AGREE")]


@pytest.mark.parametrize("text", [
    "This year we have allocated 400 million kroner to Moldova.",
    "My Government has granted Jordan 30 million pounds for its schools.",
    "We have disbursed 2 billion yen to Bangladesh since the floods.",
])
def test_a_sum_in_any_currency_given_to_a_state_is_aid(ex, text):
    target = next(c for w, c in (("Moldova", "MDA"), ("Jordan", "JOR"), ("Bangladesh", "BGD")) if w in text)
    assert ("AID", {"DNK"}, {target}) in _aid(ex, text)


@pytest.mark.parametrize("text, types", [
    ("Last year we contributed with 25 million euros to the reconstruction fund for Malawi.", {"AID"}),
    ("For the coming replenishment, we will contribute with 90 million dollars.", {"AID", "AGREE"}),
])
def test_contributing_with_a_sum_is_aid_or_its_pledge(ex, text, types):
    assert any(t in types and src == {"DNK"} for t, src, _ in _aid(ex, text))


def test_contributing_with_experience_is_no_aid(ex):
    assert _aid(ex, "We contributed with our experience to the drafting of the new convention.") == []
