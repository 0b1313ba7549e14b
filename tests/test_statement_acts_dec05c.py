"""Statement acts fixed on 2026-12-05 (issue 14, helper stmt9): a stance promised to the one
spoken to ("I assure you of our support", "rest assured, Madam Chair, of ..."), and a title said
to someone ("we congratulate Your Excellency on ...") standing for "you".

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts as _acts

_PGA = "President of the UN General Assembly"


# -- "assure X of our support": SUPPORT from the noun's owner to the one assured -------------

@pytest.mark.parametrize("text, issuer", [
    ("Rest assured, Madam President, of our steady support throughout this long autumn.", "Ghana"),
    ("Madam President, rest assured of the unwavering support of my delegation in your work.", "Ghana"),
    ("Mr. President, I assure you of my country's firm solidarity during the coming months.", "Ghana"),
    ("Rest assured, Mr. President, of Cyprus’ loyal support for the tasks of your office.", "Cyprus"),
])
def test_a_stance_assured_to_the_one_spoken_to_is_given_to_them(ex, text, issuer):
    acts = _acts(ex, text, issuer)
    own = {"Ghana": "GHA", "Cyprus": "CYP"}[issuer]
    assert any(a[0] == "SUPPORT" and a[1] == [own] and _PGA in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    # assured of a thing, not of a stance: no act
    "The engineers assured the villagers of the safety of the rebuilt bridge.",
    # not assured: "rest" and "of" with no promise
    "The rest of our support will reach the coastal towns in spring.",
])
def test_no_stance_assured_is_no_support(ex, text):
    assert not [a for a in _acts(ex, text) if a[0] == "SUPPORT"], _acts(ex, text)


# -- "Your Excellency" as an object: "you" --------------------------------------------------

def test_your_excellency_congratulated_is_the_one_spoken_to(ex):
    # (no one named as spoken to: "you" names no actor, and neither does the title)
    acts = _acts(ex, "Allow me to congratulate Your Excellency on your recent election to lead this body.")
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] for a in acts), acts
    assert not any("Excellency" in t for a in acts for t in a[2]), acts


# -- "the Government of X, which we thank, ...": X's government, not the speaker's ----------

def test_a_clause_set_off_with_we_does_not_make_a_named_government_the_issuer(ex):
    acts = _acts(ex, "The Government of Chile, which we thank, hosted the fisheries talks in May.")
    assert any(a[0] == "CONSULT" and a[1] == ["CHL"] for a in acts), acts
    assert ("SUPPORT", ["GHA"], ["CHL"]) in acts, acts


def test_the_government_i_lead_is_still_the_issuer(ex):
    acts = _acts(ex, "The Government I lead condemns the raid on the rural clinic near the river.")
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] for a in acts), acts


# -- "we reiterate our demand that X ...": X is asked, not the place the clause names -------

@pytest.mark.parametrize("text, asked", [
    ("We reiterate our demand that Belarus release the fishermen held near Lithuania.", "BLR"),
    ("We renew our call that Serbia withdraw its police units from the Kosovo border villages.", "SRB"),
    ("Once more we restate our demand that Venezuela free the detained opposition mayors.", "VEN"),
])
def test_the_subject_of_a_demands_that_clause_is_asked(ex, text, asked):
    acts = [a for a in _acts(ex, text) if a[0] == "REQUEST" and a[1] == ["GHA"]]
    assert acts and all(a[2] == [asked] for a in acts), _acts(ex, text)



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


# -- "by force": how, not by whom ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We will never accept any redrawing of frontiers by force in our region.",
    "We reject the seizure of the river islands by force.",
])
def test_by_force_names_no_one_rejected(ex, text):
    acts = [a for a in _acts(ex, text) if a[0] == "REJECT"]
    assert acts and not any(t for a in acts for t in a[2]), _acts(ex, text)


def test_a_force_named_by_its_determiner_is_still_a_doer(ex):
    acts = _acts(ex, "We condemn the shelling of the hospital by the Russian armed forces.")
    assert ("ACCUSE", ["GHA"], ["RUS"]) in acts, acts


# -- "the outgoing envoy, Mr. X,": the name the parser hung on the verb -------------------

@pytest.mark.parametrize("text, name", [
    ("We pay warm tribute to the outgoing envoy, Mr. Ravi Menon, for his patient guidance.", "Ravi Menon"),
    ("We pay tribute to the outgoing President, Mr. Pedro Alvarez, for his able stewardship.", "Pedro Alvarez"),
])
def test_a_name_set_off_after_a_title_is_the_one_meant(ex, text, name):
    acts = _acts(ex, text, target=lambda a: a["name"])
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and name in a[2] for a in acts), acts
