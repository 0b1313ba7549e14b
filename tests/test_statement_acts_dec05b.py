"""Statement acts, constructions fixed on 2026-12-05, second round (issue 14: statements speak
for their issuer).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


def _has(acts, kind, target, source="GHA") -> bool:
    return any(a[0] == kind and a[1] == [source] and target in a[2] for a in acts)


# -- "hold X responsible": the parser may hang the adjective on the object ------------------

@pytest.mark.parametrize("text, want", [
    ("We hold the Turkish regime responsible for the crimes.", "TUR"),
    ("My Government holds the Malian junta fully accountable for these violations.", "MLI"),
])
def test_holding_a_described_actor_responsible_accuses_it(ex, text, want):
    acts = _acts(ex, text)
    assert _has(acts, "ACCUSE", want), acts


def test_holding_someone_in_custody_blames_no_one(ex):
    acts = _acts(ex, "The police hold the responsible officials in custody.")
    assert not any(a[0] == "ACCUSE" for a in acts), acts


# -- "the Republic of X and Y": the parser hangs Y on the name's last word --------------------

@pytest.mark.parametrize("text, want", [
    ("We are indebted to the Republic of Korea and Japan for the loan of two ferries.", {"KOR", "JPN"}),
    ("We are grateful to the Kingdom of Saudi Arabia and Kuwait for their support.", {"SAU", "KWT"}),
])
def test_a_state_coordinated_after_an_of_name_is_thanked_too(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and want <= set(a[2]) for a in acts), acts


# -- "the membership of X in Y": the "of" phrase says whose; "in Y" is no owner ---------------

@pytest.mark.parametrize("text, want", [
    ("We support the membership of Palestine in the United Nations.", "PSE"),
    ("We support the accession of Timor-Leste to ASEAN.", "TLS"),
])
def test_a_thing_owned_by_of_is_not_its_placement(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and a[2] == [want] for a in acts), acts


def test_a_group_named_after_its_country_keeps_it(ex):
    acts = _acts(ex, "We condemn the arrest of opposition leaders in Zimbabwe.")
    assert any(a[0] == "COERCE" and a[2] == ["ZWE"] for a in acts), acts


# -- "we welcome X into / to <organisation>": a new member greeted, not a visitor hosted ------

@pytest.mark.parametrize("text, want", [
    ("We welcome Finland and Sweden to NATO.", {"FIN", "SWE"}),
    ("We warmly welcome Sweden into the North Atlantic Alliance.", {"SWE"}),
])
def test_a_state_welcomed_into_an_organisation_is_greeted(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and want <= set(a[2]) for a in acts), acts
    assert not any(a[0] == "CONSULT" for a in acts), acts


def test_a_visitor_welcomed_to_a_city_is_hosted(ex):
    acts = _acts(ex, "We welcome the President of Chile to Accra.")
    assert any(a[0] == "CONSULT" and a[1] == ["GHA"] for a in acts), acts


# -- "X condemns A and calls on Y ...": a second verb after "and" taken for a plural noun -------

@pytest.mark.parametrize("text, kind, want", [
    ("The Republic of Ghana condemns the junta's abuses and calls on the African Union to act.",
     "REQUEST", "African Union"),
    ("In this spirit, Ghana calls on all Member States to back the plan, and thanks Japan for its leadership.",
     "SUPPORT", "JPN"),
    ("The Government of Ghana welcomes the truce and appeals to Sudan to respect it.", "REQUEST", "SDN"),
])
def test_a_second_statement_verb_after_and_is_the_speakers_act(ex, text, kind, want):
    acts = _acts(ex, text)
    assert any(a[0] == kind and a[1] == ["GHA"] and any(want in x for x in a[2]) for a in acts), acts


def test_a_plural_noun_after_and_in_a_told_clause_is_no_act(ex):
    acts = _acts(ex, "The judge heard the report and appeals to the Supreme Court.")
    assert not any(a[0] == "REQUEST" for a in acts), acts


# -- "X is called upon / urged / invited to ...": the statement's own request, in the passive --

@pytest.mark.parametrize("text, want", [
    ("All parties are called upon to respect the truce.", "parties"),
    ("The Government of Togo is urged to lift the curfew.", "TGO"),
    ("Benin is invited to join the initiative.", "BEN"),
])
def test_a_present_passive_request_with_no_agent_is_the_issuers(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "REQUEST" and a[1] == ["GHA"] and any(want in x for x in a[2]) for a in acts), acts


@pytest.mark.parametrize("text", [
    "The Government of Togo was urged to lift the curfew.",
    "The President is expected to attend the summit.",
    "The former minister is accused of embezzlement.",
    "The proposal is rejected.",
])
def test_a_passive_told_or_of_another_kind_is_not_the_issuers(ex, text):
    acts = _acts(ex, text)
    assert not any(a[1] == ["GHA"] for a in acts), acts


# -- "(our) thanks are due to X" -----------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Our special thanks are due to the Government of Norway.", "NOR"),
    ("Thanks are also due to Senegal.", "SEN"),
])
def test_thanks_due_to_someone_thank_them(ex, text, want):
    acts = _acts(ex, text)
    assert _has(acts, "SUPPORT", want), acts


def test_a_payment_due_thanks_no_one(ex):
    acts = _acts(ex, "The payment is due to Norway.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- "we recognize / acknowledge with appreciation X" ------------------------------------------

@pytest.mark.parametrize("text, kind, want", [
    ("We acknowledge with satisfaction the decision of Togo.", "SUPPORT", "TGO"),
    ("We recognize with concern the build-up of forces by Mali.", "ACCUSE", "MLI"),
])
def test_acknowledging_with_a_feeling_is_the_feelings_act(ex, text, kind, want):
    acts = _acts(ex, text)
    assert _has(acts, kind, want), acts


# -- "we join (add our voice to) those calling on X": the speaker calls on X too -------------

@pytest.mark.parametrize("text", [
    "We add our voice to those calling on Russia to end the war.",
    "We join those calling on Russia to end the war.",
])
def test_joining_those_calling_is_calling(ex, text):
    acts = _acts(ex, text)
    assert _has(acts, "REQUEST", "RUS"), acts


def test_meeting_those_calling_is_not_calling(ex):
    acts = _acts(ex, "We met those calling on Russia to end the war.")
    assert not _has(acts, "REQUEST", "RUS"), acts


# -- "X is / remains a steadfast supporter (a true friend) of Y" ----------------------------------

@pytest.mark.parametrize("text, want", [
    ("Ghana is a steadfast supporter of Ukraine.", "UKR"),
    ("Ghana has been, and will remain, a true friend of Liberia.", "LBR"),
])
def test_being_a_supporter_of_someone_supports_them(ex, text, want):
    acts = _acts(ex, text)
    assert _has(acts, "SUPPORT", want), acts


def test_not_being_a_friend_supports_no_one(ex):
    acts = _acts(ex, "Ghana is not a friend of the junta in Niger.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


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


# -- warnings: force announced as the purpose of an act under "will"; "X must know that we will" --

@pytest.mark.parametrize("text", [
    "Ghana will take all necessary measures to defend its sovereignty.",
    "We will use all means at our disposal to defend our territorial integrity.",
])
def test_defending_oneself_as_the_purpose_of_an_act_announced_warns(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "THREATEN" and a[1] == ["GHA"] for a in acts), acts


@pytest.mark.parametrize("text", [
    "We will take measures to reduce emissions.",
    "We took measures to defend our sovereignty.",
])
def test_measures_of_another_aim_or_taken_warn_no_one(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "THREATEN" for a in acts), acts


@pytest.mark.parametrize("text, want", [
    ("Togo should know that Ghana will respond to any provocation with full force.", "TGO"),
    ("The junta must understand that we will not remain silent.", "junta"),
])
def test_another_told_what_it_must_know_of_our_response_is_warned(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "THREATEN" and a[1] == ["GHA"] and any(want in x for x in a[2]) for a in acts), acts
    assert not any(a[0] == "REQUEST" for a in acts), acts


@pytest.mark.parametrize("text", [
    "We must know that the road will be long.",
    "The world must know that the road will be long.",
])
def test_what_must_be_known_of_no_act_of_ours_warns_no_one(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "THREATEN" for a in acts), acts


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


def test_disapproving_of_a_thing_accuses_its_owner(ex):
    acts = _acts(ex, "We strongly disapprove of the decision by Burkina Faso to expel the envoy.")
    assert _has(acts, "ACCUSE", "BFA"), acts


def test_working_together_with_no_partner_named_is_no_cooperation(ex):
    acts = _acts(ex, "We must work together to end poverty.")
    assert not any(a[0] == "COOPERATE" for a in acts), acts


# -- parser misreadings after a name: the object read as a second subject, or as an apposition ---

@pytest.mark.parametrize("issuer, code, text, kind, want", [
    ("Vanuatu", "VUT", "Vanuatu requests the International Court of Justice to render an advisory opinion.",
     "REQUEST", "International Court of Justice"),
    ("Chad", "TCD", "Chad denounces this unjust embargo imposed by the Council.", "ACCUSE", "Security Council"),
])
def test_the_object_misread_after_the_issuers_name_is_the_target(ex, issuer, code, text, kind, want):
    acts = _acts(ex, text, issuer)
    assert any(a[0] == kind and a[1] == [code] and any(want in x for x in a[2]) for a in acts), acts


# -- "we are pleased by X / pleased to note X" --------------------------------------------------

@pytest.mark.parametrize("text", [
    "We are pleased by the progress made by Gambia.",
    "We are pleased to note the progress made by Gambia.",
])
def test_pleasure_at_an_act_supports_its_doer(ex, text):
    acts = _acts(ex, text)
    assert _has(acts, "SUPPORT", "GMB"), acts


def test_pleasure_at_ones_own_announcement_supports_no_one(ex):
    acts = _acts(ex, "We are pleased to announce a new programme.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- "we will not stand idly by / remain silent (while X ...)": a warning ------------------------

@pytest.mark.parametrize("text", [
    "We will not stand idly by while Togo violates our borders.",
    "Ghana will not remain silent in the face of these provocations.",
])
def test_refusing_to_stay_idle_warns(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "THREATEN" and a[1] == ["GHA"] for a in acts), acts


def test_staying_silent_told_of_the_past_warns_no_one(ex):
    acts = _acts(ex, "The world did not remain silent when the war began.")
    assert not any(a[0] == "THREATEN" for a in acts), acts


def test_being_unable_to_stay_silent_is_no_warning(ex):
    acts = _acts(ex, "We cannot remain silent.")
    assert not any(a[0] == "THREATEN" for a in acts), acts


# -- "His Majesty's Government" in a kingdom's own statement ------------------------------------

def test_his_majestys_government_is_the_issuing_kingdom(ex):
    acts = _acts(ex, "His Majesty's Government condemns the Iranian regime's abuses.", "United Kingdom")
    assert any(a[0] == "ACCUSE" and a[1] == ["GBR"] and "IRN" in a[2] for a in acts), acts


def test_his_majestys_government_in_a_republics_statement_is_anothers(ex):
    acts = _acts(ex, "His Majesty's Government condemns the Iranian regime's abuses.", "Ghana")
    assert not any(a[1] == ["GHA"] for a in acts), acts


@pytest.mark.parametrize("issuer, code, text, want", [
    ("Chad", "TCD", "Chad denounces that unjust decision of the Council.", "Security Council"),
    ("Cuba", "CUB", "Cuba denounces that blockade, which is the longest in history, imposed by the United States.",
     "USA"),
])
def test_a_thing_denounced_with_a_demonstrative_after_a_misread_verb(ex, issuer, code, text, want):
    acts = _acts(ex, text, issuer)
    assert any(a[0] == "ACCUSE" and a[1] == [code] and any(want in x for x in a[2]) for a in acts), acts
