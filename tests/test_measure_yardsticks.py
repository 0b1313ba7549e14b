"""A country named as the yardstick of a measure ("three times the size of X") owns and does
nothing: a measure noun's "of" phrase is no word of its phrase and names no owner
(events/phrase_bounds.py, events/owners.py; word class measure_nouns).  From samples A, B
and C of tools/ungd_audit ('the size of X' made X the doer of an allegation).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text, yardstick", [
    ("A slick of oil the size of Belgium threatens our coasts.", "BEL"),
    ("An iceberg four times the size of Luxembourg has broken away and is threatening our shipping lanes.",
     "LUX"),
])
def test_the_yardstick_of_a_measure_is_no_party(ex, text, yardstick):
    assert all(yardstick not in sources + targets for _, sources, targets in statement_acts(ex, text, "Spain"))


def test_the_owner_named_in_an_of_phrase_stays(ex):
    acts = statement_acts(ex, "The aggression of Russia threatens our region.", "Spain")
    assert any(kind == "ACCUSE" and "RUS" in targets for kind, _, targets in acts)
