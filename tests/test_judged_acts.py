"""Acts judged: the act condemned (welcomed, protested against) took place, and its doers
are the ones judged, also when the judging sentence only re-mentions it ("the attack").

Sentences written for these tests (real countries, invented groups and situations).
"""

from __future__ import annotations

import pytest
from coding_support import countries


def _code(extractor, text):
    return extractor.extract_text(text, published="2022-05-10")


def _names(doc, ids):
    return {doc.actor(i).name for i in ids}


@pytest.mark.parametrize("text, judge, doer", [
    ("Malian soldiers raided a village near Mopti on Monday. The opposition alliance condemned the raid.",
     "ACCUSE", "MLI"),
    ("Kenyan police arrested six smugglers in Mombasa on Tuesday. The United Nations welcomed the arrests.",
     "SUPPORT", "KEN"),
    ("Gunmen from the Sable Front fired on a convoy near Bunia. The Red Cross condemned this attack "
     "and called for calm.", "ACCUSE", "COD"),
])
def test_an_act_judged_again_takes_the_doers_told_before(extractor, text, judge, doer):
    doc = _code(extractor, text)
    second = text.split(". ")[1]
    (j,) = [e for e in doc.events if e.type == judge and e.evidence.text.startswith(second[:20])]
    assert countries(doc, j.targets) == {doer}, [(e.type, _names(doc, e.targets)) for e in doc.events]
    # the act is told once: the re-mention is no second event
    hostile = [e for e in doc.events if e.type in ("ASSAULT", "COERCE")]
    assert len(hostile) == 1, [(e.type, e.evidence.text) for e in hostile]


def test_an_act_judged_again_with_no_doer_told_leaves_the_judge_without_target(extractor):
    doc = _code(extractor, "Unknown men set fire to a school near Kananga. The Catholic Church condemned the attack.")
    judges = [e for e in doc.events if e.type == "ACCUSE"]
    assert judges and all(not e.targets for e in judges), [(e.type, _names(doc, e.targets)) for e in judges]


def test_a_judge_takes_no_doer_from_an_act_told_far_before(extractor):
    # The look-back for the act re-mentioned stops where merge.WINDOW stops (the latest 30
    # acts of the type): here the soldiers' attack lies 35 shellings back, none with a
    # doer, and the attack condemned is not theirs.  (Without the bound it took them.)
    from communique.events.merge import WINDOW
    shellings = [f"A village near Kelmora was shelled on day {i} of the siege." for i in range(WINDOW + 5)]
    text = " ".join(["Chadian soldiers attacked a convoy of herders near Bol on 2 May.", *shellings,
                     "The Red Cross condemned the attack."])
    doc = _code(extractor, text)
    (j,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert not j.targets, _names(doc, j.targets)
    # the first act was told, with its doers: the judge could have taken them
    first = [e for e in doc.events if e.type == "ASSAULT" and e.evidence.start == 0]
    assert first and countries(doc, first[0].sources) == {"TCD"}


def test_a_judge_takes_no_doer_from_an_act_of_another_kind(extractor):
    doc = _code(extractor, "Malian soldiers arrested four traders near Mopti. The opposition condemned the attack.")
    (j,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert not j.targets, _names(doc, j.targets)


def test_the_act_condemned_is_not_placed_at_its_judge(extractor):
    # "Ankara" is the one condemning: no place of the shelling
    doc = _code(extractor, "Ankara condemned the Syrian shelling of a border village.")
    (act,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert act.place is None or doc.place(act.place).name != "Ankara", doc.place(act.place)


@pytest.mark.parametrize("text", [
    # the relative clause hangs on the date of the act
    "Ankara condemned the shelling of the Turkish town of Kilis on 3 May, which killed two farmers.",
    # on the thing acted on
    "The African Union condemned the attack on the Malian army base, which killed twelve soldiers.",
])
def test_a_relative_clause_at_the_end_of_an_act_s_phrase_tells_that_act(extractor, text):
    doc = _code(extractor, text)
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.cameo, _names(doc, e.sources), _names(doc, e.targets)) for e in attacks]
    (a,) = attacks
    killed = {n for n in _names(doc, a.targets) if "farmers" in n or "soldiers" in n}
    assert killed, _names(doc, a.targets)
    # a date, or the place attacked, is no doer
    assert not a.sources, _names(doc, a.sources)
    assert not any(doc.actor(x).name in ("May", "Mali") for e in doc.events for x in e.sources)
    # nor are the victims the ones condemned
    (j,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert not killed & _names(doc, j.targets)


def test_the_by_phrase_on_the_patient_names_the_doer(extractor):
    doc = _code(extractor, "Both unions condemned the arrest of nine Zambian miners by the police in Kitwe.")
    (act,) = [e for e in doc.events if e.type == "COERCE"]
    assert any("police" in n for n in _names(doc, act.sources)), _names(doc, act.sources)
    (j,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert set(j.targets) == set(act.sources)
