"""An office that serves a body, named by the body in its "of" phrase ("the Office of the UNHCR",
"the Secretariat of X"): the phrase stands for that body, not for an unknown "Office"; a known
name that begins with the noun ("the Office for the Coordination of ...") stays the one it names.

Sentences written for these tests; the bodies are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, type_, target", [
    ("Ghana thanks the Office of the UNHCR for its help at our northern border.", "SUPPORT", "UNHCR"),
    ("We will work closely with the Secretariat of the International Organization for Migration on "
     "our new plan.", "COOPERATE", "International Organization for Migration"),
])
def test_an_office_of_a_named_body_is_that_body(ex, text, type_, target):
    acts = _acts(ex, text)
    assert any(a[0] == type_ and a[1] == ["GHA"] and target in a[2] for a in acts), acts
    assert not any(t in ("Office", "Secretariat") for a in acts for t in a[2]), acts


def test_a_known_name_beginning_with_office_is_kept(ex):
    acts = _acts(ex, "Once more we thank the Office for the Coordination of Humanitarian Affairs.")
    assert any(a[0] == "SUPPORT" and any("Coordination of Humanitarian Affairs" in t for t in a[2]) for a in acts), acts
