"""A later sentence that goes on about an act, its doer and object named again by definite
phrases, is more evidence of that act, not a second one (events/retellings.py), and so is a
later judgement of it: an attack told then condemned, or condemned then blamed, is one
accusation with more evidence (events/merge.py); sentences of our own with invented places
and groups.
"""

from __future__ import annotations

from coding_support import statement
from sentence_support import hinted_statement as _statement


def _assaults(doc):
    return [e for e in doc.events if e.type == "ASSAULT"]


def test_the_means_and_damage_of_an_attack_told_next_are_that_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. The fighters fired "
        "mortars at the post and burned two trucks.", published="2024-06-11")
    assaults = _assaults(doc)
    assert len(assaults) == 1, [(e.cameo, e.evidence.text) for e in assaults]
    assert assaults[0].evidence.text.startswith("Varo Front fighters attacked")
    assert any(ev.text.startswith("The fighters fired") for ev in assaults[0].evidence_more)


def test_a_possessive_doer_and_the_object_named_again(extractor):
    doc = extractor.extract_text(
        "Rebels of the Tarsa Movement shelled an army base outside Kolmo on Monday. According "
        "to the movement, its rebels hit the base with rockets and destroyed a radar.",
        published="2024-06-11")
    assert len(_assaults(doc)) == 1, [(e.cameo, e.evidence.text) for e in _assaults(doc)]


def test_the_same_doer_attacking_again_is_a_second_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. The fighters "
        "attacked the post again and burned two trucks.", published="2024-06-11")
    assert len(_assaults(doc)) >= 2, [(e.cameo, e.evidence.text) for e in _assaults(doc)]


def test_the_same_doer_attacking_something_else_is_a_second_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. The fighters fired "
        "mortars at a school in Tarsa and burned two buses.", published="2024-06-11")
    assert len(_assaults(doc)) >= 2, [(e.cameo, e.evidence.text) for e in _assaults(doc)]


def test_a_later_attack_with_its_own_date_is_a_second_attack(extractor):
    doc = extractor.extract_text(
        "Varo Front fighters attacked a police post near Demmel on Sunday. On Tuesday the "
        "fighters fired mortars at the post and burned two trucks.", published="2024-06-11")
    assert len(_assaults(doc)) >= 2, [(e.cameo, e.evidence.text) for e in _assaults(doc)]


def _accusations(extractor, text):
    out = statement(extractor, text, "Ghana")
    return [e for e in out["events"] if e["type"] == "ACCUSE"]


# -- one accusation per happening judged ------------------------------------------------

def test_an_attack_told_then_condemned_is_one_accusation(extractor):
    # the issuer's telling of the attack alleges it; the condemnation of "the attack by Sudan"
    # judges the same attack: one ACCUSE, the other telling as more evidence
    (acc,) = _accusations(extractor, "Sudan attacked the port on Monday, killing ten civilians. "
                                     "We condemn the attack by Sudan, calling it a crime.")
    assert acc["evidence_more"]


def test_an_attack_condemned_then_blamed_is_one_accusation(extractor):
    for text in ("We condemn the attack by Sudan on the port. We accuse Sudan of the attack.",
                 "We condemn the attack by Sudan on the port. We hold Sudan responsible for this attack."):
        (acc,) = _accusations(extractor, text)
        assert acc["evidence_more"], text


def test_two_acts_condemned_stay_two_accusations(extractor):
    assert len(_accusations(extractor, "We condemn the attack by Sudan on the port. "
                                       "We also condemn the arrest of journalists by Sudan.")) == 2


def test_an_act_told_then_condemned_without_its_doer_is_one_accusation(extractor):
    # "the shelling" re-mentions the shelling told before: its condemnation judges Sudan, and
    # the issuer's allegation of that shelling is the same accusation, told in words by the
    # condemnation (its evidence; the allegation's telling is more evidence: events/merge.py)
    accusations = _accusations(extractor, "Sudan shelled the port on Monday. Sudan also arrested ten "
                                          "journalists. We condemn the shelling of the port.")
    assert len(accusations) == 2   # the shelling's, the arrests'
    shelling = next(a for a in accusations if a["evidence"]["text"] == "We condemn the shelling of the port.")
    assert [x["text"] for x in shelling["evidence_more"]] == ["Sudan shelled the port on Monday."]


# -- an attack judged with another victim named is the one told before, judged again ----------------

def test_an_attack_judged_with_another_victim_is_not_the_one_told_before(ex):
    text = ("We strongly condemn the shelling of Mosul by Turkish forces. Mongolia condemns the attacks "
            "against Nepal. We condemn the attacks on Iraqi cities.")
    actors, events = _statement(ex, "Mongolia", text)
    accused = [{actors[i].get("country") for i in e["targets"]} for e in events if e["type"] == "ACCUSE"]
    # the attacks on Iraqi cities are the shelling told before (one ASSAULT): their second
    # condemnation is that accusation told again, one ACCUSE of Turkey with both tellings
    assert accused == [{"TUR"}, set()], (accused, events)
    first = next(e for e in events if e["type"] == "ACCUSE")
    assert [x["text"] for x in first["evidence_more"]] == ["We condemn the attacks on Iraqi cities."]
