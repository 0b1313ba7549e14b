"""A call for an end to a restriction one side imposes on another is addressed to its owner
("the United States' embargo on X": events/stances.py _demanded_of, word class
imposed_restrictions).

Sentences written for these tests; the states are real (so they resolve).
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text, owner, other", [
    ("We call for an end to the United States' trade embargo on Venezuela.", "USA", "VEN"),
    ("Ghana calls for the lifting of the European Union sanctions against Zimbabwe.", "European Union", "ZWE"),
])
def test_a_call_to_end_a_restriction_asks_its_owner(ex, text, owner, other):
    req = [a for a in statement_acts(ex, text, "Ghana") if a[0] == "REQUEST" and a[1] == ["GHA"]]
    assert req and owner in req[0][2] and other not in req[0][2], req


def test_a_restriction_with_no_owner_named_keeps_the_old_reading(ex):
    req = [a for a in statement_acts(ex, "We call for the lifting of the embargo against Venezuela.", "Ghana")
           if a[0] == "REQUEST"]
    assert req and "USA" not in req[0][2], req
