"""An act noun kept up: "we have pursued negotiations with X", "X has maintained dialogue with Y":
the verb of keeping up is a light verb (cues.toml light_verbs), its subject the act's doer.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, kind, partner", [
    ("For two years we have pursued negotiations with Togo on the lagoon.", "CONSULT", "TGO"),
    ("Ghana has sustained consultations with Burkina Faso despite the coup.", "CONSULT", "BFA"),
])
def test_an_act_kept_up_is_its_subjects(ex, text, kind, partner):
    acts = _acts(ex, text)
    assert any(a[0] == kind and a[1] == ["GHA"] and partner in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "The border villages of Benin sustained repeated rocket attacks during the dry season.",
    "Prisoners in Eritrea sustained beatings at the hands of their jailers.",
])
def test_an_act_of_force_sustained_is_suffered_not_done(ex, text):
    # (cues.toml undergoing_light_verbs: "sustain" an act of force is to undergo it)
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] in ("ASSAULT", "COERCE") and a[1] in (["BEN"], ["ERI"])], acts
