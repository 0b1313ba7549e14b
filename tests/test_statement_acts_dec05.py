"""Statement acts, constructions fixed on 2026-12-05 (issue 14: the speech-act constructions of
general-debate speeches).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


def _requests(acts) -> list:
    return [a for a in acts if a[0] == "REQUEST" and a[1] == ["GHA"]]


# -- "it is high time for X to <act>": a demand on X ---------------------------------------

@pytest.mark.parametrize("text, want", [
    ("It is high time for Serbia to release the prisoners.", {"SRB"}),
    ("It is high time for Chad and Niger to reopen their border.", {"TCD", "NER"}),
])
def test_high_time_for_someone_to_act_asks_it(ex, text, want):
    acts = _acts(ex, text)
    assert any(want <= set(a[2]) for a in _requests(acts)), acts


@pytest.mark.parametrize("text", [
    "It was a difficult time for Malawi to rebuild after the cyclone.",
    "It is a hard time for Tonga to recover from the eruption.",
])
def test_a_time_told_of_asks_no_one(ex, text):
    acts = _acts(ex, text)
    assert not _requests(acts), acts


# -- groups of states named by a common noun and what describes it -----------------------------

@pytest.mark.parametrize("text, want", [
    ("We call on the developed countries to honour their pledges.", ("REQUEST", "developed countries")),
    ("We thank the Nordic countries for their generous support.", ("SUPPORT", "Nordic countries")),
    ("We urge the industrialized nations to cut their emissions.", ("REQUEST", "industrialized nations")),
    ("We appeal to the international financial institutions to ease our debt.",
     ("REQUEST", "international financial institutions")),
])
def test_a_described_group_of_states_is_the_one_addressed(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == want[0] and a[1] == ["GHA"] and want[1] in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "We call on other countries to follow this example.",
    "We call on many nations to follow this example.",
])
def test_a_group_only_counted_names_no_one(ex, text):
    acts = _acts(ex, text)
    assert _requests(acts) and all(a[2] == [] for a in _requests(acts)), acts


# -- "we do not condone / tolerate X": a rejection (a refusal for the future warns) ---------------

@pytest.mark.parametrize("text, kind", [
    ("We do not condone the shelling of Goma.", "REJECT"),
    ("Ghana does not tolerate any interference in the elections of Malawi.", "REJECT"),
    ("We will not tolerate any incursion by Burundi.", "THREATEN"),
])
def test_not_condoning_or_tolerating_is_a_rejection(ex, text, kind):
    acts = _acts(ex, text)
    assert any(a[0] == kind and a[1] == ["GHA"] for a in acts), acts


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


# -- word classes of speech acts: felicitations, lamenting, challenging X to, cautioning X
#    against, recalling with gratitude ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We extend our warmest felicitations to Tuvalu on its anniversary.", ("SUPPORT", "TUV")),
    ("We lament the decision of Nauru to close its embassy.", ("ACCUSE", "NRU")),
    ("We challenge Andorra to match our pledge.", ("REQUEST", "AND")),
    ("We caution Kiribati against any hasty decision.", ("REQUEST", "KIR")),
    ("We recall with gratitude the assistance of Palau.", ("SUPPORT", "PLW")),
])
def test_speech_act_words_of_the_general_debate(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == want[0] and a[1] == ["GHA"] and want[1] in a[2] for a in acts), acts


def test_challenging_a_ruling_is_no_request(ex):
    acts = _acts(ex, "Nauru challenged the ruling of the court.")
    assert not any(a[0] == "REQUEST" for a in acts), acts


# -- the members an addressee's phrase singles out are addressed too -------------------------------

@pytest.mark.parametrize("text, want", [
    ("We call on the international community, and especially Norway, to fund the new clinics.",
     {"international community", "NOR"}),
    ("We thank the European Union, notably Portugal, for the new ferries.", {"European Union", "PRT"}),
])
def test_a_member_singled_out_beside_the_addressee_is_addressed(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[1] == ["GHA"] and want <= set(a[2]) for a in acts), acts



# -- "we stand (firmly) against X": opposing X ----------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We stand firmly against the quarantine imposed by Canada on Greenland.", "CAN"),
    ("Ghana has always stood against the occupation of the islands by Iceland.", "ISL"),
])
def test_standing_against_something_rejects_its_doer(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "REJECT" and a[1] == ["GHA"] and want in a[2] for a in acts), acts


# -- a judgement said by a noun: "X's <thing> is / constitutes a violation of <law>" ----------------

@pytest.mark.parametrize("text, want", [
    ("The conduct of Nauru is a grave violation of the law of the sea.", "NRU"),
    ("The quarantine imposed by Canada on Greenland constitutes a breach of the Charter.", "CAN"),
    ("Iceland's seizure of the trawlers is an affront to our sovereignty.", "ISL"),
])
def test_a_thing_judged_a_violation_accuses_its_doer(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] and want in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "The conduct of Nauru is not a violation of the law of the sea.",
    "Our own policy is a breach of nothing.",
])
def test_a_judgement_denied_or_of_ones_own_accuses_no_one(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "ACCUSE" and a[1] == ["GHA"] for a in acts), acts


# -- goods and gear handed over are aid: equipment, grain, fuel, fertilizer, tents, kits ---------------

@pytest.mark.parametrize("text, want", [
    ("We sent protective equipment to Samoa.", "WSM"),
    ("We delivered 300 tonnes of wheat to Djibouti.", "DJI"),
    ("Ghana shipped fuel and tents to Lesotho.", "LSO"),
])
def test_goods_handed_over_are_aid(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "AID" and a[1] == ["GHA"] and want in a[2] for a in acts), acts


def test_the_group_of_20_in_figures_is_the_g20(ex):
    acts = _acts(ex, "We appeal to the Group of 20 to suspend the debt payments of Malawi.")
    assert any(a[0] == "REQUEST" and "G20" in a[2] for a in acts), acts
