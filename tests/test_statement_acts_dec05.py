"""Statement acts, constructions fixed on 2026-12-05 (issue 14: the speech-act constructions of
general-debate speeches).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


def _requests(acts) -> list:
    return [a for a in acts if a[0] == "REQUEST" and a[1] == ["GHA"]]


# -- addressees coordinated after the first act asked for ------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We call on Fiji to lift the ban and on Samoa to reopen the port.", {"FJI", "WSM"}),
    ("We call on Fiji to lift the ban and for Samoa to reopen the port.", {"FJI", "WSM"}),
    ("I call upon the donor community to step up its funding and for the World Bank to ease "
     "its lending terms.", {"donor community", "World Bank"}),
    ("We urge Paraguay to free the detainees and Bolivia to open talks.", {"PRY", "BOL"}),
])
def test_addressees_coordinated_after_the_first_act_asked_are_asked_too(ex, text, want):
    acts = _acts(ex, text)
    assert any(want <= set(a[2]) for a in _requests(acts)), acts


@pytest.mark.parametrize("text, want", [
    # one addressee asked two acts: no one more
    ("We call on Fiji to lift the ban and to reopen the port.", ["FJI"]),
    ("We urge Paraguay to free the detainees and open talks with Bolivia.", ["PRY"]),
])
def test_one_addressee_asked_two_acts_stays_one(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[2] == want for a in _requests(acts)), acts


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


def test_those_let_act_by_the_act_asked_are_not_asked(ex):
    acts = _acts(ex, "We call on Fiji to allow the refugees and the migrants to return home.")
    assert any(a[2] == ["FJI"] for a in _requests(acts)), acts


# -- "the <Noun>": the body named in full before, whose name that noun heads ----------------

@pytest.mark.parametrize("text, want", [
    ("Ghana welcomes the report of the Andean Water Commission. We encourage the Commission to "
     "publish its findings.", ("REQUEST", "Andean Water Commission")),
    ("Ghana is proud to host the West African Centre for Coastal Studies and fully supports the "
     "activities of the Centre.", ("SUPPORT", "West African Centre for Coastal Studies")),
])
def test_a_body_named_again_by_its_head_noun_is_the_body_named_before(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == want[0] and want[1] in a[2] for a in acts), acts


def test_a_head_noun_no_body_named_before_has_is_not_that_body(ex):
    acts = _acts(ex, "Ghana welcomes the report of the Andean Water Commission. We call on the Court "
                     "to publish its findings.")
    assert not any(a[0] == "REQUEST" and "Andean Water Commission" in a[2] for a in acts), acts


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

