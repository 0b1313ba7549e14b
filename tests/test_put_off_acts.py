"""An act put off by a gerund ("delayed sending troops") or after "on" ("held off on talks")
was not done, as a put-off event noun ("postponed the talks") is not.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded


def _types(ex, text):
    return [e["type"] for e in coded(ex, text)[1]]


@pytest.mark.parametrize("text, gone", [
    ("Peru held off on talks with Ecuador until the spring.", "CONSULT"),
    ("Peru held off on deploying troops to the border with Ecuador.", "MOBILIZE"),
    ("Chad delayed sending soldiers to Niger.", "MOBILIZE"),
    ("Laos put off holding talks with Cambodia.", "CONSULT"),
])
def test_an_act_put_off_is_no_event(ex, text, gone):
    got = _types(ex, text)
    assert gone not in got, got


@pytest.mark.parametrize("text, kept", [
    ("Chad sent soldiers to Niger on Monday.", "MOBILIZE"),
    ("Peru held talks with Ecuador on trade.", "CONSULT"),
])
def test_an_act_done_stays(ex, text, kept):
    assert kept in _types(ex, text)
