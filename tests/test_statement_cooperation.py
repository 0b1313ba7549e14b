"""Cooperation a statement tells (COOPERATE, CONSULT, AID): a partner named before the verb
("together with X, we ..."), "X and Y cooperate / work together", close cooperation, ties
and contacts, a conference organised, talks taken part in or facilitated, a vote, aid
shared, granted, dispatched or handed over; and what is none of these (partners left
unnamed, a protest, views shared).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts
from sentence_support import has_act as _has


# -- "Together with X, we <verb> ...": the doer cooperates with X ------------------------------

@pytest.mark.parametrize("text, partner", [
    ("Together with the Government of Norway, my Government will launch a fund for coastal towns.", "NOR"),
    ("Ghana, jointly with Peru, has organized a summit on fisheries.", "PER"),
    ("In partnership with Denmark, we have opened two clinics in the northern districts.", "DNK"),
    ("Along with the Prime Minister of Chile, I started a dialogue on river basins last spring.", "CHL"),
])
def test_a_partner_said_before_the_verb_is_cooperated_with(ex, text, partner):
    acts = _acts(ex, text)
    assert ("COOPERATE", ["GHA"], [partner]) in acts, acts


def test_the_partner_adds_to_the_act_it_is_done_with(ex):
    acts = _acts(ex, "Together with Denmark, we condemn the attack on the embassy in the capital.")
    assert ("COOPERATE", ["GHA"], ["DNK"]) in acts, acts
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] for a in acts), acts


@pytest.mark.parametrize("text", [
    # a "with" phrase after the verb belongs to the object, not to a partner of the doer
    "The police arrested the mayor of the town along with Peru's consul.",
    # no one named: a thing, or partners left unnamed
    "Along with vaccines, clean water is vital for the villages.",
    "Together with our partners, we will build roads across the region.",
])
def test_no_partner_named_before_the_verb_is_no_cooperation(ex, text):
    assert not [a for a in _acts(ex, text) if a[0] == "COOPERATE"], _acts(ex, text)


# -- organising a conference: hosting talks, CONSULT -----------------------------------------

@pytest.mark.parametrize("text", [
    "Last year we organized in Accra a high-level conference on maritime piracy.",
    "My Government has organised the Accra Forum for Peace and Trade twice already.",
])
def test_organizing_a_meeting_is_consulting(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "CONSULT" and a[1] == ["GHA"] for a in acts), acts


def test_organizing_other_things_is_no_meeting(ex):
    acts = _acts(ex, "We organized the distribution of seeds in the northern districts.")
    assert not any(a[0] == "CONSULT" for a in acts), acts


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


# -- ties taken up, contacts kept, undertakings launched with a partner; help needed -------------

@pytest.mark.parametrize("text, want", [
    ("We have entered into a strategic partnership with Vietnam.", ("SUPPORT", ["GHA"], ["VNM"])),
    ("We have maintained close contacts with the Government of Chad.", ("CONSULT", ["GHA"], ["TCD"])),
    ("We launched a joint initiative with Fiji on coral reefs.", ("COOPERATE", ["GHA"], ["FJI"])),
    ("We need the support of Norway and Denmark.", ("REQUEST", ["GHA"], ["NOR", "DNK"])),
])
def test_ties_contacts_undertakings_and_help_needed(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


def test_weapons_needed_are_no_request_of_anyone(ex):
    acts = _acts(ex, "Our army needs more trucks.")
    assert not any(a[0] == "REQUEST" for a in acts), acts


# -- "cooperate / coordinate closely with X": joint work, COOPERATE --------------------------------

@pytest.mark.parametrize("text, want", [
    ("We are cooperating closely with Togo and Benin on maritime security.", ("COOPERATE", ["GHA"], ["TGO", "BEN"])),
    ("Ghana will cooperate closely with Kenya on drought.", ("COOPERATE", ["GHA"], ["KEN"])),
    ("We coordinate closely with the African Union.", ("COOPERATE", ["GHA"], ["African Union"])),
])
def test_close_cooperation_is_joint_work(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


def test_cooperation_alone_stays_diplomatic(ex):
    acts = _acts(ex, "We cooperate with Togo.")
    assert ("SUPPORT", ["GHA"], ["TGO"]) in acts, acts


# -- aid shared, scholarships granted, debts cancelled ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We have shared two million vaccine doses with Nigeria.", "NGA"),
    ("We have granted 300 scholarships to students from Nepal.", "NPL"),
    ("We have cancelled the debt of Somalia.", "SOM"),
])
def test_aid_shared_granted_or_a_debt_relieved(ex, text, want):
    acts = _acts(ex, text)
    assert ("AID", ["GHA"], [want]) in acts, acts


def test_views_shared_are_no_aid(ex):
    acts = _acts(ex, "We shared our views with Chile.")
    assert not any(a[0] == "AID" for a in acts), acts


# -- goods and gear handed over are aid: equipment, grain, fuel, fertilizer, tents, kits ---------------

@pytest.mark.parametrize("text, want", [
    ("We sent protective equipment to Samoa.", "WSM"),
    ("We delivered 300 tonnes of wheat to Djibouti.", "DJI"),
    ("Ghana shipped fuel and tents to Lesotho.", "LSO"),
])
def test_goods_handed_over_are_aid(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "AID" and a[1] == ["GHA"] and want in a[2] for a in acts), acts


# -- non-speech acts of a statement: aid dispatched, talks facilitated, work done together -------

def test_aid_dispatched_is_given_by_the_sender(ex):
    acts = _acts(ex, "We have dispatched humanitarian aid to the people of Chad.")
    assert _has(acts, "AID", "TCD"), acts


@pytest.mark.parametrize("text, want", [
    ("Ghana has facilitated talks between Togo and Benin.", {"TGO", "BEN"}),
    ("Last year we facilitated negotiations between Mali and Niger.", {"MLI", "NER"}),
])
def test_talks_facilitated_between_parties_are_the_facilitators_mediation(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "CONSULT" and a[1] == ["GHA"] and want <= set(a[2]) for a in acts), acts


@pytest.mark.parametrize("text", [
    "Ghana and Togo are working together to fight piracy in the Gulf of Guinea.",
    "Togo and Ghana work together on border security.",
])
def test_working_together_with_a_coordinated_partner_cooperates(ex, text):
    acts = _acts(ex, text)
    assert _has(acts, "COOPERATE", "TGO"), acts


def test_working_together_with_no_partner_named_is_no_cooperation(ex):
    acts = _acts(ex, "We must work together to end poverty.")
    assert not any(a[0] == "COOPERATE" for a in acts), acts
