"""Statement acts, constructions fixed on 2026-12-04, second round (issue 14: statements speak
for their issuer).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts as _acts


# -- a hostile act of another state told in the statement's own voice: the issuer accuses ------

@pytest.mark.parametrize("text, doer", [
    ("Azerbaijan has blockaded the Armenian villages of the valley for months.", "AZE"),
    ("For fifty years, Türkiye has occupied the northern part of our island.", "TUR"),
    ("Russian forces have bombed our cities, destroyed our schools and deported our children.", "RUS"),
    ("Last spring soldiers of Myanmar attacked the fishing villages along the coast.", "MMR"),
])
def test_a_hostile_act_the_issuer_tells_is_its_accusation(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


@pytest.mark.parametrize("text", [
    # someone else tells it: that speaker's allegation, not the issuer's
    "Nigeria said that Chadian troops had shelled the border post.",
    # the issuer's own forces, or state forces of no stated country
    "Our armed forces struck the camps of the traffickers in the north.",
    "Security forces arrested five smugglers at the port.",
    # a restriction done to no one: a policy told
    "Belarus has closed its border and imposed a curfew in the capital.",
    # a fight among its doers: no one blamed
    "Sudan and Chad have clashed along the border for months.",
    # negated, or only supposed
    "Togo has never attacked its neighbours.",
    "If Burkina Faso closes the border, the traders will suffer.",
    # supported, not alleged
    "We support the United States in striking the camps of the terrorists.",
])
def test_no_accusation_by_the_issuer_for_acts_it_does_not_allege(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "ACCUSE" and a[1] == ["GHA"]], acts


# -- "we seize this opportunity to thank X": an occasion taken, nothing seized ----------------

@pytest.mark.parametrize("text", [
    "We seize this opportunity to thank Norway for its generosity.",
    "Let me seize this occasion to commend the mediators of Qatar.",
])
def test_seizing_an_occasion_to_act_is_no_seizure(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "COERCE"], acts
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] for a in acts), acts


def test_seizing_things_stays_a_seizure(ex):
    acts = _acts(ex, "The navy of Senegal seized the boats and the nets of the poachers.")
    assert any(a[0] == "COERCE" for a in acts), acts


# -- an object after a phrase set off by commas ("express, on behalf of X, our thanks to Y") --

@pytest.mark.parametrize("text, type_, target", [
    ("I wish to express, on behalf of my Government and of the people of Ghana, our deep appreciation "
     "to Norway.", "SUPPORT", "NOR"),
    ("We extend, in the name of all Ghanaians, our warm congratulations to Chile.", "SUPPORT", "CHL"),
])
def test_the_object_after_a_parenthetical_is_the_verbs(ex, text, type_, target):
    acts = _acts(ex, text)
    assert (type_, ["GHA"], [target]) in acts, acts


# -- a noun of thanks owed to someone, or deserved by someone ---------------------------------

@pytest.mark.parametrize("text", [
    "Our deepest gratitude is owed to Norway for hosting the talks.",
    "Norway deserves our warmest thanks for hosting the talks.",
    "Norway, which hosted the talks at short notice, merits our gratitude.",
])
def test_thanks_owed_to_or_deserved_by_someone_are_given_to_them(ex, text):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], ["NOR"]) in acts, acts


# -- "commit war crimes / atrocities": violence done, not a commitment -----------------------

@pytest.mark.parametrize("text, doer", [
    ("Russian forces are committing war crimes in the occupied regions.", "RUS"),
    ("The army of Myanmar has perpetrated atrocities against the Rohingya.", "MMR"),
])
def test_committing_crimes_is_violence_the_issuer_alleges(ex, text, doer):
    acts = _acts(ex, text)
    assert any(a[0] == "ASSAULT" and a[1] == [doer] for a in acts), acts
    assert not [a for a in acts if a[0] == "AGREE"], acts
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


def test_committing_oneself_stays_a_commitment(ex):
    acts = _acts(ex, "We commit ourselves to the goals of the Paris Agreement.")
    assert any(a[0] == "AGREE" and a[1] == ["GHA"] for a in acts), acts


# -- threats and sanctions of another state, told by the issuer: also its accusation ----------

@pytest.mark.parametrize("text, doer", [
    ("Last year Russia threatened to use nuclear weapons against its neighbours.", "RUS"),
])
def test_a_threat_the_issuer_tells_is_its_accusation(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


# -- the owner of the thing a pattern's object word modifies --------------------------------

def test_a_modifier_matched_as_the_object_leads_to_the_owner_of_its_head(ex):
    acts = _acts(ex, "We reject the Israeli settlement policy in the occupied territories.")
    assert ("REJECT", ["GHA"], ["ISR"]) in acts, acts


# -- taking part in talks; voting for or against ----------------------------------------------

@pytest.mark.parametrize("text", [
    "We participated actively in the negotiations on the new ocean treaty.",
    "Last June my Government took part in the summit on nutrition in Lomé.",
])
def test_taking_part_in_talks_is_consulting(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "CONSULT" and a[1] == ["GHA"] for a in acts), acts


@pytest.mark.parametrize("text, type_", [
    ("Ghana voted in favour of the resolution on small arms.", "SUPPORT"),
    ("Ghana voted against the amendment to the draft resolution.", "REJECT"),
])
def test_a_vote_for_or_against_is_support_or_rejection(ex, text, type_):
    acts = _acts(ex, text)
    assert any(a[0] == type_ and a[1] == ["GHA"] for a in acts), acts


def test_taking_part_in_a_protest_is_no_talk(ex):
    acts = _acts(ex, "Thousands of students took part in the march in the capital.")
    assert not [a for a in acts if a[0] == "CONSULT"], acts


# -- "X and Y cooperate": the issuer's cooperation with its partner --------------------------

@pytest.mark.parametrize("text", [
    "Ghana and Togo are cooperating closely on the security of their border.",
    "Ghana and Togo have strengthened their ties in trade and energy.",
])
def test_cooperating_together_is_the_issuers_act_with_its_partner(ex, text):
    acts = _acts(ex, text)
    assert any(a[1] == ["GHA"] and a[2] == ["TGO"] for a in acts), acts


# -- "X's war against Y, which we condemn": the relative word stands for the act -------------

@pytest.mark.parametrize("text, doer, victim", [
    ("Russia's brutal war against Ukraine, which we condemn, has caused immense suffering.", "RUS", "UKR"),
    ("The aggression of Azerbaijan against Armenia, which Ghana deplores, must end.", "AZE", "ARM"),
])
def test_a_condemnation_in_a_relative_clause_on_an_act_accuses_its_doer(ex, text, doer, victim):
    acts = _acts(ex, text)
    deplored = [a for a in acts if a[0] == "ACCUSE" and a[1] == ["GHA"]]
    assert deplored and all(victim not in a[2] for a in deplored), acts
    assert any(doer in a[2] for a in deplored), acts
