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


# -- leaning on someone is asking it: "we count / rely on X", "we look to X to <act>" -------------

@pytest.mark.parametrize("text, want", [
    ("We count on the support of Peru in this effort.", "PER"),
    ("We count on Chile to do its part.", "CHL"),
    ("We rely on the support of Mongolia.", "MNG"),
    ("We are counting on the solidarity of the European Union.", "European Union"),
    ("We look to Vietnam to play a constructive role.", "VNM"),
])
def test_leaning_on_someone_is_a_request_of_it(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "REQUEST" and a[1] == ["GHA"] and want in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "The ballots were counted on Friday in Accra.",
    "We rely on imports for our wheat.",
    "We look to the future with confidence.",
])
def test_counting_relying_or_looking_at_no_one_is_no_request(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "REQUEST" for a in acts), acts


# -- a speech-act noun carried by the noun of its vehicle: "a debt of gratitude to X" ------------

@pytest.mark.parametrize("text, want", [
    ("We owe a debt of gratitude to Benin for its hospitality.", ("SUPPORT", "BEN")),
    ("We owe our gratitude to the people of Latvia.", ("SUPPORT", "LVA")),
    ("I send a message of solidarity to the people of Nepal.", ("SUPPORT", "NPL")),
])
def test_a_carried_speech_act_noun_is_the_act(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == want[0] and a[1] == ["GHA"] and want[1] in a[2] for a in acts), acts


def test_a_debt_of_money_is_no_thanks(ex):
    acts = _acts(ex, "We owe a debt of three billion dollars to Japan.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


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


# -- a response announced to any hostile act that may come is a warning --------------------------

def test_a_response_to_any_hostile_act_is_a_warning(ex):
    acts = _acts(ex, "We will respond to any aggression by Togo.")
    assert ("THREATEN", ["GHA"], ["TGO"]) in acts, acts


def test_a_response_to_questions_is_no_warning(ex):
    acts = _acts(ex, "We will respond to any questions from the press.")
    assert not any(a[0] == "THREATEN" for a in acts), acts


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


# -- "we cannot but condemn X": "but" hung on the modal; the act is done, not negated -------------

def test_cannot_but_with_but_on_the_modal_is_no_negation(ex):
    from coding_support import statement
    out = statement(ex, "We cannot but condemn the harsh repression by the Iranian regime of peaceful marchers.")
    accusations = [e for e in out["events"] if e["type"] == "ACCUSE"]
    assert accusations and not any(e["negated"] for e in accusations), out["events"]


# -- "the Zionist regime / entity / occupation": Israel, as statements that shun its name say ------

@pytest.mark.parametrize("text", [
    "We condemn the crimes of the Zionist regime in the occupied territories.",
    "We denounce the Zionist entity for its blockade.",
])
def test_the_zionist_regime_is_israel(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] and "ISR" in a[2] for a in acts), acts


# -- a carried speech-act noun going to someone: "a special word of thanks goes to X" ------------

@pytest.mark.parametrize("text, want", [
    ("A special word of thanks goes to Oman.", "OMN"),
    ("Our message of solidarity goes to the people of Libya.", "LBY"),
])
def test_a_carried_noun_going_to_someone_is_the_act(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [want]) in acts, acts


# -- "we cannot thank X enough": done, not negated ------------------------------------------------

def test_cannot_enough_is_no_negation(ex):
    from coding_support import statement
    out = statement(ex, "We cannot thank Germany enough for its generosity.")
    thanks = [e for e in out["events"] if e["type"] == "SUPPORT"]
    assert thanks and not any(e["negated"] for e in thanks), out["events"]


# -- "<Issuer> thanks X" with "thanks" taken for a preposition after the name --------------------

def test_thanks_misread_as_a_preposition_after_the_name(ex):
    acts = _acts(ex, "Tuvalu thanks Australia and New Zealand for their support.", issuer="Tuvalu")
    assert ("SUPPORT", ["TUV"], ["AUS", "NZL"]) in acts, acts


