"""Who holds an office told with a "by" phrase: "this year's chairmanship of X by Y" is Y's, not
the year's (a common noun's possessive is no holder), and the body presided is no target.  A
name or pronoun in the possessive stays the holder.

Sentences written for these tests, as statements of Ghana; the states are real, the offices invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts


def _targets(text: str, ex, kind: str) -> list[list]:
    return [t for k, _, t in statement_acts(ex, text) if k == kind]


@pytest.mark.parametrize("text, holder, body", [
    ("We welcome this year's chairmanship of ASEAN by Laos.", "LAO", "ASEAN"),
    ("We commend the year's chairmanship of the African Union by Angola.", "AGO", "African Union"),
    ("We welcome the chairmanship of the Group of 77 by Iraq.", "IRQ", "Group of 77"),
])
def test_the_by_phrase_names_the_holder_not_the_body(ex, text, holder, body):
    found = _targets(text, ex, "SUPPORT")
    assert found and all(holder in t and body not in t for t in found), found


@pytest.mark.parametrize("text, holder", [
    ("We deplore the conduct of Russia's presidency of the Security Council.", "RUS"),
    ("We welcome Kenya's chairmanship of the East African Community by its President.", "KEN"),
])
def test_a_named_possessive_stays_the_holder(ex, text, holder):
    found = [t for k, _, t in statement_acts(ex, text) if k in ("SUPPORT", "ACCUSE")]
    assert found and all(t == [holder] for t in found), found
