"""The main event: exactly one event per document is marked ``main``, the act reported as news."""

from __future__ import annotations

from communique import contract
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
    out = contract.to_dict(extractor.extract_text(text, published="2024-03-06"))
    assert len(out["events"]) >= 2, out["events"]
    mains = [e for e in out["events"] if e["main"]]
    assert len(mains) == 1
    assert mains[0]["type"] == "ASSAULT" and "background" not in mains[0]["field_evidence"]


def test_a_negated_act_is_never_the_main_event(extractor):
    doc = extractor.extract_text(
        "VARROW, Northland (March 3, 2011) Northland and allied troops detained "
        "three suspected bomb makers in Tessel province today. The troops completed the "
        "search without firing their weapons, and no bystanders were hurt.",
        published="2011-03-03")
    events = {(e.type, e.negated) for e in doc.events}
    assert ("COERCE", False) in events and any(negated for _, negated in events), events
    # Even when the coder is more confident of the act that did not happen, it is not the news.
    for e in doc.events:
        if e.negated:
            e.confidence = 0.99
    mark_main(doc)
    main = next(e for e in doc.events if e.main)
    assert main.type == "COERCE" and not main.negated


def test_negation_without_not_marks_the_act_negated(extractor):
    doc = extractor.extract_text(
        "The force completed the raid without firing their weapons. "
        "No soldiers attacked the camp. The army attacked the depot after no deal "
        "was reached.", published="2011-03-03")

    def negated(start: str) -> bool | None:
        found = [e.negated for e in doc.events
                 if e.type == "ASSAULT" and e.evidence.text.startswith(start)]
        return found[0] if found else None

    assert doc.events
    assert negated("The force completed the raid") is True
    assert negated("No soldiers attacked") is True
    # "no" in a clause of its own does not negate the attack it follows
    assert negated("The army attacked the depot") is False
