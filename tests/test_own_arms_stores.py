"""Review finding F15: a store (stock, depot, cache, stockpile) is arms only when it holds arms;
an acronym named body owns what "their" gives it; a disarming names its own rule.

Sentences written for these tests; the bodies are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _codes(ex, text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["cameo"]) for e in coded(ex, text)[1]}


@pytest.mark.parametrize("text", [
    "Farmers destroyed their grain stocks in protest.",
    "The company destroyed its stock of expired vaccines.",
    "The rebels destroyed their food stocks before fleeing.",
    "The retreating army destroyed its fuel depot near Kherson.",
    "The cooperative destroyed its cache of seed potatoes after the blight.",
])
def test_a_store_of_goods_destroyed_is_no_disarming(ex, text):
    assert ("RETREAT", "087") not in _codes(ex, text)


@pytest.mark.parametrize("text", [
    "The army destroyed its ammunition depot before the withdrawal.",
    "The rebels destroyed their arms caches in the hills.",
    "The navy destroyed its stockpile of sea mines under international supervision.",
    "The FARC destroyed their weapons under the peace deal.",
])
def test_a_store_of_arms_or_an_acronyms_arms_destroyed_disarms(ex, text):
    assert ("RETREAT", "087") in _codes(ex, text)


def test_a_disarming_names_its_own_rule(ex):
    _, events = coded(ex, "Albania destroyed its arsenal of mustard agent in a desert facility.")
    ours = [e for e in events if e["type"] == "RETREAT"]
    assert ours and all(not e["pattern"].startswith("patterns.tsv:ASSAULT") for e in ours), ours
