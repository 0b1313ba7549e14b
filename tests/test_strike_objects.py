"""What "strike" with an object is (review finding F2): an attack when a military doer strikes
or when an actor or held ground is struck; a tone, a chord, a blow or a balance struck is none,
and a named storm strikes no one.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded, sides


@pytest.mark.parametrize("text", [
    "The minister struck a conciliatory tone with Beijing.",
    "The speech struck a chord with voters in Ohio.",
    "The minister struck a blow for press freedom in Kenya.",
    "The Kenyan doctors' union struck a defiant tone against the Ministry of Health.",
    "The envoy struck an upbeat note with his hosts in Tokyo.",
    "Kenya struck gold at the Olympics in Paris.",
])
def test_a_tone_or_chord_struck_is_no_attack(ex, text):
    assert not sides(ex, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Mozambique was struck by Cyclone Idai.",
    "Hurricane Maria struck Puerto Rico in 2017.",
])
def test_a_named_storm_strikes_no_one(ex, text):
    _, events = coded(ex, text)
    assert not [e for e in events if e["type"] in ("ASSAULT", "PROTEST")], events


@pytest.mark.parametrize("text, target", [
    ("Rockets struck Kyiv shortly after midnight.", "UKR"),
    ("Russia struck Kharkiv with missiles on Tuesday.", "UKR"),
    ("Israel struck Hezbollah positions in southern Lebanon.", "LBN"),
    ("Pakistan struck militant hideouts in Afghanistan overnight.", "AFG"),
    ("Turkey struck a fuel convoy in northern Iraq.", "IRQ"),
])
def test_a_strike_on_an_actor_or_a_place_stays_an_attack(ex, text, target):
    # guard: a military doer, or an actor or held ground struck
    found = sides(ex, text, "ASSAULT")
    assert any(target in {c for _, c in tgt} for _, tgt in found), found
