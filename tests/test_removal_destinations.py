"""Where people are deported (expelled, extradited) to is no target of the act: the ones removed
are, when they name an actor; the destination is a place.  Sentences written for these tests,
events invented."""

from __future__ import annotations

import pytest
from coding_support import coded


def _events(ex, text):
    actors, events = coded(ex, text)
    return [(e["type"], [actors[i].get("country") for i in e["targets"]]) for e in events]


@pytest.mark.parametrize("text, destination", [
    ("Belarus deported hundreds to Lithuania last month.", "LTU"),
    ("Algeria expelled thousands into Niger on Sunday.", "NER"),
])
def test_the_destination_is_no_target(ex, text, destination):
    got = _events(ex, text)
    assert got and all(destination not in tg for _, tg in got), got


def test_the_ones_removed_stay_the_target(ex):
    got = _events(ex, "Belarus deported Syrian refugees to Lithuania last month.")
    assert any("SYR" in tg for _, tg in got), got
