"""An act of a statement's speaker aimed at no one never takes the target of a telling in
another sentence (events/merge.py, _one_happening).

"We cannot allow one nation to conquer another" and, paragraphs later, "the rising seas that
threaten X" (a background act) or "X's continued occupation, its daily attacks" (an allegation
with a possessive act noun, a re-mention) were merged as one happening, and the speaker's
first act took X as its target: an accusation or a threat of X told nowhere.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement

FILLER = " Our farmers need rain and fair prices. "


@pytest.mark.parametrize("first, later, kind, country", [
    ("We cannot allow the idea to take hold that one nation may conquer another.",
     "We mourn the victims of the rising seas that threaten Tuvalu.", "THREATEN", "TUV"),
    ("Despite our warnings in every forum, the response of the world to that tragedy remains deeply shameful.",
     "The second challenge is Russia's continued occupation of Ukrainian land, its daily attacks and its "
     "violations of Ukrainian sovereignty.", "ACCUSE", "RUS"),
])
def test_a_speakers_act_aimed_at_no_one_takes_no_later_target(ex, first, later, kind, country):
    out = statement(ex, first + FILLER + later, "Ghana")
    actors = actors_by_id(out)
    told_first = [e for e in out["events"] if e["type"] == kind and e["evidence"]["start"] < len(first)]
    assert told_first, out["events"]
    for e in told_first:
        assert country not in {actors[i]["country"] for i in e["targets"]}, e
