"""'hold it accountable', 'consider them responsible': the pronoun the parser makes the subject
of the adjective is the verb's object, so its antecedent is the nearest actor, not the last
subject named (events/pronouns.py).  Sentences of our own."""

from __future__ import annotations


def test_the_one_held_accountable_is_the_nearest_actor_not_the_last_subject(extractor):
    doc = extractor.extract_text(
        "Ukraine is defending its people. We could not persuade Russia to end the war. We must "
        "now hold it accountable for its crimes.")
    [blame] = [e for e in doc.events if e.type == "ACCUSE"]
    assert [doc.actor(a).name for a in blame.targets] == ["Russia"], blame.evidence.text


def test_a_subject_it_still_prefers_the_last_subject(extractor):
    doc = extractor.extract_text(
        "Russia invaded Ukraine in 2022. It has since annexed four regions of Ukraine.")
    [taken] = [e for e in doc.events if e.evidence.text.startswith("It has")]
    assert [doc.actor(a).name for a in taken.sources] == ["Russia"]
