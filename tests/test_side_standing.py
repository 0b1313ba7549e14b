"""Standing by someone: "we stand alongside / beside X", "we remain at the side of X" (issue 14).

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement

TITLE = "Statement by {} at the general debate of the spring session of the United Nations General Assembly"


def _support(ex, text, issuer="Chile"):
    out = statement(ex, text, issuer, title=TITLE)
    actors = actors_by_id(out)
    return [({actors[i]["country"] for i in e["sources"]}, {actors[i]["country"] for i in e["targets"]})
            for e in out["events"] if e["type"] == "SUPPORT"]


@pytest.mark.parametrize("text, target", [
    ("We stand alongside Moldova in these difficult times.", "MDA"),
    ("Chile will continue to stand beside the people of Haiti.", "HTI"),
    ("We remain at the side of the people of Lebanon.", "LBN"),
])
def test_standing_by_someones_side_supports_them(ex, text, target):
    assert ({"CHL"}, {target}) in _support(ex, text)


@pytest.mark.parametrize("text", [
    "Hundreds of farmers stood beside the road to Valparaiso.",
    "The new clinic stands at the side of the main road.",
])
def test_standing_beside_a_thing_is_no_support(ex, text):
    assert _support(ex, text) == []
