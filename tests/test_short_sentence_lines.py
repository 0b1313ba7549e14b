"""Short sentences one to a line are a body to code, not a headline with its letterhead."""

from __future__ import annotations

LINES = ("Ruritania will send weapons to Freedonia.\n"
         "Norway condemned the attack on the convoy.\n"
         "Chile thanked Peru for its help.\n"
         "Kenya called on Uganda to reopen the border.\n")


def test_every_line_of_short_sentences_is_coded(extractor):
    doc = extractor.extract_text(LINES)
    assert doc.title is None
    assert [s.name for s in doc.sections] == ["body"]
    told = {doc.text[e.evidence.start:e.evidence.end].split()[0] for e in doc.events}
    assert {"Norway", "Chile", "Kenya"} <= told


def test_a_headline_over_a_letterhead_stays_a_headline(extractor):
    doc = extractor.extract_text(
        "Ministry of Foreign Affairs of Ruritania\n"
        "Minister meets envoy in Geneva\n"
        "Geneva, 12 March 2024\n"
        "The Minister met the envoy of the United Nations on Monday and discussed the "
        "humanitarian situation along the border and the stalled talks on prisoners.\n")
    assert doc.title == "Minister meets envoy in Geneva"


def test_a_headline_and_standfirst_over_prose_stay_head_lines(extractor):
    doc = extractor.extract_text(
        "Talks resume in Geneva\n"
        "Both delegations arrived on Sunday.\n"
        "The delegations of Ruritania and Freedonia met in Geneva on Monday and agreed to "
        "continue the talks on the exchange of prisoners next month, the mediator said.\n")
    assert doc.title == "Talks resume in Geneva"
