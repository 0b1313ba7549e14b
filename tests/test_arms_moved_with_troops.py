"""Arms sent with troops are a deployment (MOBILIZE 154), not arms given (AID 072).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded


def _codes(ex, text):
    actors, events = coded(ex, text)
    return [(e["type"], e.get("cameo"), sorted(actors[t].get("country") or actors[t]["name"] for t in e["targets"]))
            for e in events]


@pytest.mark.parametrize("text", [
    "Belarus sent troops and tanks to Kazakhstan on Friday.",
    "Belarus sent tanks and soldiers to Kazakhstan on Friday.",
    "Belarus dispatched thousands of troops with artillery to Kazakhstan.",
])
def test_troops_sent_with_their_arms_are_a_deployment(ex, text):
    got = _codes(ex, text)
    assert ("MOBILIZE", "154", ["KAZ"]) in got
    assert not any(t == "AID" for t, _, _ in got)


@pytest.mark.parametrize("text", [
    "Belarus delivered tanks and artillery to Kazakhstan on Friday.",
    "Belarus sent weapons to the Kazakh troops.",
])
def test_arms_without_troops_stay_arms_given(ex, text):
    assert any(t == "AID" and c == "072" for t, c, _ in _codes(ex, text))
