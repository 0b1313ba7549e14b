"""The main event of a release (``main`` in the output) is one the release says took place."""

from __future__ import annotations

from communique.events.main_event import mark_main


def test_a_negated_act_is_never_the_main_event(extractor):
    doc = extractor.extract_text(
        "KABUL, Afghanistan (March 3, 2011) An Afghan and coalition security force detained "
        "two suspected insurgents in Kandahar province today. The force conducted the "
        "operation without firing their weapons, and no civilians were injured.",
        published="2011-03-03")
    events = {(e.type, e.negated) for e in doc.events}
    assert ("COERCE", False) in events
    # Even when the coder is more confident of the act that did not happen, it is not the news.
    for e in doc.events:
        if e.negated:
            e.confidence = 0.99
    mark_main(doc)
    main = next((e for e in doc.events if e.main), None)
    assert main is not None and main.type == "COERCE" and not main.negated


def test_negation_without_not_marks_the_act_negated(extractor):
    doc = extractor.extract_text(
        "The force conducted the operation without firing their weapons. "
        "No soldiers attacked the village. The army attacked the town after no agreement "
        "was reached.", published="2011-03-03")
    def negated(start: str) -> bool | None:
        found = [e.negated for e in doc.events
                 if e.type == "ASSAULT" and e.evidence.text.startswith(start)]
        return found[0] if found else None

    assert negated("The force conducted the operation") is True
    assert negated("No soldiers attacked") is True
    # "no" in a clause of its own does not negate the attack it follows
    assert negated("The army attacked the town") is False
