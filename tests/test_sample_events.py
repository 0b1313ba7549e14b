"""The real sample statement, coded: one meeting, actors with evidence (issue #3)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.shared


def test_sample_meeting_is_told_once(sample_doc):
    # The statement describes its meeting several times ("the meeting discussed ...",
    # "the summit included ..."): one CONSULT event, by both movements, not another one
    # by whichever leader the parser took for the subject of "discussed".
    consults = [e for e in sample_doc.events if e.type == "CONSULT"]
    assert len(consults) == 1, [(e.sources, e.evidence.text) for e in consults]
    assert set(sample_doc.issuers) <= set(consults[0].sources)
    assert consults[0].date == "2019-12-03"


def test_sample_every_actor_has_a_mention(sample_doc):
    for a in sample_doc.actors:
        assert a.mentions, a
        for s in a.mentions:
            assert 0 <= s.start < s.end <= len(sample_doc.text)


def test_sample_event_actors_exist_and_differ(sample_doc):
    ids = {a.id for a in sample_doc.actors}
    for e in sample_doc.events:
        assert set(e.sources) <= ids and set(e.targets) <= ids
        assert not set(e.sources) & set(e.targets), e


def test_sample_no_event_from_the_title_or_date_lines(sample_doc):
    # "Joint press release issued by ..." names a document, not a release of anyone.
    outside = [s for s in sample_doc.sections if s.name in ("header", "title", "dateline", "signature")]
    assert outside
    for e in sample_doc.events:
        assert not any(s.start <= e.evidence.start < s.end for s in outside), (e.type, e.evidence.text)
