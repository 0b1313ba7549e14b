"""Stances the issuer declares of itself: a stance under "will" / "shall" held now, "our
support for X is unwavering", "X can count on our support", "committed to supporting X"
(the act kept up, not a pledge), "I assure you of our support" (given to the one spoken to); and another's stance or a pledge of a material act, which
stay what they are.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts
from sentence_support import has_act as _has


_PGA = "President of the UN General Assembly"


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


# -- the issuer's help leaned on by another is the issuer's stance: "X can count on our support" --

@pytest.mark.parametrize("text, want", [
    ("Estonia can count on our support.", "EST"),
    ("The people of Tonga can always rely on Ghana's solidarity.", "TON"),
])
def test_counting_on_the_issuers_help_is_the_issuers_support(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [want]) in acts and not any(a[0] == "REQUEST" for a in acts), acts


# -- the speaker's own stance noun said of itself: "our support for X is unwavering" -------------

@pytest.mark.parametrize("text, want", [
    ("Our support for Estonia is unwavering.", ("SUPPORT", ["GHA"], ["EST"])),
    ("Our solidarity with the people of Nepal remains total.", ("SUPPORT", ["GHA"], ["NPL"])),
    ("We remain steadfast in our support for the people of Chad.", ("SUPPORT", ["GHA"], ["TCD"])),
    ("We stand firmly behind Moldova.", ("SUPPORT", ["GHA"], ["MDA"])),
])
def test_the_speakers_own_stance_noun_said_of_itself_is_the_act(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


def test_anothers_stance_noun_said_of_itself_is_no_act_of_the_issuer(ex):
    acts = _acts(ex, "Canada's support for Estonia is unwavering.")
    assert not any(a[0] == "SUPPORT" and a[1] == ["GHA"] for a in acts), acts


# -- "we are (fully) committed to <gerund> X": the act kept up, not a pledge ----------------------

def test_a_commitment_said_by_a_participle_keeps_up_its_gerunds_act(ex):
    acts = _acts(ex, "We are fully committed to supporting Somalia.")
    assert ("SUPPORT", ["GHA"], ["SOM"]) in acts and not any(a[0] == "AGREE" for a in acts), acts


# -- "committed to <doing> X": the act kept up is told (as "continue to <do>"), not a promise ----

@pytest.mark.parametrize("text, want", [
    ("We remain committed to supporting Somalia in its fight against piracy.", ("SUPPORT", ["GHA"], ["SOM"])),
    ("We are committed to working with Nigeria on maritime security.", ("COOPERATE", ["GHA"], ["NGA"])),
])
def test_a_commitment_to_an_act_kept_up_is_that_act(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


def test_a_commitment_to_a_thing_stays_a_commitment(ex):
    acts = _acts(ex, "We remain committed to the sovereignty of Ukraine.")
    assert ("AGREE", ["GHA"], ["UKR"]) in acts, acts


# -- "Ghana's (my country's) support for X remains unwavering" ------------------------------------

@pytest.mark.parametrize("text", [
    "Ghana's support for the people of Sudan remains unwavering.",
    "My country's support for the people of Sudan is unwavering.",
])
def test_the_issuers_named_stance_said_to_hold_is_its_act(ex, text):
    acts = _acts(ex, text)
    assert _has(acts, "SUPPORT", "SDN"), acts


def test_another_states_stance_judged_is_not_the_issuers(ex):
    acts = _acts(ex, "Russia's support for Belarus is troubling.")
    assert not any(a[0] == "SUPPORT" and a[1] == ["GHA"] for a in acts), acts


# -- "assure X of our support": SUPPORT from the noun's owner to the one assured -------------

@pytest.mark.parametrize("text, issuer", [
    ("Rest assured, Madam President, of our steady support throughout this long autumn.", "Ghana"),
    ("Madam President, rest assured of the unwavering support of my delegation in your work.", "Ghana"),
    ("Mr. President, I assure you of my country's firm solidarity during the coming months.", "Ghana"),
    ("Rest assured, Mr. President, of Cyprus’ loyal support for the tasks of your office.", "Cyprus"),
])
def test_a_stance_assured_to_the_one_spoken_to_is_given_to_them(ex, text, issuer):
    acts = _acts(ex, text, issuer)
    own = {"Ghana": "GHA", "Cyprus": "CYP"}[issuer]
    assert any(a[0] == "SUPPORT" and a[1] == [own] and _PGA in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    # assured of a thing, not of a stance: no act
    "The engineers assured the villagers of the safety of the rebuilt bridge.",
    # not assured: "rest" and "of" with no promise
    "The rest of our support will reach the coastal towns in spring.",
])
def test_no_stance_assured_is_no_support(ex, text):
    assert not [a for a in _acts(ex, text) if a[0] == "SUPPORT"], _acts(ex, text)
