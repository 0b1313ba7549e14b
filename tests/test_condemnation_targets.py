"""Whom a condemnation, rejection or judgement of a statement is aimed at: the doer of the
thing judged, named by "by", "of", a possessive or the thing's own clause, not its victim
nor its place; a judgement said by a noun ("is a violation of the Charter") or an adjective
("is illegal"); "we do not tolerate X", "we stand against X", a feeling about a deed; "by
force" says how, not by whom.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts
from sentence_support import country_or_name_acts as acts, ga79_statement as code, has_act as _has
from sentence_support import statement_events as _events


# -- what a rejection does not reject: the place and victim its thing names -----------------

@pytest.mark.parametrize("text", [
    "We reject any outside interference in Libya's internal affairs.",
    "We reject the war in Sudan and its toll on the civilians.",
])
def test_a_rejected_acts_victim_or_place_is_not_rejected(ex, text):
    acts = [a for a in _acts(ex, text) if a[0] == "REJECT"]
    assert acts and all(a[1] == ["GHA"] and not a[2] for a in acts), acts


@pytest.mark.parametrize("text, target", [
    ("We oppose the sanctions imposed on Cuba by the United States.", "USA"),
    ("We reject the annexation of Crimea by Russia.", "RUS"),
    ("We reject the claims of Belarus over our islands.", "BLR"),
])
def test_a_rejected_acts_doer_is_rejected(ex, text, target):
    acts = [a for a in _acts(ex, text) if a[0] == "REJECT"]
    assert acts and any(a[1] == ["GHA"] and a[2] == [target] for a in acts), acts


# -- the owner of the thing a pattern's object word modifies --------------------------------

def test_a_modifier_matched_as_the_object_leads_to_the_owner_of_its_head(ex):
    acts = _acts(ex, "We reject the Israeli settlement policy in the occupied territories.")
    assert ("REJECT", ["GHA"], ["ISR"]) in acts, acts


# -- "X's war against Y, which we condemn": the relative word stands for the act -------------

@pytest.mark.parametrize("text, doer, victim", [
    ("Russia's brutal war against Ukraine, which we condemn, has caused immense suffering.", "RUS", "UKR"),
    ("The aggression of Azerbaijan against Armenia, which Ghana deplores, must end.", "AZE", "ARM"),
])
def test_a_condemnation_in_a_relative_clause_on_an_act_accuses_its_doer(ex, text, doer, victim):
    acts = _acts(ex, text)
    deplored = [a for a in acts if a[0] == "ACCUSE" and a[1] == ["GHA"]]
    assert deplored and all(victim not in a[2] for a in deplored), acts
    assert any(doer in a[2] for a in deplored), acts


# -- the statement's act names its other party elsewhere in its clause -------------------------

@pytest.mark.parametrize("text", [
    "Ghana denounces that unjust decision, which shows that the Security Council ignores the voice of Africa.",
    "We deplore the paralysis that has prevented the Security Council from acting.",
])
def test_a_deplored_thing_whose_clause_names_its_author_accuses_it(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] and any("Security Council" in t for t in a[2]) for a in acts), acts


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


# -- two speech-act verbs sharing one object: "we condemn and reject X" ----------------------------

@pytest.mark.parametrize("text, want", [
    ("We condemn and reject the aggression of Israel.", "ISR"),
    ("We strongly condemn and firmly reject the attacks by Eritrea.", "ERI"),
])
def test_a_speech_act_verb_shares_the_object_of_the_next(ex, text, want):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [want]) in acts and ("REJECT", ["GHA"], [want]) in acts, acts


# -- "we do not condone / tolerate X": a rejection (a refusal for the future warns) ---------------

@pytest.mark.parametrize("text, kind", [
    ("We do not condone the shelling of Goma.", "REJECT"),
    ("Ghana does not tolerate any interference in the elections of Malawi.", "REJECT"),
    ("We will not tolerate any incursion by Burundi.", "THREATEN"),
])
def test_not_condoning_or_tolerating_is_a_rejection(ex, text, kind):
    acts = _acts(ex, text)
    assert any(a[0] == kind and a[1] == ["GHA"] for a in acts), acts


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


# -- non-speech acts of a statement: aid dispatched, talks facilitated, work done together -------

def test_disapproving_of_a_thing_accuses_its_owner(ex):
    acts = _acts(ex, "We strongly disapprove of the decision by Burkina Faso to expel the envoy.")
    assert _has(acts, "ACCUSE", "BFA"), acts


# -- "His Majesty's Government" in a kingdom's own statement ------------------------------------

@pytest.mark.parametrize("issuer, code, text, want", [
    ("Chad", "TCD", "Chad denounces that unjust decision of the Council.", "Security Council"),
    ("Cuba", "CUB", "Cuba denounces that blockade, which is the longest in history, imposed by the United States.",
     "USA"),
])
def test_a_thing_denounced_with_a_demonstrative_after_a_misread_verb(ex, issuer, code, text, want):
    acts = _acts(ex, text, issuer)
    assert any(a[0] == "ACCUSE" and a[1] == [code] and any(want in x for x in a[2]) for a in acts), acts


# -- an act coordinated with a condemnation is an act of its own: the condemnation does not
# take its target ("condemn the war in X and call for Y to withdraw from X" accused X)

@pytest.mark.parametrize("text", [
    "We condemn the war in Ukraine and call for Russia to withdraw its troops from Ukraine.",
    "Ghana still firmly condemns the war in Ukraine and joins many nations in calling for "
    "Russia to withdraw from Ukrainian soil.",
])
def test_a_condemnation_takes_no_target_from_a_coordinated_call(ex, text):
    evs = _events(ex, text)
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and all("UKR" not in e["tgt"] for e in acc), evs
    # (the call is coded as the request of Russia it is, or its content as Russia's act)
    assert any((e["type"] == "RETREAT" and e["src"] == ["RUS"]) or (e["type"] == "REQUEST" and e["tgt"] == ["RUS"])
               for e in evs), evs


# -- the one a wrong is done to is no one accused ------------------------------------------
# ("alarmed at the treatment of X's refugees", "the denial of X's people's right" accused X)

@pytest.mark.parametrize("text, issuer, victim", [
    ("We are alarmed at the cruel treatment of Haitian migrants who cross the desert in search "
     "of work.", "Belize", "HTI"),
    ("It is regrettable that the long denial of the Sahrawi people's right to "
     "self-determination persists.", "Lesotho", "ESH"),
])
def test_the_one_wronged_is_not_accused(ex, text, issuer, victim):
    evs = _events(ex, text, issuer=issuer)
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and all(victim not in e["tgt"] for e in acc), acc


def test_the_doer_of_a_wrong_is_still_accused(ex):
    evs = _events(ex, "We condemn the treatment of prisoners by the Russian army.")
    assert any(e["type"] == "ACCUSE" and "RUS" in e["tgt"] for e in evs), evs


# -- a hostile act named as the subject is done by its owner, not by the victim it names ------
# ("Russia's war of aggression against Ukraine threatens ..." made Ukraine the threatener)

@pytest.mark.parametrize("text, issuer", [
    ("Just across our border, Russia's brutal war of aggression against Ukraine threatens the "
     "security of our whole region.", "Moldova"),
    ("Russia is trying to redraw borders with tanks. Its war of aggression against Ukraine has "
     "destroyed the trust of a generation.", "Austria"),
])
def test_an_act_noun_subject_is_done_by_its_owner(ex, text, issuer):
    evs = _events(ex, text, issuer=issuer)
    assert all("UKR" not in e["src"] for e in evs), evs
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and all(e["tgt"] == ["RUS"] for e in acc), acc


# -- A feeling with a "that" clause ("we are shocked that X ...") blames X only when X is an
#       actor; a clause about a flood or an earthquake blames no one.

@pytest.mark.parametrize("text", [
    "We are shocked that the earthquake killed thousands of people in the mountain villages.",
    "We are dismayed that the floods swept away entire villages along the river.",
    "We are alarmed that the drought has spread across the Horn of Africa.",
])
def test_a_feeling_about_a_natural_disaster_accuses_no_one(ex, text):
    out = code(ex, "Norway", text)
    assert not [a for a in acts(out) if a[0] == "ACCUSE"], acts(out)


@pytest.mark.parametrize("text, target", [
    ("We are appalled that the militia burned the villages of the valley.", "militia"),
    ("We are dismayed that the Government of Chad has closed the border crossings.", "TCD"),
])
def test_a_feeling_about_an_actors_deed_accuses_the_actor(ex, text, target):
    out = code(ex, "Norway", text)
    assert any(t == "ACCUSE" and "NOR" in s and target in g for t, s, g in acts(out)), acts(out)


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
