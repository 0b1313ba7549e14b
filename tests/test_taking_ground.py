"""Ground taken: overrunning, retaking, recapturing a town or a base is CAMEO 192 (occupy
territory, PLOVER COERCE), as PETRARCH-2's dictionary codes OVERRUN and RECAPTURE; a past form
the tagger read as a present ("retook" tagged VBP) is still found (events/matcher.py).
Sentences of our own with invented places."""

from __future__ import annotations

import pytest


def _coded(extractor, text):
    doc = extractor.extract_text(text)
    return doc, [(e.type, e.cameo, [doc.actor(a).name for a in e.sources],
                  [doc.actor(a).name for a in e.targets]) for e in doc.events]


@pytest.mark.parametrize("text, source, target", [
    ("The rebels overran the army base at Tarsa on Monday.", "rebels", []),
    ("Government forces retook the town of Velmo from the rebels on Monday.", "Government forces",
     ["rebels"]),
    ("The army recaptured the border town from the rebels after two days of fighting.", "army",
     ["rebels"]),
])
def test_ground_taken_is_occupying_territory(extractor, text, source, target):
    _, events = _coded(extractor, text)
    taken = [e for e in events if e[1] == "192"]
    assert taken and taken[0][0] == "COERCE", events
    assert taken[0][2] == [source] and taken[0][3] == target, events


def test_a_person_recaptured_is_no_ground_taken(extractor):
    _, events = _coded(extractor, "Police recaptured the escaped prisoner near Velmo.")
    assert not any(e[1] == "192" for e in events), events
