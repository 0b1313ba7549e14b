"""Requests a statement makes of others (REQUEST): a call, a hope that another will act, a
need or a duty said of another ("it is imperative that X", "X has to withdraw"), leaning on
someone ("we count on X"), the addressee fronted or in the passive, a group of states
described by a common noun, a member singled out beside the addressee, joining those calling,
the subject of "we reiterate our demand that X ...";
and what is no request (a hope of one's own, a duty of one's own, "calling an attack a
crime").

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement, statement_acts as _acts
from sentence_support import country_or_name_acts as acts, ga79_statement as code, has_act as _has


def _requests(acts) -> list:
    return [a for a in acts if a[0] == "REQUEST" and a[1] == ["GHA"]]


# -- a call on others to condemn or reject X: the caller's own stance ------------------------

@pytest.mark.parametrize("text, type_", [
    ("We call on the international community to condemn Belarus's open meddling in our elections.", "ACCUSE"),
    ("I urge all members to speak out against the aggression of Belarus.", "ACCUSE"),
    ("We urge the Council to reject the claims of Belarus over our islands.", "REJECT"),
])
def test_a_call_to_condemn_is_the_callers_condemnation(ex, text, type_):
    acts = _acts(ex, text)
    assert ("REQUEST", ["GHA"]) in [(a[0], a[1]) for a in acts], acts
    assert any(a[0] == type_ and a[1] == ["GHA"] and "BLR" in a[2] for a in acts), acts


def test_a_call_not_to_reject_is_no_rejection(ex):
    acts = _acts(ex, "We urge Belarus not to reject the peace plan of Norway.")
    assert not any(a[0] == "REJECT" for a in acts), acts


def test_speaking_out_for_someone_is_no_accusation(ex):
    assert not any(a[0] == "ACCUSE" for a in _acts(ex, "We must speak out for the victims of the floods."))


# -- "we hope that X will <act>": a request of X ---------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("We hope that Belarus will finally engage sincerely in the border negotiations.", "BLR"),
    ("I trust that the Government of Togo will release the detained fishermen soon.", "TGO"),
])
def test_a_hope_that_another_acts_is_a_request(ex, text, target):
    acts = _acts(ex, text)
    assert ("REQUEST", ["GHA"], [target]) in acts, acts


@pytest.mark.parametrize("text", [
    "We hope that the United Nations will be more efficient in the coming decade.", # a state
    "We hope that our new laws will inspire our neighbours.",                      # no one named
    "We hope that Belarus will be punished for the raids.",                        # a passive
    "Belarus hopes that Togo will pay its debts.",                                 # not the speaker
    "We had hoped that Belarus would sign the accord.",                            # a past hope
])
def test_other_hopes_are_no_request(ex, text):
    assert not any(a[0] == "REQUEST" for a in _acts(ex, text)), _acts(ex, text)


# -- a hope said with a noun or adjective: "it is our hope that X will ..." -----------------

@pytest.mark.parametrize("text, asked", [
    ("It is our fervent hope that Azerbaijan will reopen the mountain road to trucks of food.", "AZE"),
    ("Our hope is that Colombia will resume the talks with the rebels before the rains.", "COL"),
    ("We are hopeful that Kenya will ratify the new fisheries treaty this winter.", "KEN"),
])
def test_a_hope_said_with_a_noun_asks_the_one_it_hopes_acts(ex, text, asked):
    assert ("REQUEST", ["GHA"], [asked]) in _acts(ex, text), _acts(ex, text)


@pytest.mark.parametrize("text", [
    "It is our hope that the harvest will recover after the drought.",   # no actor hoped to act
    "It is their hope that Kenya will ratify the treaty.",   # not the speaker's hope
])
def test_no_request_from_a_hope_about_a_thing_or_of_others(ex, text):
    assert not [a for a in _acts(ex, text) if a[0] == "REQUEST"], _acts(ex, text)


# -- saying to someone what to do: a request of them ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("I say to the Government of France: return the bronzes to their owners.", "FRA"),
    ("We say to Belgium not to forget the lessons of its history.", "BEL"),
    ("Our call to Portugal is simple: open the archives of the colonial era.", "PRT"),
])
def test_saying_to_someone_what_to_do_is_a_request(ex, text, want):
    acts = _acts(ex, text)
    assert ("REQUEST", ["GHA"], [want]) in acts, acts


# -- the addressee fronted: "To X, I say: <imperative>" is a request of X ----------------------

@pytest.mark.parametrize("text, want", [
    ("To our partners in the European Union, I say: keep your promises.", "European Union"),
    ("To the Government of France, I say: return the bronzes.", "FRA"),
    ("To Russia, we say: end this war.", "RUS"),
])
def test_a_fronted_addressee_of_saying_is_asked(ex, text, want):
    acts = _acts(ex, text)
    assert ("REQUEST", ["GHA"], [want]) in acts, acts


def test_a_fronted_adverbial_leaves_the_addressee_after_the_verb(ex):
    # ("to that end" is no one spoken to: the one asked is still the "to" after the verb)
    acts = _acts(ex, "To that end we say to Togo: open the border.")
    assert ("REQUEST", ["GHA"], ["TGO"]) in acts, acts


# -- "it is imperative / essential that X <act>": a demand on X -------------------------------

@pytest.mark.parametrize("text, want", [
    ("It is imperative that Russia withdraw its troops from Ukraine.", "RUS"),
    ("It is essential that Israel lift the blockade of Gaza.", "ISR"),
])
def test_a_necessity_that_someone_act_is_a_request(ex, text, want):
    acts = _acts(ex, text)
    assert ("REQUEST", ["GHA"], [want]) in acts, acts


@pytest.mark.parametrize("text", [
    "It is crucial that we work together on migration.",
    "It is not necessary that Togo apologize for the incident.",
])
def test_no_request_of_ourselves_nor_when_the_need_is_denied(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "REQUEST"], acts


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


# -- the members an addressee's phrase singles out are addressed too -------------------------------

@pytest.mark.parametrize("text, want", [
    ("We call on the international community, and especially Norway, to fund the new clinics.",
     {"international community", "NOR"}),
    ("We thank the European Union, notably Portugal, for the new ferries.", {"European Union", "PRT"}),
])
def test_a_member_singled_out_beside_the_addressee_is_addressed(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[1] == ["GHA"] and want <= set(a[2]) for a in acts), acts


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


# -- "X has to / needs to <verb>" is a demand on X only when the verb is an act one asks of
#       another (stop, withdraw, comply ...), not when it tells what X goes through.

@pytest.mark.parametrize("text", [
    "Haiti has to cope with gang violence that has displaced whole neighbourhoods.",
    "Sudan needs to feed millions of people who fled the fighting.",
    "Tuvalu has to live with the rising sea every single day.",
])
def test_having_to_bear_something_is_no_demand(ex, text):
    out = code(ex, "Norway", text)
    assert not [a for a in acts(out) if a[0] == "REQUEST"], acts(out)


def test_having_to_defend_oneself_keeps_the_attack(ex):
    out = code(ex, "Norway", "Ukraine has to defend itself against Russian attacks on its power stations.")
    assert not [a for a in acts(out) if a[0] == "REQUEST"], acts(out)
    assert any(t == "ASSAULT" and "RUS" in s for t, s, _ in acts(out)), acts(out)


@pytest.mark.parametrize("text, target", [
    ("Armenia has to withdraw its soldiers from the border villages.", "ARM"),
    ("Venezuela needs to release the opposition leaders it detained last spring.", "VEN"),
    ("Iran must comply with its safeguards obligations.", "IRN"),
])
def test_having_to_do_a_demandable_act_is_a_demand(ex, text, target):
    out = code(ex, "Norway", text)
    assert any(t == "REQUEST" and "NOR" in s and target in g for t, s, g in acts(out)), acts(out)


# -- one accusation per happening judged ------------------------------------------------

def test_calling_an_attack_a_crime_is_no_call_on_anyone(extractor):
    # V X Y ("called the attack ... a crime"): the "on" of the attack's phrase is no "call on"
    out = statement(extractor, "Ghana called the attack by Sudan on the port a crime.", None)
    assert "REQUEST" not in [e["type"] for e in out["events"]]
    out = statement(extractor, "We call on all parties to exercise restraint.", "Ghana")
    assert [e["type"] for e in out["events"]] == ["REQUEST"]


# -- "we reiterate our demand that X ...": X is asked, not the place the clause names -------

@pytest.mark.parametrize("text, asked", [
    ("We reiterate our demand that Belarus release the fishermen held near Lithuania.", "BLR"),
    ("We renew our call that Serbia withdraw its police units from the Kosovo border villages.", "SRB"),
    ("Once more we restate our demand that Venezuela free the detained opposition mayors.", "VEN"),
])
def test_the_subject_of_a_demands_that_clause_is_asked(ex, text, asked):
    acts = [a for a in _acts(ex, text) if a[0] == "REQUEST" and a[1] == ["GHA"]]
    assert acts and all(a[2] == [asked] for a in acts), _acts(ex, text)
