"""resolve/forums.count_matches: the forum named most in a text is counted as findall counts,
through a scout for a pattern that opens with a word boundary (texts written for this test)."""

from __future__ import annotations

import re

from communique.resolve.forums import _table, count_matches

TEXTS = [
    "",
    "The UN and the U.N. met; UNGA76 opened and the General Assembly heard the Secretary-General.",
    "XUN UNx _UN ÉUN: no forum named here, nor in ASEANs or EUROPE.",
    "The EU, the European Union and the AU met the ASEAN ministers; ASEAN_ is no name.",
    "Security Council\nGeneral Debate\nUNITED NATIONS (in capitals: not the name as written)",
]
# Patterns of the kinds a table may hold, some that can match nothing but the boundary
OTHERS = [r"\bA|B", r"\b(?:x|)", r"\bUN(?=\d)", r"\b", r"\b\w*", r"\bU\.?N\.?", r"UN\b"]


def test_the_counts_are_findalls():
    patterns = list(_table()[0].values()) + [re.compile(p) for p in OTHERS]
    for rx in patterns:
        for text in TEXTS:
            assert count_matches(rx, text) == len(rx.findall(text)), (rx.pattern, text)


def test_the_forums_named_are_counted():
    detect = _table()[0]
    assert count_matches(detect["UN"], TEXTS[1]) == 5   # UN, U.N., UNGA76, the Assembly, the S-G
    assert count_matches(detect["UN"], TEXTS[2]) == 0
    assert count_matches(detect["ASEAN"], TEXTS[3]) == 1
