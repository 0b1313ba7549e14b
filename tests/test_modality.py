"""Modality of a clause: planned acts (scheduled) against expressed willingness."""

from __future__ import annotations

import pytest

from communique.events.cues import load_cues
from communique.events.modality import clause_modality


def _modality(nlp, text, word):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    return clause_modality(verb, load_cues())


@pytest.mark.parametrize("text, word", [
    ("The president is scheduled to attend a summit in Geneva.", "attend"),
    ("The minister is due to arrive in Cairo on Monday.", "arrive"),
    ("The envoy is set to visit Amman next week.", "visit"),
    ("The stopover came as the leader prepared to attend the games.", "attend"),
    ("The delegation is preparing to visit Ankara.", "visit"),
])
def test_planned_acts_are_scheduled_and_intended(nlp, text, word):
    m = _modality(nlp, text, word)
    assert m.status == "intended" and m.scheduled, (text, m)


@pytest.mark.parametrize("text, word", [
    ("Syria is prepared to meet Israel.", "meet"),
    ("The rebels want to meet the mediator.", "meet"),
    ("The two leaders will meet in Zurich.", "meet"),
])
def test_willingness_and_plain_future_are_not_schedules(nlp, text, word):
    m = _modality(nlp, text, word)
    assert m.status == "intended" and not m.scheduled, (text, m)


def test_a_scheduled_meeting_stays_a_meeting_and_a_promised_one_is_intent(extractor):
    doc = extractor.extract_text("President Obama is scheduled to attend a summit with Putin.")
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert consult and consult[0].status == "intended", [(e.type, e.cameo) for e in doc.events]
    doc = extractor.extract_text("President Obama is ready to meet Putin.")
    assert [(e.type, e.cameo) for e in doc.events] == [("AGREE", "036")]


def test_attending_an_event_abroad_is_a_visit(extractor):
    doc = extractor.extract_text("The US leader prepared to attend the Olympics in Beijing.")
    assert [(e.type, e.cameo, e.status) for e in doc.events] == [("CONSULT", "042", "intended")]
