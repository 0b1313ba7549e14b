"""A subject "it" of "be" whose clause is put after it ("it is in the power of X to decide",
"it is for Y to decide") stands for that clause, not for a state named before it
(events/pronouns.py).  From sample C of tools/ungd_audit (expletive 'it' resolved to a
country: the state named before was 'rejected').

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text, named", [
    ("Moldova has no real choice here, and we will never accept that it is within the gift of its largest "
     "neighbour to decide what is right for it.", "MDA"),
    ("Georgia is our friend. We reject that it is for Moscow to decide what is good for you.", "GEO"),
])
def test_an_extraposed_it_stands_for_no_state(ex, text, named):
    acts = statement_acts(ex, text, "Ghana")
    assert not any(kind == "REJECT" and named in targets for kind, _, targets in acts)


def test_a_subject_it_that_acts_still_stands_for_the_state(ex):
    acts = statement_acts(ex, "Russia invaded Georgia in 2008. It is trying to annex more land, and we reject it.",
                          "Ghana")
    assert any("RUS" in sources for kind, sources, _ in acts if kind != "ACCUSE")


@pytest.mark.parametrize("text, state", [
    ("Egypt has sent aircraft to Libya. It is there to attack the militias.", "EGY"),
    ("Turkey has moved tanks to the border. It is there to deter the militants and to shell their camps.", "TUR"),
])
def test_it_there_for_a_purpose_still_stands_for_the_state(ex, text, state):
    # (an infinitive of purpose with no doer of its own and no noun of someone's say before it)
    acts = statement_acts(ex, text, "Ghana")
    assert any(kind == "ASSAULT" and state in sources for kind, sources, _ in acts)
