"""An act called off or put off did not take place; a ceasefire called off is its caller's.

Sentences written for these tests; the states and groups are real (so they resolve), the
events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded


def _events(ex, text):
    actors, events = coded(ex, text)
    name = lambda i: actors[i].get("country") or actors[i]["name"]
    return [(e["type"], [name(i) for i in e["sources"]], [name(i) for i in e["targets"]]) for e in events]


@pytest.mark.parametrize("text, gone", [
    ("Colombia held off talks with the ELN until after the election.", "CONSULT"),
    ("Colombia put off the talks with the ELN for a month.", "CONSULT"),
    ("Colombia postponed the talks with the ELN.", "CONSULT"),
    ("Colombia called off its attack on Venezuela.", "ASSAULT"),
])
def test_an_act_called_off_or_put_off_is_no_event(ex, text, gone):
    assert not any(t == gone for t, _, _ in _events(ex, text))


@pytest.mark.parametrize("text", [
    "The ELN called off the ceasefire.",
    "The ELN said it had called off the truce with Colombia.",
])
def test_a_ceasefire_called_off_has_its_caller_as_source(ex, text):
    got = _events(ex, text)
    assert any(t == "ASSAULT" and src for t, src, _ in got), got
    assert not any(t == "RETREAT" for t, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Colombia held talks with the ELN in Havana.",
    "Colombia held talks with the ELN off the coast of Cartagena.",
])
def test_talks_held_stay_a_meeting(ex, text):
    assert any(t == "CONSULT" for t, _, _ in _events(ex, text))


@pytest.mark.parametrize("text, attacker", [
    ("Kurdish fighters held off an attack by Islamic State militants on the town.", "Islamic State"),
    ("Ukrainian troops held off Russian attacks near Kharkiv for a week.", "RUS"),
])
def test_another_sides_attack_held_off_was_repelled_and_took_place(ex, text, attacker):
    got = _events(ex, text)
    assert any(t == "ASSAULT" and any(attacker in s for s in src) for t, src, _ in got), got
