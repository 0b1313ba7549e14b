"""Statement acts, constructions fixed on 2026-12-04, sixth round (issue 14: the speech-act
constructions of general-debate speeches).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


# -- a stance under "will" / "shall" in the issuer's own voice is held now -----------------------

@pytest.mark.parametrize("text, want", [
    ("We will always support Estonia.", ("SUPPORT", ["GHA"], ["EST"])),
    ("Ghana will stand with the people of Tonga.", ("SUPPORT", ["GHA"], ["TON"])),
    ("My Government shall firmly back Uruguay in its reform efforts.", ("SUPPORT", ["GHA"], ["URY"])),
    ("We will work closely with Bhutan on mountain ecosystems.", ("COOPERATE", ["GHA"], ["BTN"])),
    ("We will partner with Laos on solar power.", ("COOPERATE", ["GHA"], ["LAO"])),
])
def test_a_stance_under_will_in_the_issuers_voice_is_declared(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


@pytest.mark.parametrize("text, kind", [
    # a material act under "will" stays a pledge
    ("We will provide emergency food aid to Malawi.", "AGREE"),
    # a stance pledged with something given is a pledge of it
    ("We will support Malawi with five million dollars.", "AGREE"),
    # another state's future stance, told by the issuer, is no stance of the issuer's
    ("Canada will support Malawi.", "AGREE"),
])
def test_a_pledge_or_anothers_future_stance_stays_intended(ex, text, kind):
    acts = _acts(ex, text)
    assert any(a[0] == kind for a in acts) and not any(a[0] == "SUPPORT" for a in acts), acts
