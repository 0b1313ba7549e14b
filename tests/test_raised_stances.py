"""A stance raised or taken up again: "we have stepped up / increased our support to X" is the
support noun's act (stances.toml raising_verbs, events/raised_stances.py), told as done and
owned; "we resumed / restarted cooperation with X" is cooperation kept up (word_classes.toml
keeping_up). Said as an aim ("we must step up ...", "it is critical that X increase ..."), with a
doer that is no actor, or on a noun no one owns, none of it is an act.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import coded, statement_acts as _acts


@pytest.mark.parametrize("text, kind, partner", [
    ("We have stepped up our support to Burkina Faso since the floods.", "SUPPORT", "BFA"),
    ("Last year Ghana increased its support for the people of Haiti.", "SUPPORT", "HTI"),
    ("We are increasing our support to the people of Malawi after the cyclone.", "SUPPORT", "MWI"),
    ("We stepped up our help to Chad and boosted our support for Niger.", "SUPPORT", "NER"),
])
def test_a_stance_raised_as_done_is_the_stance(ex, text, kind, partner):
    acts = _acts(ex, text)
    assert any(a[0] == kind and a[1] == ["GHA"] and partner in a[2] for a in acts), acts


@pytest.mark.parametrize("text, partner", [
    ("We recently resumed cooperation with Togo against the smuggling of fuel.", "TGO"),
    ("Ghana has restarted its partnership with Liberia on fisheries.", "LBR"),
])
def test_cooperation_taken_up_again_is_cooperation(ex, text, partner):
    acts = _acts(ex, text)
    assert any(a[0] == "COOPERATE" and a[1] == ["GHA"] and partner in a[2] for a in acts), acts


def _raised_stances(ex, text: str, verb: str) -> list:
    """The SUPPORT / ACCUSE events of ``text`` (a statement of Ghana) read on the word ``verb``, by
    anyone: a guard must catch one with no source or another's as well as the speaker's."""
    acts = _acts(ex, text, event=True)
    return [a[:3] for a in acts if a[0] in ("SUPPORT", "ACCUSE")
            and verb in {text[w["start"]:w["end"]].lower() for w in a[3]["field_evidence"]["type"]}]


@pytest.mark.parametrize("text, verb", [
    # an aim, not a report
    ("We must step up our support to Burkina Faso.", "step"),
    ("We intend to increase our support for the people of Haiti.", "increase"),
    ("It is vital that the donors increase their support for Haiti.", "increase"),
    ("It is vital that Japan increase its support for the people of Haiti.", "increase"),
    # a doer that is no actor
    ("The floods have deepened our concern for the people of Malawi.", "deepened"),
    # a noun no one owns: a general aim
    ("The pandemic has shown that we have strengthened solidarity among nations.", "strengthened"),
])
def test_a_stance_raised_as_an_aim_or_by_no_one_is_none(ex, text, verb):
    assert not _raised_stances(ex, text, verb), _acts(ex, text)


@pytest.mark.parametrize("text, verb", [
    # F1: "scale back / down", "step back" cut what "step up / scale up" raise
    ("We have scaled back our support to the mission in Mali after the coup.", "scaled"),
    ("Since 2022 we have scaled down our support for the transitional authorities of Chad.", "scaled"),
    ("Last year Ghana stepped back its support for the armed forces of Guinea.", "stepped"),
])
def test_a_stance_cut_back_is_no_support(ex, text, verb):
    assert not _raised_stances(ex, text, verb), _acts(ex, text)


@pytest.mark.parametrize("text, verb", [
    # F3: negated, asked or wished, a raising tells no act
    ("We have not increased our support to Chad this year.", "increased"),
    ("We have never increased our support to any armed group.", "increased"),
    ("Have we increased our support to the people of Haiti as we promised?", "increased"),
    ("We wish we had increased our support to the people of Gaza sooner.", "increased"),
])
def test_a_raising_negated_asked_or_wished_is_none(ex, text, verb):
    assert not _raised_stances(ex, text, verb), _acts(ex, text)


@pytest.mark.parametrize("text", [
    # F2: a public's opinion, and a support for no actor, are no political act
    "Polls show voters have increased their support for the opposition ahead of the vote.",
    "The central bank stepped up its support for the currency on Monday.",
])
def test_a_public_or_a_thing_raised_for_is_no_support_in_news(ex, text):
    _, events = coded(ex, text)
    assert not [e for e in events if e["type"] == "SUPPORT"], events


@pytest.mark.parametrize("text, partner", [
    ("Ghana scaled up its support to the people of Togo after the floods.", "TGO"),
    ("The Netherlands has increased its support for Ukraine, the foreign ministry said.", "UKR"),
])
def test_a_raising_particle_and_an_actor_partner_keep_the_support(ex, text, partner):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and partner in a[2] for a in acts), acts


def test_cooperation_stepped_up_is_support_and_scaled_back_none(ex):
    up = [e for e in coded(ex, "India stepped up its cooperation with Japan on maritime security.")[1]
          if e["type"] == "SUPPORT"]
    back = [e for e in coded(ex, "India scaled back its cooperation with Japan on maritime security.")[1]
            if e["type"] == "SUPPORT"]
    assert up and not back, (up, back)
