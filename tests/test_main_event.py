"""The main event: exactly one event per document is marked ``main``, the act reported as news."""

from __future__ import annotations

from communique.document import Document, Event, Evidence
from communique.events.main_event import mark_main


def _event(i, start, confidence=0.7, status="asserted", negated=False, background=False):
    e = Event(id=f"e{i}", type="ASSAULT", evidence=Evidence(start, start + 5, "words"),
              confidence=confidence, status=status, negated=negated)
    if background:
        e.fields["background"] = []
    return e


def _main(events):
    doc = Document(raw="x", events=events)
    mark_main(doc)
    assert sum(e.main for e in doc.events) == 1
    return next(e.id for e in doc.events if e.main)


def test_news_before_background_before_confidence():
    assert _main([_event(1, 0, 0.9, background=True), _event(2, 40, 0.6)]) == "e2"


def test_an_act_that_took_place_before_a_denied_negated_or_intended_one():
    assert _main([_event(1, 0, 0.95, negated=True), _event(2, 30, 0.6)]) == "e2"
    assert _main([_event(1, 0, 0.95, status="intended"), _event(2, 30, 0.6, status="reported")]) == "e2"
    assert _main([_event(1, 0, 0.95, status="denied"), _event(2, 30, 0.5)]) == "e2"


def test_confidence_then_the_earlier_event():
    assert _main([_event(1, 0, 0.6), _event(2, 30, 0.8)]) == "e2"
    assert _main([_event(1, 50, 0.7), _event(2, 10, 0.7)]) == "e2"


def test_no_event_no_main():
    doc = mark_main(Document(raw="x"))
    assert doc.events == []


def test_the_output_marks_one_main_event_per_document(extractor):
    text = ("Marovian troops shelled the border town of Kessel on Tuesday, two days after "
            "rebels kidnapped a Marovian officer. The Velmoran government condemned the shelling.")
    out = extractor.extract_text(text, published="2024-03-06").to_dict()
    assert len(out["events"]) >= 2, out["events"]
    mains = [e for e in out["events"] if e["main"]]
    assert len(mains) == 1
    assert mains[0]["type"] == "ASSAULT" and "background" not in mains[0]["field_evidence"]
