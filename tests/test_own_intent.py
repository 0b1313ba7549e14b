"""The speaker's own verb of intention over an act that is no speech act: "we intend / hope /
plan to work with X", "we stand ready to send aid to X" is the speaker's intent (status
intended; a cooperative act only intended is AGREE with CAMEO's "express intent" code,
plover.toml [intent]), not the act done. A speech act so governed is said, so done: "I would
like to thank X", "we wish to condemn X" (events/modality.py own_intent, candidates.py).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, cameo, partner", [
    ("We intend to work with Togo on the dredging of the lagoon.", "031", "TGO"),
    ("Our Government intends to cooperate closely with Benin on customs.", "031", "BEN"),
    ("We would like to send medical teams to Malawi.", "033", "MWI"),
    ("We plan to visit Burkina Faso early next year.", "036", "BFA"),
])
def test_an_act_the_speaker_intends_is_its_intent(ex, text, cameo, partner):
    acts = _acts(ex, text, event=True)
    assert any(a[0] == "AGREE" and a[3]["cameo"].startswith(cameo) and a[3]["status"] == "intended"
               and a[1] == ["GHA"] and partner in a[2] for a in acts), acts
    assert not [a for a in acts if a[0] in ("COOPERATE", "AID", "CONSULT") and a[1] == ["GHA"]], acts


@pytest.mark.parametrize("text, kind, partner", [
    ("I would like to thank Togo for hosting the fisheries talks.", "SUPPORT", "TGO"),
    ("We wish to condemn the shelling of villages by Eritrea.", "ACCUSE", "ERI"),
    ("We want to call on Mali to release the detained journalists.", "REQUEST", "MLI"),
])
def test_a_speech_act_said_with_a_verb_of_intention_is_done(ex, text, kind, partner):
    acts = _acts(ex, text, event=True)
    assert any(a[0] == kind and a[3]["status"] == "asserted" and a[1] == ["GHA"] and partner in a[2]
               for a in acts), acts


def test_work_that_goes_on_is_no_intent(ex):
    acts = _acts(ex, "We will continue to work with Togo on the dredging of the lagoon.")
    assert any(a[0] == "COOPERATE" and a[1] == ["GHA"] and "TGO" in a[2] for a in acts), acts


def test_a_told_act_under_the_speakers_wish_to_tell_it_is_done(ex):
    # the intent is the telling's ("I wish to share that ..."), the act told is done
    acts = _acts(ex, "I wish to share that our Government launched a joint programme with Togo last year.",
                 event=True)
    assert not [a for a in acts if a[0] == "AGREE" and a[3]["status"] == "intended"], acts
