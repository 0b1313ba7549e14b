"""Who speaks in a statement: the issuer's own bodies ("my country's Government", a bare
"Ministry", "This statement", "His Majesty's Government" in a kingdom's statement, "the
Government I lead"), the one
who takes or seizes "this opportunity" to act, the speaker's formula of leave ("permit me
to"), a second statement verb the parser took for a plural noun; and who does not (a body
of partner countries, an organ of another state, a state permitting others, "the Government
of X, which we thank").

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


# -- "my country's Government": the issuer ---------------------------------------------------

@pytest.mark.parametrize("text, type_, target", [
    ("My country's Government condemns the shelling of the border villages by Belarus.", "ACCUSE", "BLR"),
    ("Our country’s delegation thanks Japan for its generous help after the storms.", "SUPPORT", "JPN"),
    ("Our nation's Government calls on Mali to release the detained journalists.", "REQUEST", "MLI"),
])
def test_the_issuers_body_owned_by_its_country_is_the_issuer(ex, text, type_, target):
    acts = _acts(ex, text)
    assert any(a[0] == type_ and a[1] == ["GHA"] and target in a[2] for a in acts), acts


def test_a_body_owned_by_partner_countries_is_not_the_issuer(ex):
    acts = _acts(ex, "Our partner countries' governments thank Japan for the vaccines.")
    assert not any(a[1] == ["GHA"] for a in acts if a[0] == "SUPPORT"), acts


# -- "I take this opportunity to <act>": the taker acts ---------------------------------------

def test_the_one_who_takes_the_occasion_acts_whatever_hangs_on_it(ex):
    # the parser hangs "the Republic of Chile" on "opportunity" as an apposition
    text = ("I take this opportunity to thank our friends who have helped us so far in our effort to "
            "stage the Cup, including the Republic of Korea, which pays for the bulk of the "
            "Cup’s stadiums; the Republic of Chile; Peru; Papua New Guinea; and Japan.")
    acts = _acts(ex, text)
    thanks = [a for a in acts if a[0] == "SUPPORT" and "KOR" in a[2]]
    assert thanks and all(a[1] == ["GHA"] for a in thanks), acts


def test_an_occasion_used_to_call_on_someone(ex):
    acts = _acts(ex, "We use this occasion to call on Belarus to free the detained reporters.")
    assert ("REQUEST", ["GHA"], ["BLR"]) in acts, acts


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


# -- a bare organ of the state, or the statement itself, speaking: the issuer ------------------

@pytest.mark.parametrize("text, want", [
    ("The Ministry calls on Ethiopia to refrain from filling the dam alone.", ("REQUEST", ["GHA"], ["ETH"])),
    ("The Ministry of Foreign Affairs warmly congratulates Senegal on its elections.",
     ("SUPPORT", ["GHA"], ["SEN"])),
    ("The Presidency urges Israel to halt the settlements.", ("REQUEST", ["GHA"], ["ISR"])),
    ("This statement calls on Iran to cooperate fully with the inspectors.", ("REQUEST", ["GHA"], ["IRN"])),
])
def test_a_bare_organ_or_the_statement_speaking_is_the_issuer(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


@pytest.mark.parametrize("text, want", [
    ("The Ministry of Foreign Affairs of Togo condemns the coup in Niger.", "TGO"),
    ("The Russian Ministry of Defence denounces the strikes.", "RUS"),
])
def test_an_organ_of_a_named_state_is_that_state(ex, text, want):
    acts = _acts(ex, text)
    assert [a for a in acts if a[0] == "ACCUSE" and a[1] == [want]], acts


# -- "<phrase>, permit me to <act>": the speaker's formula, also when a phrase opens the sentence ---

@pytest.mark.parametrize("text, want", [
    ("Before concluding, permit me to thank the Government of Belize.", "BLZ"),
    ("While speaking of elections, allow me to congratulate the people of Zambia.", "ZMB"),
    ("In closing, permit me to commend Botswana for its leadership.", "BWA"),
])
def test_a_formula_of_leave_after_an_opening_phrase_is_the_speakers_act(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [want]) in acts and not any(a[0] == "CONCEDE" for a in acts), acts


def test_a_state_permitting_others_still_concedes(ex):
    acts = _acts(ex, "Last week Kenya permitted the inspectors to visit the site.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


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


# -- "His Majesty's Government" in a kingdom's own statement ------------------------------------

def test_his_majestys_government_is_the_issuing_kingdom(ex):
    acts = _acts(ex, "His Majesty's Government condemns the Iranian regime's abuses.", "United Kingdom")
    assert any(a[0] == "ACCUSE" and a[1] == ["GBR"] and "IRN" in a[2] for a in acts), acts


def test_his_majestys_government_in_a_republics_statement_is_anothers(ex):
    acts = _acts(ex, "His Majesty's Government condemns the Iranian regime's abuses.", "Ghana")
    assert not any(a[1] == ["GHA"] for a in acts), acts


# -- "the Government of X, which we thank, ...": X's government, not the speaker's ----------

def test_a_clause_set_off_with_we_does_not_make_a_named_government_the_issuer(ex):
    acts = _acts(ex, "The Government of Chile, which we thank, hosted the fisheries talks in May.")
    assert any(a[0] == "CONSULT" and a[1] == ["CHL"] for a in acts), acts
    assert ("SUPPORT", ["GHA"], ["CHL"]) in acts, acts


def test_the_government_i_lead_is_still_the_issuer(ex):
    acts = _acts(ex, "The Government I lead condemns the raid on the rural clinic near the river.")
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] for a in acts), acts
