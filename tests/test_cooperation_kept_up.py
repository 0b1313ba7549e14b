"""A working relation kept up: "we maintain close cooperation with X", "we continue our
partnership with X", "we enjoy a strategic partnership with X" (COOPERATE 060; issue 14).

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement

TITLE = "Statement by {} at the general debate of the spring session of the United Nations General Assembly"


def _cooperation(ex, text, issuer="Ghana"):
    out = statement(ex, text, issuer, title=TITLE)
    actors = actors_by_id(out)
    return [({actors[i]["country"] for i in e["sources"]}, {actors[i]["country"] for i in e["targets"]})
            for e in out["events"] if e["type"] == "COOPERATE"]


@pytest.mark.parametrize("text, target", [
    ("We maintain close cooperation with Togo on maritime security.", "TGO"),
    ("Ghana continues its fruitful partnership with Canada in the cocoa sector.", "CAN"),
    ("We enjoy an excellent partnership with Brazil.", "BRA"),
    ("We are fostering cooperation with Burkina Faso against piracy.", "BFA"),
])
def test_cooperation_kept_up_with_a_partner(ex, text, target):
    assert ({"GHA"}, {target}) in _cooperation(ex, text)


def test_keeping_up_a_thing_is_no_cooperation(ex):
    assert _cooperation(ex, "We maintain our commitment to the peace process in Mali.") == []


def test_cooperation_with_no_partner_is_no_act(ex):
    # (an aim or exhortation: "we must pursue win-win cooperation", "fostering regional cooperation")
    assert _cooperation(ex, "Ghana has launched a new trade model, fostering regional cooperation.") == []
