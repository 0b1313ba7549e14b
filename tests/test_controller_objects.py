"""An object the parser hangs on a main verb after its infinitive is the infinitive's, not its
doer: in "I wish to thank X, Y and Z", Y read as the object of "wish" does not thank anyone
(object control needs the object before the infinitive: "we urged X to withdraw").

Sentences written for these tests; the bodies are real (so they resolve), the events invented.
"""

from __future__ import annotations

from coding_support import statement_acts as _acts


def test_an_object_after_the_infinitive_is_no_doer_of_it(ex):
    acts = _acts(ex, "Today I wish to thank the West African Health Organisation, the Pan-American "
                     "Health Organisation, the World Health Organisation and all our friends for their help.")
    thanks = [a for a in acts if a[0] == "SUPPORT"]
    assert thanks and all(a[1] == ["GHA"] for a in thanks), acts


def test_an_object_before_the_infinitive_still_acts(ex):
    acts = _acts(ex, "We urged Togo to reopen its border with Benin.")
    assert any(a[0] == "REQUEST" and a[1] == ["GHA"] and "TGO" in a[2] for a in acts), acts
