"""An act told in a clause that describes a noun (a relative clause, a reduced relative) keeps
its PLOVER type but has no CAMEO code: PETRARCH-2 codes a sentence's clauses, not the clauses
of its noun phrases (events/background.py describes_noun)."""

import pytest


def _events(extractor, text):
    doc = extractor.extract_text(text, published="2021-06-02")
    return doc, {e.type: e for e in doc.events}


@pytest.mark.parametrize("text, main, described", [
    # a relative clause on the object
    ("The European Union imposed new sanctions on Belarus, which it accuses of rigging last "
     "year's election.", "COERCE", "ACCUSE"),
    ("Kenyan police arrested five gunmen who had attacked a bus near Garissa.", "COERCE", "ASSAULT"),
    # a reduced relative
    ("Chile rejected a truce forced on Peru by Bolivia.", "REJECT", "COERCE"),
    # a reduced relative on the subject that the parser takes for the main verb
    ("The journalist detained by Egyptian police for reporting was released by a court on Monday.",
     "RETREAT", "COERCE"),
])
def test_an_act_describing_a_noun_has_no_cameo_code(extractor, text, main, described):
    doc, by_type = _events(extractor, text)
    assert by_type[main].cameo, by_type
    assert described in by_type, by_type   # still a PLOVER event, with its sides
    assert by_type[described].cameo is None
    assert "background" in by_type[described].fields


def test_an_act_in_a_temporal_clause_keeps_its_code(extractor):
    doc = extractor.extract_text("Israel bombarded targets in Gaza after militants fired rockets at "
                                 "southern Israel.", published="2021-06-02")
    assert [e.cameo[:2] for e in doc.events if e.type == "ASSAULT"] == ["19", "19"]


def test_a_predicate_misread_as_a_modifier_of_the_root_keeps_its_code(extractor):
    # the parser makes "delegations" the root and "held" its modifier: still the news
    doc = extractor.extract_text("The Kenyan and Somali delegations held on Monday evening, 4 May 2020, "
                                 "a long meeting in Addis Ababa.", published="2020-05-05")
    assert [e.cameo[:2] for e in doc.events if e.type == "CONSULT"] == ["04"]
