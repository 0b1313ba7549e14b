"""Statement acts, constructions fixed on 2026-12-04, fourth round (issue 14: statements speak
for their issuer; generalisation over the constructions of diplomatic statements).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


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


# -- "X did not prevent Y from <act>": Y did it; "X prevented Y from <act>": not done ----------

def _assaults(ex, text):
    from coding_support import acts, statement
    return [(a[1], a[2], bool(a[3].get("negated"))) for a in acts(statement(ex, text), event=True)
            if a[0] == "ASSAULT"]


@pytest.mark.parametrize("text, doer, victim", [
    ("The Security Council did not prevent Russia from invading Ukraine.", "RUS", "UKR"),
    ("The mediators failed to stop Eritrea from shelling Ethiopia.", "ERI", "ETH"),
    ("Nothing prevented Azerbaijan from attacking Armenia.", "AZE", "ARM"),
])
def test_the_one_not_kept_from_an_act_does_it(ex, text, doer, victim):
    got = _assaults(ex, text)
    assert ([doer], [victim], False) in got, got


def test_the_one_kept_from_an_act_does_not_do_it(ex):
    got = _assaults(ex, "The Security Council prevented Russia from invading Ukraine.")
    assert got and all(neg for _s, _t, neg in got), got


def test_a_state_not_kept_from_invading_is_accused_by_the_issuer(ex):
    acts = _acts(ex, "The Council did not prevent Russia from invading Ukraine.")
    assert ("ACCUSE", ["GHA"], ["RUS"]) in acts, acts


# -- a thing of several owners named by "of X and Y": each one's --------------------------------

@pytest.mark.parametrize("text, want", [
    ("We are grateful for the support of Norway and Japan.", ("SUPPORT", ["GHA"], ["NOR", "JPN"])),
    ("We applaud the decision of Chile and Peru to open their markets.", ("SUPPORT", ["GHA"], ["CHL", "PER"])),
    ("We regret the decision of Mali and Niger to leave the community.", ("ACCUSE", ["GHA"], ["MLI", "NER"])),
])
def test_a_thing_of_several_owners_is_each_ones(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


# -- standing "shoulder to shoulder with" X: support ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We stand shoulder to shoulder with Ukraine.", "UKR"),
    ("Ghana will stand shoulder to shoulder with the people of Haiti.", "HTI"),
])
def test_standing_shoulder_to_shoulder_is_support(ex, text, want):
    acts = _acts(ex, text)
    assert [a for a in acts if a[0] in ("SUPPORT", "AGREE") and a[1] == ["GHA"] and a[2] == [want]], acts


# -- "any attack by X": an act that may come, not one told as done ------------------------------

@pytest.mark.parametrize("text", [
    "Any aggression by Togo will be met with a decisive response.",
    "We will respond firmly to any incursion by Burkina Faso.",
])
def test_any_act_is_no_act_done_nor_an_accusation(ex, text):
    from coding_support import acts, statement
    got = acts(statement(ex, text), event=True)
    assert not [a for a in got if a[0] == "ACCUSE"], got
    assert not [a for a in got if a[0] == "ASSAULT" and a[3]["status"] in ("asserted", "reported")], got


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


# -- "committed to <doing> X": the act kept up is told (as "continue to <do>"), not a promise ----

@pytest.mark.parametrize("text, want", [
    ("We remain committed to supporting Somalia in its fight against piracy.", ("SUPPORT", ["GHA"], ["SOM"])),
    ("We are committed to working with Nigeria on maritime security.", ("COOPERATE", ["GHA"], ["NGA"])),
])
def test_a_commitment_to_an_act_kept_up_is_that_act(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


def test_a_commitment_to_a_thing_stays_a_commitment(ex):
    acts = _acts(ex, "We remain committed to the sovereignty of Ukraine.")
    assert ("AGREE", ["GHA"], ["UKR"]) in acts, acts


# -- a thing done "by" someone: the doer is the one praised, not the one it is done to ----------

@pytest.mark.parametrize("text, want", [
    ("We welcome the lifting of the sanctions against Eritrea by the Security Council.", "UN Security Council"),
    ("We applaud the easing of the restrictions on Cuba by the United States.", "USA"),
])
def test_a_thing_done_by_someone_praises_the_doer(ex, text, want):
    acts = _acts(ex, text)
    assert [a for a in acts if a[0] == "SUPPORT" and a[1] == ["GHA"] and want in a[2]], acts
    assert not [a for a in acts if a[0] == "SUPPORT" and a[1] == ["GHA"] and set(a[2]) & {"ERI", "CUB"}], acts
