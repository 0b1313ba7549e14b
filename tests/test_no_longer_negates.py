"""An act said to be done "no longer" is not done: negated as "did not" is ("X no longer attacks
Y", "X no longer works in partnership with Y"); an act done still ("X still attacks Y", "not only
... but") is not.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


@pytest.mark.parametrize("text, kind", [
    ("Rwanda no longer shells the border villages of Congo.", "ASSAULT"),
    ("Kenya no longer cooperates with Somalia on the port.", None),
])
def test_an_act_done_no_longer_is_negated(ex, text, kind):
    _, events = coded(ex, text)
    found = [e for e in events if kind is None or e["type"] == kind]
    assert found and all(e.get("negated") for e in found), events


def test_an_act_done_still_is_not_negated(ex):
    _, events = coded(ex, "Rwanda still shells the border villages of Congo.")
    assert [e for e in events if e["type"] == "ASSAULT" and not e.get("negated")], events
