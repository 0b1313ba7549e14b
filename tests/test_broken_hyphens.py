"""A capitalised compound broken at its hyphen by a line end, the space kept in the transcript
("Secretary- General", "Guinea- Bissau"), is read as the compound: the tokenizer's "Secretary-"
had cut the sentence in two and "the Secretary- General" named no office (issue 14).

Sentences written for these tests; the office holder's name is invented.
"""

from __future__ import annotations

from coding_support import statement_acts


def _supports(ex, text, issuer="Ghana"):
    return [tgt for t, _, tgt in statement_acts(ex, text, issuer) if t == "SUPPORT"]


def test_a_broken_title_before_a_name_is_the_title(ex):
    assert ["Amara Okonkwo"] in _supports(ex, "We thank Secretary- General Amara Okonkwo for her steady hand.")


def test_a_broken_office_is_the_office(ex):
    assert any("UN Secretary-General" in t for t in
               _supports(ex, "Ghana warmly supports the Secretary- General's plan for reform of the Organization."))


def test_a_broken_country_name_stays_the_country(ex):
    # (read right before too: a guard that the split keeps the name whole)
    assert ["GNB"] in _supports(ex, "We welcome the peaceful vote held last week in Guinea- Bissau.")
