"""A named sea or gulf is a place, never an actor: warships sent to the Mediterranean or the Gulf
are a deployment (MOBILIZE 154), not military aid to someone (AID 072, which needs a state or
body as the one sent to).  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source", [
    ("Russia is sending two more warships to the Mediterranean.", "RUS"),
    ("The United States sent an aircraft carrier and two warships to the Gulf.", "USA"),
])
def test_warships_sent_to_a_sea_are_a_deployment(extractor, text, source):
    assert _coded(extractor, text) == [("154", [source], [])]


def test_arms_sent_to_a_state_stay_military_aid(extractor):
    assert _coded(extractor, "Iran sent drones and missiles to Russia.") == [("072", ["IRN"], ["RUS"])]
