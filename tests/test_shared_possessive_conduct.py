"""Conduct judged by an adjective, coordinated after a noun with a possessive, is that
possessor's ("X's claims and illegal activities": events/judged_conduct.py _owner).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text, owner", [
    ("I have described only some of Turkey's claims and continuing illegal activities in the region.", "TUR"),
    ("We recall Azerbaijan's statements, positions and provocative actions on the border.", "AZE"),
])
def test_the_first_conjuncts_owner_owns_the_conduct(ex, text, owner):
    acts = statement_acts(ex, text, "Cyprus")
    assert any(a[0] == "ACCUSE" and a[1] == ["CYP"] and owner in a[2] for a in acts), acts


def test_the_speakers_own_conduct_accuses_no_one(ex):
    # ("our" owns the coordinated conduct too: the speaker judging its own acts accuses no one)
    acts = statement_acts(ex, "Our claims and illegal fishing activities were discussed at length.", "Cyprus")
    assert not any(a[0] == "ACCUSE" and a[2] for a in acts), acts
