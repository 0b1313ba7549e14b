"""A former state is no party under its successor's code: what a statement tells of the Soviet
Union is the Soviet Union's (an actor of no country), not today's Russia's.  Sentences written
for the test."""

import pytest
from coding_support import actors_by_id, statement


def _targets(doc, kind):
    return [sorted((doc.actor(t).name, doc.actor(t).country) for t in e.targets)
            for e in doc.events if e.type == kind]


def test_a_condemnation_of_the_soviet_union_does_not_accuse_russia(extractor):
    doc = extractor.extract_text(
        "We condemn the annexation of our small republic by the Soviet Union in the summer of 1940.",
        title="Statement by the Ministry of Foreign Affairs of Latvia", published="2024-06-17")
    targets = _targets(doc, "ACCUSE")
    assert [("Soviet Union", None)] in targets, targets
    assert not any(c == "RUS" for t in targets for _, c in t), targets


def test_the_acronym_is_the_same_former_state_and_russia_stays_russia(extractor):
    doc = extractor.extract_text(
        "We condemn the crimes of the USSR against our people. We also condemn Russia's attacks on the ports of the coast.",
        title="Statement by the Ministry of Foreign Affairs of Latvia", published="2024-06-17")
    targets = _targets(doc, "ACCUSE")
    assert [("Soviet Union", None)] in targets, targets
    assert [("Russia", "RUS")] in targets, targets


# Nazi Germany is such a former state too: what it did is not today's Germany's, and a statement
# telling it accuses no state of today (UNGD audit samples A, B and C: 'past regime read as
# today's state').  Sentences written for the test.

def _countries(out_events, actors):
    return {actors[i]["country"] for e in out_events for i in e["sources"] + e["targets"]} - {None}


@pytest.mark.parametrize("text", [
    "In the autumn of 1939 Nazi Germany invaded our homeland.",
    "For five years the Third Reich occupied our country.",
])
def test_nazi_germany_is_not_todays_germany(ex, text):
    out = statement(ex, text, "Poland")
    assert "DEU" not in _countries(out["events"], actors_by_id(out))


def test_todays_germany_stays_germany(ex):
    out = statement(ex, "We thank Germany for its generous aid to our hospitals.", "Poland")
    assert "DEU" in _countries([e for e in out["events"] if e["type"] == "SUPPORT"], actors_by_id(out))
