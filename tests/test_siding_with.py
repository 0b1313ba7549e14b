"""Siding with someone said with "side": "we stand on the side of X", "we stood on X's side",
"we are by the side of X" are SUPPORT (050) of X, as "we stand with / by X" are.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, want", [
    ("We stand on the side of the Bolivian people in these hard days.", "BOL"),
    ("Ghana stood on Malawi's side during the floods.", "MWI"),
    ("We are by the side of the Nepalese people after the earthquake.", "NPL"),
])
def test_standing_on_the_side_of_x_is_support_of_x(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and want in a[2] for a in acts), acts
