"""A statement verb in the third person that the parser took for a plural noun, with the thing it
judges hung on it under any label (events/misread_verbs.py, judged_thing).

"The Central African Republic denounces that hasty assessment": after a name of several words the
small parser tags "denounces" a noun and hangs "assessment" on it as a clause (acl; advcl
in other sentences), not one of the labels the rule read (appos, dobj, npadvmod, relcl), so no act
was coded.

Sentences written for these tests; the states are real (so they resolve), the decisions invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


@pytest.mark.parametrize("issuer, text, country", [
    ("the Central African Republic", "The Central African Republic denounces that hasty assessment.", "CAF"),
    ("the Central African Republic", "Once more, the Central African Republic denounces that unfair embargo.", "CAF"),
    # (hung as a relative clause: read before too)
    ("the Dominican Republic", "Before this Assembly, the Dominican Republic denounces that unjust blockade.", "DOM"),
])
def test_a_misread_verb_with_its_judged_thing_is_an_act(ex, issuer, text, country):
    out = statement(ex, text, issuer)
    actors = actors_by_id(out)
    assert any(e["type"] == "ACCUSE" and country in {actors[i].get("country") for i in e["sources"]}
               for e in out["events"]), out["events"]
