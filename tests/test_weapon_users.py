"""A nationality on a weapon that did an act in the passive names the side that used it ("an
Indian border post was shelled by Pakistani tanks": Pakistan's attack), and so does a side the
knowledge base knows ("a Houthi missile", "Hezbollah mortars"); a model's name inside the weapon's
phrase ("a Zolvar missile") and a maker ("a Russian-made missile") name no doer.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source", [
    ("An Indian border post was shelled by Pakistani tanks on Sunday.", "PAK"),
    ("The convoy was attacked by Israeli drones near Rafah.", "ISR"),
])
def test_a_weapons_nationality_names_its_user(extractor, text, source):
    got = [s for code, s, t in _coded(extractor, text) if code and code.startswith("19")]
    assert got == [[source]], _coded(extractor, text)


def test_a_weapons_maker_is_no_doer(extractor):
    got = _coded(extractor, "The airliner was shot down by a Russian-made missile over the Black Sea.")
    assert all("RUS" not in s for _, s, _ in got), got


@pytest.mark.parametrize("text, source", [
    ("The ship was struck by a Houthi missile in the Red Sea.", "YEM"),
    ("An Israeli army post was shelled by Hezbollah mortars.", "LBN"),
])
def test_a_known_side_named_on_a_weapon_is_its_user(extractor, text, source):
    got = [s for code, s, t in _coded(extractor, text) if code and code.startswith("19")]
    assert got == [[source]], _coded(extractor, text)


def test_a_models_name_on_a_weapon_is_no_doer(extractor):
    got = _coded(extractor, "A Kenyan army convoy was hit by a Zolvar KX rocket near the border.")
    assert got and all(s == [] for _, s, _ in got), got   # ('Zolvar KX' is no doer)


@pytest.mark.parametrize("text, source", [
    ("Civilians were killed by American-supplied Saudi bombs.", "SAU"),
    ("The ship was hit by Chinese-built Iranian drones.", "IRN"),
])
def test_a_supplier_beside_the_users_nationality_is_no_doer(extractor, text, source):
    # the maker or supplier ('American-supplied', 'Chinese-built') is no doer: the user is
    got = [s for code, s, t in _coded(extractor, text) if code and code[:2] in ("18", "19")]
    assert got == [[source]], _coded(extractor, text)
