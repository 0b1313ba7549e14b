"""A forecast by people or writings whose trade is forecasting ("analysts expect X to <act>",
"experts predict that X will <act>": cues.toml forecaster_nouns) foretells X's act as "X is
expected to <act>" does: no one asks X to act (no REQUEST), and X threatens no one (the act
foretold keeps its type, status intended). An actor's expectation stays a demand.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded


@pytest.mark.parametrize("text", [
    "Analysts expect Eritrea to close the border crossings next month.",
    "Several economists expect the central bank of Ghana to raise rates in June.",
])
def test_a_forecast_asks_no_one(ex, text):
    _, events = coded(ex, text)
    assert not [e for e in events if e["type"] == "REQUEST"], events


def test_an_attack_foretold_by_experts_is_no_threat(ex):
    actors, events = coded(ex, "Military experts predict that Eritrea will attack the port of Assab.")
    assert not [e for e in events if e["type"] == "THREATEN"], events


@pytest.mark.parametrize("text", [
    "The European Union expects Eritrea to close the border crossings next month.",
    "Ghana expects Eritrea to release the fishermen.",
])
def test_an_actors_expectation_is_still_a_demand(ex, text):
    _, events = coded(ex, text)
    assert [e for e in events if e["type"] == "REQUEST"], events


@pytest.mark.parametrize("text", [
    "UN human rights experts expect Eritrea to free the detained journalists.",
    "EU election observers expect the government of Malawi to allow a recount.",
])
def test_a_bodys_experts_expectation_is_the_bodys_demand(ex, text):
    # (modality._body_named: forecasters a named body speaks through are no forecasters)
    _, events = coded(ex, text)
    assert [e for e in events if e["type"] == "REQUEST"], events
