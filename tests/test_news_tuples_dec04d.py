"""Issue 13, a coder that generalizes (fourth set of the day): constructions of news sentences
read by their class, on made-up sentences.

* A doer telling its own attack ("the army said it had shelled ...", "Chile said its air
  force bombed ...") also claims it: CAMEO 015 (acknowledge or claim responsibility), an event
  with a CAMEO code and no PLOVER type, never the main event (events/own_claims.py).  A future
  attack so told stays a threat (138), and another's attack told stays an allegation (112).
  So is "X claimed (took) responsibility for the attack on Y", whose doer X is (word classes
  ``claiming_verbs``, ``answerability_verbs``; events/noun_roles.py answerable_party).
* Its twin, the doer denying its attack ("X denied that its troops had attacked Y", "the army
  denied it had shelled Y", "X denied any involvement in the bombing of Y"): CAMEO 016 (deny
  responsibility), type None, by the denier (word class ``involvement_nouns``; cues
  ``denial_verbs``).  A denial of another's act ("X denied that Z attacked Y") is no such
  denial; one not made ("did not deny") neither.
* "X pledged (vowed, promised) to attack / expel / sanction Y": a hostile act promised is
  announced, THREATEN with CAMEO's 13 code (plover.toml [intent]), not an intent to cooperate,
  AGREE 030 (word class ``promise_verbs``, events/build.py); a cooperative act promised stays
  AGREE ("pledged to release" 0353).
* "attempted (tried) to assassinate X": an assassination under a word of attempting is CAMEO's
  attempt, 185, not 186 (word class ``attempt_words``, events/triggers.py).
* "X wants (urges, asks) Y to attack Z": asking another to use force is an appeal for material
  cooperation, 021 (plover.toml content_codes.REQUEST ASSAULT); an attack under a verb below
  the appeal ("to halt its attacks", "stop shelling") is no such content (events/triggers.py).
"""

from __future__ import annotations

import pytest


def _coded(extractor, text):
    doc = extractor.extract_text(text, published="2019-09-17")
    country = {a.id: a.country for a in doc.actors}
    return [(e.cameo, [country[a] for a in e.sources], [country[a] for a in e.targets])
            for e in doc.events], doc


# --- a doer's own attack, told by the doer: a claim of responsibility --------------------

@pytest.mark.parametrize("text, src, tgt", [
    ("The Peruvian army said it had shelled positions of Chilean troops near the border.", "PER", "CHL"),
    ("Chile said its air force bombed rebel camps in Peru on Monday.", "CHL", "PER"),
    ("Bolivia claimed that it had attacked a Paraguayan patrol boat.", "BOL", "PRY"),
])
def test_a_doer_telling_its_own_attack_claims_it(extractor, text, src, tgt):
    coded, doc = _coded(extractor, text)
    assert ("015", [src], [tgt]) in coded, coded
    claim = next(e for e in doc.events if e.cameo == "015")
    assert claim.type is None and not claim.main
    assert any(e.main and e.type == "ASSAULT" for e in doc.events), coded


@pytest.mark.parametrize("text", [
    "The Peruvian army said it will shell positions of Chilean troops near the border.",
    "Bolivia said Paraguay had attacked its patrol boat.",
    "Peruvian police said they had arrested two Chilean smugglers.",
])
def test_no_claim_for_a_threat_another_s_act_or_an_arrest(extractor, text):
    coded, _ = _coded(extractor, text)
    assert not any(c == "015" for c, _, _ in coded), coded


@pytest.mark.parametrize("text", [
    "Bolivia claimed responsibility for the attack on the Chilean embassy.",
    "The Bolivian rebels took responsibility for the bombing of the Chilean embassy.",
])
def test_claiming_responsibility_for_an_attack(extractor, text):
    coded, doc = _coded(extractor, text)
    assert ("015", ["BOL"], ["CHL"]) in coded, coded
    # the attack stays a PLOVER event of its doer; its CAMEO record is the claim
    # (test_news_tuples_dec05b.py)
    country = {a.id: a.country for a in doc.actors}
    assert any(e.type == "ASSAULT" and [country[a] for a in e.sources] == ["BOL"] for e in doc.events), coded


def test_no_claim_when_responsibility_is_not_claimed(extractor):
    coded, _ = _coded(extractor, "Bolivia did not claim responsibility for the attack on the Chilean embassy.")
    assert not any(c == "015" for c, _, _ in coded), coded


@pytest.mark.parametrize("text", [
    "Togo denied that its troops had attacked the Ghanaian convoy.",
    "The Togolese army denied it had shelled Ghanaian villages.",
    "Togo denied any involvement in the bombing of the Ghanaian convoy.",
    "Togo denied responsibility for the attack on the Ghanaian convoy.",
])
def test_a_doer_denying_its_attack(extractor, text):
    coded, doc = _coded(extractor, text)
    assert ("016", ["TGO"], ["GHA"]) in coded, coded
    assert not any(e.main for e in doc.events if e.cameo == "016")


@pytest.mark.parametrize("text", [
    "Togo denied that Benin had attacked the Ghanaian convoy.",
    "Togo did not deny that its troops had attacked the Ghanaian convoy.",
])
def test_no_denial_of_responsibility(extractor, text):
    coded, _ = _coded(extractor, text)
    assert not any(c == "016" for c, _, _ in coded), coded


# --- a hostile act promised ---------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Ghana pledged to attack the rebel bases in Togo.", "138"),
    ("Ghana vowed to expel the Nigerian traders.", "131"),
])
def test_a_promised_hostile_act_is_a_threat(extractor, text, code):
    doc = extractor.extract_text(text, published="2019-09-17")
    assert [(e.type, e.cameo) for e in doc.events] == [("THREATEN", code)], doc.events


def test_a_promised_cooperative_act_stays_an_intent(extractor):
    doc = extractor.extract_text("Ghana pledged to release the Nigerian prisoners.", published="2019-09-17")
    assert [(e.type, e.cameo) for e in doc.events] == [("AGREE", "0353")], doc.events


# --- an attempted assassination ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bolivian agents attempted to assassinate the Peruvian president in Lima.",
    "Two Chilean officers tried to assassinate the Argentine ambassador.",
])
def test_an_attempted_assassination_is_185(extractor, text):
    coded, _ = _coded(extractor, text)
    assert any(c == "185" for c, _, _ in coded) and not any(c == "186" for c, _, _ in coded), coded


def test_an_assassination_told_done_stays_186(extractor):
    coded, _ = _coded(extractor, "Bolivian agents assassinated the Peruvian envoy in Lima.")
    assert any(c == "186" for c, _, _ in coded), coded


# --- an appeal to another to attack -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru wants Chile to attack the rebel bases.",
    "Ghana urged Togo to strike the rebel camps.",
    "Peru asked Chile to bomb the rebel camps.",
])
def test_asking_another_to_attack_is_021(extractor, text):
    coded, _ = _coded(extractor, text)
    assert any(c == "021" for c, _, _ in coded), coded


@pytest.mark.parametrize("text", [
    "Ghana called on Togo to halt its attacks on the rebels.",
    "Ghana demanded that Togo stop shelling the rebel camps.",
])
def test_asking_another_to_stop_attacking_is_no_appeal_for_cooperation(extractor, text):
    coded, _ = _coded(extractor, text)
    assert not any(c in ("021", "101") for c, _, _ in coded), coded