def test_thanks_to_someone_is_no_thanking(ex):
    acts = _acts(ex, "Tuvalu thanks to Australia survived the storm.", issuer="Tuvalu")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- demands in the statement's voice: "incumbent upon X to", "high time that X", duties of X ----

@pytest.mark.parametrize("text, want", [
    ("It is incumbent upon the Security Council to act.", "UN Security Council"),
    ("It is high time that Canada lifted the ban.", "CAN"),
    ("The Security Council has a responsibility to act.", "UN Security Council"),
    ("The international community has a moral obligation to help Tonga.", "international community"),
    ("We call for the Security Council to act.", "UN Security Council"),
    ("We press for Mexico to release the detainees.", "MEX"),
])
def test_demands_in_the_statements_voice(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "REQUEST" and a[1] == ["GHA"] and want in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "We have a duty to protect our people.",
    "It is incumbent on all of us to act.",
    "This is the moment that Togo needs.",
])
def test_the_speakers_own_duty_is_no_demand(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "REQUEST" for a in acts), acts


# -- an act noun framed by another noun's "of": "X's war of aggression" is X's act ---------------

@pytest.mark.parametrize("text, doer", [
    ("Russia's war of aggression against Moldova is a flagrant breach of the Charter.", "RUS"),
    ("The Israeli policy of annexation must end.", "ISR"),
])
def test_the_owner_of_the_frame_does_the_framed_act(ex, text, doer):
    acts = _acts(ex, text)
    assert any(a[1] == [doer] for a in acts), acts


# -- an act judged illegal / irresponsible ... in the statement's voice, its doer named -----------

@pytest.mark.parametrize("text, want", [
    ("The unilateral coercive measures imposed by Canada are illegal.", "CAN"),
    ("Russia's decision to leave the grain deal is irresponsible.", "RUS"),
])
def test_a_named_doers_act_judged_illegal_is_an_accusation(ex, text, want):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [want]) in acts, acts


@pytest.mark.parametrize("text", [
    "It is illegal to fish in the lagoon.",
    "Our position is illegal under their law.",
])
def test_a_descriptive_judgement_naming_no_doer_is_no_accusation(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "ACCUSE" for a in acts), acts


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


# -- two speech-act verbs sharing one object: "we condemn and reject X" ----------------------------

@pytest.mark.parametrize("text, want", [
    ("We condemn and reject the aggression of Israel.", "ISR"),
    ("We strongly condemn and firmly reject the attacks by Eritrea.", "ERI"),
])
def test_a_speech_act_verb_shares_the_object_of_the_next(ex, text, want):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [want]) in acts and ("REJECT", ["GHA"], [want]) in acts, acts


# -- co-sponsoring a text is endorsing it; an invitation renewed is a request ----------------------

@pytest.mark.parametrize("text, want", [
    ("We co-sponsored the resolution presented by Moldova.", ("SUPPORT", ["GHA"], ["MDA"])),
    ("We renew our invitation to the Secretary-General to visit our country.",
     ("REQUEST", ["GHA"], ["UN Secretary-General"])),
])
def test_cosponsoring_and_inviting(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


# -- the speaker's own land or self defended under "will" / readiness: a warning -------------------

@pytest.mark.parametrize("text, want", [
    ("We will defend our sovereignty against Togo.", ["TGO"]),
    ("We are ready to defend ourselves against any aggression from Eritrea.", ["ERI"]),
    ("We will defend our territorial integrity by all means necessary.", []),
])
def test_self_defence_announced_is_a_warning(ex, text, want):
    acts = _acts(ex, text)
    assert ("THREATEN", ["GHA"], want) in acts and not any(a[0] == "AGREE" for a in acts), acts


def test_defending_the_rights_of_others_is_no_warning(ex):
    acts = _acts(ex, "We will defend the rights of women.")
    assert not any(a[0] == "THREATEN" for a in acts), acts
