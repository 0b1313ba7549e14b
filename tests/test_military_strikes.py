"""'Strike' with no object: a labour strike by workers, an air or missile strike by a military
doer (a unit, a craft, a weapon).  Sentences written for these tests, events invented."""

from __future__ import annotations

import pytest
from coding_support import coded


def _codes(ex, text):
    return [(e["type"], e.get("cameo")) for e in coded(ex, text)[1]]


@pytest.mark.parametrize("text", [
    "Turkish jets struck near Kirkuk on Wednesday.",
    "Saudi warplanes struck again in Marib overnight.",
    "Ukrainian drones struck deep inside the Belgorod region.",
])
def test_a_military_doer_that_strikes_attacks(ex, text):
    got = _codes(ex, text)
    assert any(t == "ASSAULT" for t, _ in got) and not any(t == "PROTEST" for t, _ in got), got


@pytest.mark.parametrize("text", [
    "Dock workers struck in Antwerp on Monday over pay.",
    "Teachers in Kenya struck for a second week.",
])
def test_workers_that_strike_still_stop_work(ex, text):
    got = _codes(ex, text)
    assert ("PROTEST", "143") in got and not any(t == "ASSAULT" for t, _ in got), got
