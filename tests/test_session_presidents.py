"""The President of a General Assembly session, named by the session or by the role "you" is
given: "we salute you on your selection as President of the 80th Session" (at the UN) is
support for the President of the General Assembly, not for no one or for the Assembly.

Sentences written for these tests; the offices are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts

_PGA = "President of the UN General Assembly"


@pytest.mark.parametrize("text", [
    "We congratulate you warmly on your selection as President of the eightieth session.",
    "Ghana congratulates you on your new role as President of the 80th Session.",
    "I heartily congratulate you on your appointment as President of the eightieth session of the General Assembly.",
    "My delegation congratulates you upon your selection as President of this session.",
])
def test_the_president_of_a_session_is_the_president_of_the_general_assembly(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and _PGA in a[2] for a in acts), acts


def test_a_name_that_goes_on_is_not_a_body_of_the_forum(ex):
    # "the Organization" alone is the UN at the UN; "the Organization of ..." is a name of its own
    acts = _acts(ex, "We thank the Organization of Islamic Cooperation for its help.")
    assert acts and all("United Nations" not in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    "We thank the President and wish him well in his demanding task.",
    "Ghana congratulates Your Excellency upon your assumption of the Presidency.",
    "We congratulate you upon your accession to the presidency of the General Assembly.",
])
def test_the_president_or_the_presidency_alone_is_the_one_presiding(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and _PGA in a[2] for a in acts), acts


@pytest.mark.parametrize("text, want", [
    ("We thank the President of Kenya for his visit.", "KEN"),
    # a thing of the one spoken to is no office of theirs
    ("We thank you for your devotion to the children of Haiti.", None),
])
def test_a_president_of_a_state_or_a_thing_of_yours_is_no_presiding_officer(ex, text, want):
    acts = _acts(ex, text)
    assert acts and not any(_PGA in a[2] for a in acts), acts
    if want:
        assert any(want in a[2] for a in acts), acts


def test_your_predecessor_is_the_office_unless_named(ex):
    acts = _acts(ex, "We also thank your predecessor for steering a hard year.")
    assert any(a[0] == "SUPPORT" and _PGA in a[2] for a in acts), acts
    named = _acts(ex, "We also thank your predecessor, Mr. Jan Novak, for steering a hard year.")
    assert any(a[0] == "SUPPORT" and "Jan Novak" in a[2] for a in named), named
    assert not any(_PGA in a[2] for a in named), named


def test_a_word_of_a_persons_title_other_than_its_head_is_still_the_forums_body(ex):
    # ("Assembly" in "President of the General Assembly" names the body, not the person)
    acts = _acts(ex, "We thank Mr. Jan Novak, President of the General Assembly, for his steady guidance. "
                     "We call on this Assembly to reform the Security Council.")
    assert any(a[0] == "REQUEST" and "UN General Assembly" in a[2] for a in acts), acts


def test_election_to_a_body_makes_a_member_not_the_body(ex):
    acts = _acts(ex, "We congratulate you on your election to the Council and wish you every success.")
    assert acts and not any("UN Security Council" in a[2] for a in acts if a[0] == "SUPPORT"), acts


def test_your_predecessor_is_the_predecessor_of_the_one_spoken_to(ex):
    # a sentence that speaks to another office: "your predecessor" held that office
    acts = _acts(ex, "Secretary-General, we applaud your predecessor for his quiet diplomacy.")
    assert any(a[0] == "SUPPORT" and "UN Secretary-General" in a[2] for a in acts), acts
    assert not any(_PGA in a[2] for a in acts), acts
    # spoken to the one presiding: still the presiding office
    acts = _acts(ex, "Madam President, we applaud your predecessor for his quiet diplomacy.")
    assert any(a[0] == "SUPPORT" and _PGA in a[2] for a in acts), acts


@pytest.mark.parametrize("text, want", [
    ("We count on our Organization, the United Nations, to lead the fight against hunger.", "United Nations"),
    ("We appeal to our Organization, the United Nations, to protect the refugees of the Sahel.", "United Nations"),
])
def test_a_body_named_again_by_its_possessor_resolves(ex, text, want):
    # ("our Organization, the United Nations": an apposition that names no person)
    acts = _acts(ex, text)
    assert any(want in a[2] for a in acts), acts
    assert not any(a[2] == ["GHA"] for a in acts), acts
