"""A description of a body or state with its name set off by commas ("the bank's lending
arm, the IDA,") is the one the name names, not a body the description mentions
(events/clause_parts.named_apposition); sentences of our own."""

from __future__ import annotations

import pytest
from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, doer", [
    ("The United Nations refugee agency, UNHCR, welcomed the arrests and urged all parties to "
     "respect the safety of aid workers.", "UNHCR"),
    ("The UN children's agency, UNICEF, condemned the attack on the school.", "UNICEF"),
    ("The World Bank's lending arm, the International Development Association, welcomed the "
     "reforms.", "International Development Association"),
])
def test_the_name_in_apposition_is_the_doer(extractor, text, doer):
    doc = extractor.extract_text(text)
    assert doc.events
    first = doc.events[0]
    assert [doc.actor(a).name for a in first.sources] == [doer], (first.type, first.evidence.text)


def test_a_description_with_no_name_keeps_the_body_it_names(extractor):
    doc = extractor.extract_text("The United Nations refugee agency welcomed the arrests.")
    [welcome] = [e for e in doc.events if e.type == "SUPPORT"]
    assert [doc.actor(a).name for a in welcome.sources] == ["United Nations"]


# -- a description of a state, its name in apposition: the name says who ------------------------

@pytest.mark.parametrize("text, want", [
    ("We condemn the occupying Power, Morocco, for its raids on the camps.", ("ACCUSE", ["GHA"], ["MAR"])),
    ("We thank the host nation, Kenya, for its warm welcome.", ("SUPPORT", ["GHA"], ["KEN"])),
])
def test_a_description_with_a_state_in_apposition_is_that_state(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


def test_a_list_of_names_is_no_apposition(ex):
    acts = _acts(ex, "We thank the Netherlands, Norway and Japan for their help.")
    assert ("SUPPORT", ["GHA"], ["NLD", "NOR", "JPN"]) in acts, acts
