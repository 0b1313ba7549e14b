"""Destroying contraband or goods seized is disposal, no attack: no ASSAULT, and in a statement
no allegation of one.  Sentences written for these tests, events invented."""

from __future__ import annotations

import pytest
from coding_support import acts, coded, statement


def _types(ex, text):
    return [e["type"] for e in coded(ex, text)[1]]


@pytest.mark.parametrize("text", [
    "Colombian police destroyed two tonnes of cocaine on Friday.",
    "The Nigerian army burned weapons seized from bandits in Zamfara.",
    "Mexico destroyed illegal narcotics confiscated at the border.",
])
def test_destroying_seized_goods_is_no_attack(ex, text):
    assert "ASSAULT" not in _types(ex, text)


def test_a_statement_telling_of_drugs_destroyed_accuses_no_one(ex):
    got = acts(statement(ex, "Last year our customs service destroyed illegal drugs seized at the border.", "Peru"))
    assert not any(t in ("ASSAULT", "ACCUSE") for t, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Rebels destroyed a police station in Kidal.",
    "The militia destroyed a bridge and captured weapons near Goma.",
])
def test_destroying_other_things_stays_an_attack(ex, text):
    assert "ASSAULT" in _types(ex, text)


@pytest.mark.parametrize("text", [
    "Russian troops destroyed captured villages in the Kharkiv region.",
    "The militia destroyed the captured army base near Timbuktu.",
])
def test_destroying_a_captured_place_stays_an_attack(ex, text):
    # "captured" is said of places taken in fighting, not only of goods taken by an authority
    assert "ASSAULT" in _types(ex, text)
