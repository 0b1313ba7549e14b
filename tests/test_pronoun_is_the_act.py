"""A subject "it" that stands for a thing, not for the last state named (events/pronouns.py,
events/thing_pronouns.py): "it is a colonial war, about seizing ..." (the pronoun is the act its
attribute names), and "War has left scars; it wounds ..." (the nearest subject before it, a
common noun the parser took for a name because it opens the sentence with a capital).  Both
accused the state named just before (issue 14, the Irish and Zambian sentences of the UNGD
report; the sentences below are written for these tests).
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text", [
    "The people of Ukraine have suffered greatly. And it is a colonial war, about seizing the land and "
    "erasing the identity of a sovereign state.",
    "We stand with Ukraine. War has left deep scars; it wounds the souls of nations and breaks the bonds "
    "between peoples.",
])
def test_it_for_a_thing_accuses_no_state_named_before(ex, text):
    for kind, sources, targets in statement_acts(ex, text, "Ghana"):
        if kind in ("ACCUSE", "COERCE", "ASSAULT"):
            assert "UKR" not in targets and "UKR" not in sources, (kind, sources, targets)


def test_it_for_a_state_still_stands_for_it(ex):
    acts = statement_acts(ex, "Russia attacked Ukraine. It continues to shell cities every day.", "Ghana")
    assert ("ASSAULT", ["RUS"], []) in acts or any(k == "ACCUSE" and t == ["RUS"] for k, s, t in acts[2:]), acts
