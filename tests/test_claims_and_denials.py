"""Who tells an act and what the telling is (issue 13): a doer telling its own attack claims
it (CAMEO 015), one denying it denies responsibility (016), another's attack told is an
allegation (112), each recorded in CAMEO as the telling while the attack stays a PLOVER
event; a charge denied after the accusation leaves it made; a second telling verb is told
by the first one's subject.  Made-up sentences.
"""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id, coded, countries_of as _countries
from sentence_support import cameo_records as _cameo, cameo_sides_and_doc as _coded
from sentence_support import event_summaries as _events, news_2021 as _code


TITLE = "Statement of the Freedom Front on the clashes near Tolo"


def _tellers(ex, text: str) -> list[tuple[str, list[str]]]:
    out = contract.to_dict(ex.extract_text(text, title=TITLE, published="2025-03-02"))
    actors = actors_by_id(out)
    return [(e["type"], [actors[i]["name"] for i in e.get("claimed_by") or []]) for e in out["events"]]


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
    # (test_a_told_attack_is_recorded_in_cameo_as_its_telling)
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


# --- an attack told by a speaker: its CAMEO record is the telling (112, 015) ------------------------

@pytest.mark.parametrize("text, record", [
    ("Amnesty International said Nigerian troops shelled a village near the border with Chad.",
     ("112", ["-"], ["NGA"])),
    ("The Chilean army said it had bombed rebel camps in Peru.", ("015", ["CHL"], ["PER"])),
    ("Pakistan claimed that it had struck militant hideouts in Afghanistan.", ("015", ["PAK"], ["AFG"])),
])
def test_a_told_attack_is_recorded_in_cameo_as_its_telling(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]
    # the attack itself is still there for PLOVER, with its sides
    attack = [e for e in events if e["type"] == "ASSAULT"]
    assert len(attack) == 1 and attack[0]["cameo"] is None and attack[0]["sources"]


def test_an_attack_told_by_a_generic_speaker_keeps_its_code(extractor):
    # "officials said": no allegation, so the attack is the sentence's CAMEO record
    actors, events = coded(extractor, "Officials said Nigerian troops shelled a village in Chad.")
    assert [c for c, _, _ in _cameo(actors, events)] and all(
        c.startswith("19") for c, _, _ in _cameo(actors, events))


# --- a charge denied after the accusation: the accusation was made -------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Chile's president accused Bolivia of arming smugglers, a charge La Paz denied.", "CHL", "BOL"),
    ("Ghana accused Togo of harbouring rebels, an accusation Lome has denied.", "GHA", "TGO"),
])
def test_a_charge_denied_after_the_accusation_leaves_it_made(extractor, text, source, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "ACCUSE"]
    assert hits, _events(doc)
    assert hits[0].status != "denied", _events(doc)
    assert _countries(doc, hits[0].sources) == [source], _events(doc)
    assert _countries(doc, hits[0].targets) == [target], _events(doc)


def test_a_denial_of_the_act_itself_stays_a_denial(extractor):
    doc = _code(extractor, "Minsk denied that its troops shelled the village.")
    assert any(e.status == "denied" for e in doc.events), _events(doc)


# --- the teller of a second telling verb ("he denied X and said Y") ----------------------------------

@pytest.mark.parametrize("second_sentence, teller", [
    # the parser hangs "said" on the verb of the denied that-clause
    ("He denied that any soldiers were killed and said that the army had arrested four fighters "
     "near the river.", "Jan Berg"),
    # "said" coordinated with the first telling verb itself
    ("He denied the report and said that the army had arrested four fighters near the river.",
     "Jan Berg"),
])
def test_a_second_telling_verb_is_told_by_the_first_ones_subject(ex, second_sentence, teller):
    text = ("The army spokesman, Colonel Jan Berg, told reporters on Monday that the assault had "
            "failed. " + second_sentence)
    arrests = [who for kind, who in _tellers(ex, text) if kind == "COERCE"]
    assert arrests, _tellers(ex, text)
    assert all(who == [teller] for who in arrests), arrests


def test_a_telling_verb_with_its_own_subject_keeps_it(ex):
    text = ("The army spokesman, Colonel Jan Berg, denied the report, and the governor said that "
            "the police had detained two men near the river.")
    detentions = [who for kind, who in _tellers(ex, text) if kind == "COERCE"]
    assert detentions and all("Jan Berg" not in who for who in detentions), detentions
