"""An office held, named with its holder ("Kenya's presidency of the Council", "his chairmanship
of the Commission"), stands for the holder, not for the body presided; so does a thing of that
office ("the priorities of X's presidency"). "My / our presidency" stays the issuer's.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, want", [
    ("We welcome the ambitious vision of Mr. Ivan Petrov's presidency of the General Assembly.", "Ivan Petrov"),
    ("We commend the results of Peru's presidency of the Security Council.", "PER"),
])
def test_a_thing_of_an_office_held_stands_for_its_holder(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [want]) in acts, acts


def test_an_office_used_as_a_means_is_its_holders(ex):
    acts = _acts(ex, "Fiji used its chairmanship of the Pacific Islands Forum to convene a summit "
                     "on fisheries.")
    assert acts and all(a[1] == ["FJI"] for a in acts), acts


def test_an_office_with_no_holder_named_keeps_its_reading(ex):
    # (guard: no possessive, the phrase is read as before)
    acts = _acts(ex, "We commend the work of Kenya during the presidency of the Council.")
    assert ("SUPPORT", ["GHA"], ["KEN"]) in acts, acts
