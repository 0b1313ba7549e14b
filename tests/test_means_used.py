"""Whoever uses a thing to act does the act: "X keeps entering our airspace, using it to bomb
Y" is X's bombing, not the airspace's (nor, through "it", the airspace's country's)
(events/doers.py, word class using_verbs; only "it": a common noun used keeps the object
rule, which the news sets need).  From sample C of tools/ungd_audit (pronoun 'it' for a thing made the
speaker the doer of a strike).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


def _doers(ex, text, kind):
    return {s for k, sources, _ in statement_acts(ex, text, "Jordan") if k == kind for s in sources}


@pytest.mark.parametrize("text, user, thing", [
    ("Israel must halt its incursions into our waters and stop trespassing in Jordan's airspace, "
     "using it to bomb Syrian towns.", "ISR", "JOR"),
    ("Turkey keeps entering Iraqi airspace, using it to bomb Syrian towns.", "TUR", "IRQ"),
])
def test_the_user_of_a_thing_does_the_act(ex, text, user, thing):
    doers = _doers(ex, text, "ASSAULT")
    assert user in doers and thing not in doers


def test_the_owner_of_the_thing_is_not_accused(ex):
    acts = statement_acts(ex, "Turkey keeps entering Iraqi airspace, using it to bomb Syrian towns.", "Jordan")
    assert not any(kind == "ACCUSE" and "IRQ" in targets for kind, _, targets in acts)
