"""Arms given or handed over to a side are military aid (AID 072), as arms sent or sold are:
"gave weapons to X", "X was given tanks by Y", "transferred missiles to X" coded nothing (the
giving verbs' patterns took aid goods, asylum, permission, not arms); weapons given up are laid
down.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source, target", [
    ("Canada gave armoured vehicles and weapons to Ukraine.", "CAN", "UKR"),
    ("Kenya was given helicopters by the United States.", "USA", "KEN"),
    ("Iran transferred drones to Venezuela last year.", "IRN", "VEN"),
])
def test_arms_given_are_military_aid(extractor, text, source, target):
    assert ("072", [source], [target]) in _coded(extractor, text)


def test_weapons_given_up_are_disarmament_not_aid(extractor):
    # "gave up their weapons": laying down arms (RETREAT 087, as "laid down their arms"), no
    # giving to anyone
    got = _coded(extractor, "The rebels in Colombia gave up their weapons.")
    assert [code for code, _, _ in got] == ["087"], got
