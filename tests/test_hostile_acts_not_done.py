"""Hostile acts a news sentence tells as not done: promised ("vowed to expel", THREATEN 13x),
asked of another ("urged Togo to strike", 021; not "to halt its attacks"), attempted
("tried to assassinate", 185), a reprisal promised ("vowed to retaliate", 13x); and the acts
that stay what they are (a cooperative act
promised, 0353; an assassination done, 186).  Made-up sentences.
"""

from __future__ import annotations

import pytest

from coding_support import coded
from sentence_support import cameo_records as _cameo, cameo_sides_and_doc as _coded


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


# --- a promise of reprisal is a threat -----------------------------------------------------------

@pytest.mark.parametrize("text, record", [
    ("Russia vowed to retaliate against the United States.", ("138", ["RUS"], ["USA"])),
    ("Iran promised to punish Israel.", ("130", ["IRN"], ["ISR"])),
])
def test_a_promised_reprisal_is_a_threat(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]
