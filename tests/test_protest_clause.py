"""A protest told with a content clause, what the protester says is wrong, is a complaint
(ACCUSE, CAMEO 114, as PETRARCH-2 codes a verbal protest) aimed at the clause's subject; a crowd
that protests in a place or against something still demonstrates (PROTEST).  Pattern flag
"!clause" (events/patterns.py).  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source, target", [
    ("Peru protested that Chilean trawlers had entered its waters.", "PER", "CHL"),
    ("Bolivia is blocking our exports, Paraguay protested on Monday.", "PRY", "BOL"),
])
def test_a_protest_that_says_what_is_wrong_is_a_complaint(extractor, text, source, target):
    # (the act complained of may be an event of its own)
    got = _coded(extractor, text)
    assert ("114", [source], [target]) in got and not any(code.startswith("14") for code, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Thousands protested in Lima against the new mining law.",
    "Farmers protested outside the parliament in Asuncion.",
])
def test_a_crowd_that_protests_still_demonstrates(extractor, text):
    got = _coded(extractor, text)
    assert got and all(code.startswith("14") for code, _, _ in got), got



@pytest.mark.parametrize("text", [
    "Thousands of students protested that the election had been rigged.",
    "Hundreds of villagers protested that soldiers had burned their homes.",
    "Demonstrators protested that the police had beaten them.",
])
def test_a_crowd_that_says_what_is_wrong_still_demonstrates(extractor, text):
    # the crowd pattern comes before the complaint, which has as many constraints
    got = _coded(extractor, text)
    assert any(code == "141" for code, _, _ in got) and not any(code == "114" for code, _, _ in got), got


def test_the_clause_flag_is_read():
    from communique.events.patterns import parse_pattern

    p = parse_pattern("protest !clause", pid="t:1", type_="ACCUSE", mode=None, cameo="114", pos="V")
    q = parse_pattern("protest", pid="t:2", type_="PROTEST", mode=None, cameo="140", pos="V")
    assert p.needs_clause and not q.needs_clause and p.specificity > q.specificity
