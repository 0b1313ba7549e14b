"""Warnings a statement gives (THREATEN): an act that "will meet a response", a response
announced to any hostile act, self-defence announced, force as the purpose of measures
under "will", "X must know that we will respond", "we will not stand idly by", reserving a
response with force; and what warns no one (a response to questions, the right of reply,
measures of another aim, silence told of the past).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts
from sentence_support import events_of_type as _events_of, ga_statement as _statement, named_acts as _events


# -- an act that "will meet / receive / face a response": the issuer warns its doer -------------

@pytest.mark.parametrize("text, want", [
    ("Any aggression by Togo will receive a decisive response.", "TGO"),
    ("Any incursion by Burkina Faso will meet a firm response.", "BFA"),
    ("Any provocation by Benin will draw a swift response.", "BEN"),
])
def test_an_act_that_will_meet_a_response_is_warned_of(ex, text, want):
    acts = _acts(ex, text)
    assert ("THREATEN", ["GHA"], [want]) in acts, acts


def test_a_response_received_by_an_actor_is_no_warning(ex):
    acts = _acts(ex, "Togo will receive a response from the Commission next week.")
    assert not [a for a in acts if a[0] == "THREATEN"], acts


# -- a response announced to any hostile act that may come is a warning --------------------------

def test_a_response_to_any_hostile_act_is_a_warning(ex):
    acts = _acts(ex, "We will respond to any aggression by Togo.")
    assert ("THREATEN", ["GHA"], ["TGO"]) in acts, acts


def test_a_response_to_questions_is_no_warning(ex):
    acts = _acts(ex, "We will respond to any questions from the press.")
    assert not any(a[0] == "THREATEN" for a in acts), acts


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


# --- the right of reply is no warning; a response with force still is --------------------

def test_reserving_the_right_of_reply_is_no_threat(extractor):
    for text in ("The delegation of Chile reserves the right to reply at a later meeting.",
                 "Mr. President, my delegation reserves its right of reply.",
                 "Our Government reserves the right to answer in writing."):
        out = _statement(extractor, "Chile", text)
        assert not _events_of(out, "THREATEN"), (text, _events(out))


def test_reserving_a_response_with_force_or_at_someone_is_a_threat(extractor):
    for text in ("Our Government reserves the right to respond militarily.",
                 "Chile reserves the right to respond to any incursion by Bolivia.",
                 "Chile reserves the right to reply in a manner of its own choosing."):
        out = _statement(extractor, "Chile", text)
        assert _events_of(out, "THREATEN"), (text, _events(out))
