"""Where an act's other side is not: a reciprocal after a preposition of company ("alongside
each other") is no target; an undertaking's infinitive whose object names a side keeps it (its
"from" phrase is what the side is kept from), and a "from" phrase naming a place is no side;
an accord owned by a third side is aimed at its owner, and an act of force on an accord assaults
no party of it.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, doers", [
    ("Spain and Italy deployed warships alongside each other.", ["ESP", "ITA"]),
    ("Chad and Niger fought beside one another.", ["NER", "TCD"]),
])
def test_a_reciprocal_companion_is_no_target(extractor, text, doers):
    got = _coded(extractor, text)
    assert got and all(sorted(s) == doers and t == [] for _, s, t in got), got


@pytest.mark.parametrize("text, source, target, absent", [
    ("Japan pledged to shield the Philippines from China.", "JPN", "PHL", "CHN"),
    ("France promised to protect Syrian civilians from Turkish strikes.", "FRA", "SYR", "TUR"),
])
def test_a_named_object_keeps_the_infinitives_side(extractor, text, source, target, absent):
    got = _coded(extractor, text)
    assert got and all(s == [source] and target in t and absent not in t for _, s, t in got), got


@pytest.mark.parametrize("text, source", [
    ("Iran agreed to release the sailors from prison.", "IRN"),
    ("Egypt promised to release the students from prison.", "EGY"),
])
def test_a_place_left_is_no_side(extractor, text, source):
    got = _coded(extractor, text)
    # (a target of no country: the place, "prison", read as a side)
    assert got and all(s == [source] and None not in t for _, s, t in got), got


def test_an_owned_accord_is_aimed_at_its_owner(extractor):
    # (the agreement itself, TUR with LBY, is an event of its own)
    got = _coded(extractor, "Greece condemned Turkey's agreement with Libya.")
    judged = [(s, t) for code, s, t in got if code.startswith("11")]
    assert judged == [(["GRC"], ["TUR"])], got


@pytest.mark.parametrize("text, party", [
    ("The senator attacked the nuclear deal with Iran.", "IRN"),
    ("Bolsonaro attacked the trade deal with Argentina.", "ARG"),
])
def test_force_on_an_accord_is_no_assault_on_its_party(extractor, text, party):
    got = _coded(extractor, text)
    assert got and all(party not in t for _, _, t in got), got


def test_the_reciprocal_preposition_file_is_read_strictly(tmp_path, monkeypatch):
    from communique.events import mutual_acts
    from communique.events.ontology import OntologyError

    bad = tmp_path / mutual_acts.DATA.name
    bad.write_text(mutual_acts.DATA.read_text(encoding="utf-8") + '\nextra_words = ["spare"]\n',
                   encoding="utf-8")
    monkeypatch.setattr(mutual_acts, "DATA", bad)
    with pytest.raises(OntologyError, match="unknown extra_words"):
        mutual_acts._target_preps.__wrapped__()
