"""An acronym two bodies share is read by its context: words of armed violence around it make it
the armed group, words of the press the press freedom body; with nothing to tell, it is left
unresolved rather than read as the wrong one, except that a state's acronym stays the state.

Sentences written for these tests; the bodies are real, the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


def _names(ex, text: str) -> set[str]:
    actors, _ = coded(ex, text)
    return {a["name"] for a in actors.values()}


@pytest.mark.parametrize("text, body, not_body", [
    ("RSF drones hit a power station in Kosti on Sunday, residents said.",
     "Rapid Support Forces", "Reporters Without Borders"),
    ("RSF fighters shelled the outskirts of El Fasher overnight.",
     "Rapid Support Forces", "Reporters Without Borders"),
    ("RSF condemned the arrest of three journalists in Tunis.",
     "Reporters Without Borders", "Rapid Support Forces"),
    ("AUC paramilitaries raided a hamlet near Monteria.",
     "United Self-Defense Forces of Colombia", "African Union Commission"),
])
def test_an_acronym_two_bodies_share_is_the_one_its_context_tells(ex, text, body, not_body):
    names = _names(ex, text)
    assert body in names and not_body not in names, names


def test_an_acronym_with_nothing_to_tell_is_neither_body(ex):
    names = _names(ex, "RSF issued a statement on Monday about the talks in Jeddah.")
    assert not names & {"Rapid Support Forces", "Reporters Without Borders"}, names


def test_a_state_named_by_its_acronym_stays_the_state(ex):
    names = _names(ex, "The PRC urged Washington to halt the sale of anti-tank weapons to Taipei.")
    assert "China" in names and "Popular Resistance Committees" not in names, names


@pytest.mark.parametrize("text, body, not_body", [
    # (the attack condemned tells nothing of the condemner: the acronym's own phrase first)
    ("The AUC chairperson condemned the attack on civilians in El Fasher.",
     "African Union Commission", "United Self-Defense Forces of Colombia"),
    ("RSF drones struck a fuel depot on Sunday, a report by journalists said.",
     "Rapid Support Forces", "Reporters Without Borders"),
])
def test_the_acronyms_own_phrase_tells_before_its_sentence(ex, text, body, not_body):
    names = _names(ex, text)
    assert body in names and not_body not in names, names


def test_two_readings_of_one_kind_keep_the_first_rather_than_none(ex):
    # (both PLCs are governments: no context can tell them, as before the context rule)
    actors, _ = coded(ex, "The PLC approved the budget on Tuesday.")
    assert any(a.get("country") for a in actors.values() if "Council" in a["name"]), actors
