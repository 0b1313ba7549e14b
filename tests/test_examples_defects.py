"""The defects the bundled examples showed (issue 13, "examples/: no duplicate events for
one happening"), each on sentences of our own with invented places and groups."""

from __future__ import annotations

import pytest


def _names(doc, ids):
    return [doc.actor(i).name for i in ids]


@pytest.mark.parametrize("text, addressee", [
    ("The Ferrana Council calls on all armed groups to release the kidnapped nurse immediately.",
     "armed groups"),
    ("The Ferrana Council urged the rebels to free the two abducted engineers without delay.", "rebels"),
])
def test_the_target_of_a_call_on_x_to_do_y_is_x(extractor, text, addressee):
    doc = extractor.extract_text(text)
    [call] = [e for e in doc.events if e.type == "REQUEST"]
    assert _names(doc, call.targets) == [addressee]


def test_an_addressee_the_kb_does_not_know_leaves_no_borrowed_target(extractor):
    # the one called on is no actor the knowledge base knows: the request has no target,
    # never the person whose release it asks for
    doc = extractor.extract_text("The Ferrana Council calls on all those holding him to release "
                                 "the kidnapped nurse at once.")
    calls = [e for e in doc.events if e.type == "REQUEST"]
    assert calls, [(e.type, e.evidence.text) for e in doc.events]
    for call in calls:
        assert "nurse" not in " ".join(_names(doc, call.targets))


def test_one_judge_judging_one_act_twice_is_one_event(extractor):
    doc = extractor.extract_text(
        "The Tolvar Aid Network is shocked by the attack on a clinic in Serren on Tuesday, in which "
        "gunmen wounded two nurses. The clinic had served four villages. The Tolvar Aid Network "
        "condemns this attack and asks donors for help.", published="2024-05-02")
    judgments = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(judgments) == 1, [e.evidence.text for e in judgments]
    [j] = judgments
    assert j.evidence.text.startswith("The Tolvar Aid Network is shocked")   # the best telling
    assert [ev.text[:36] for ev in j.evidence_more] == ["The Tolvar Aid Network condemns this"]


def test_judgments_of_two_acts_stay_two(extractor):
    doc = extractor.extract_text(
        "The Tolvar Aid Network condemned the shelling of a clinic in Serren on Tuesday. "
        "The Tolvar Aid Network also condemns these arrests of nurses by the police.")
    assert len([e for e in doc.events if e.type == "ACCUSE"]) == 2


def test_the_toll_of_an_attack_told_is_that_attack(extractor):
    doc = extractor.extract_text(
        "The Varo Front says its fighters attacked a police post near Demmel on Sunday. "
        "The group claims that six policemen were killed and that its men took the post's radio.",
        published="2024-06-11")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.evidence.text for e in assaults]
    assert assaults[0].evidence.text.startswith("The Varo Front says")
    assert any("six policemen were killed" in ev.text for ev in assaults[0].evidence_more)


def test_a_toll_with_its_own_doer_is_an_act_of_its_own(extractor):
    doc = extractor.extract_text(
        "The Varo Front says its fighters attacked a police post near Demmel on Sunday. "
        "On Monday two farmers were killed by soldiers in Harrow.", published="2024-06-11")
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 2


def _example(extractor, name):
    from pathlib import Path

    return extractor.extract_path(Path(__file__).resolve().parents[1] / "examples" / name)


def test_the_bundled_examples_keep_the_four_fixes(extractor):
    un = _example(extractor, "un_agency_statement.txt")
    judgments = [e for e in un.events if e.type == "ACCUSE"]
    assert len(judgments) == 1 and judgments[0].evidence.text.startswith("UNICEF is appalled")
    assert any(ev.text.startswith("UNICEF condemns this attack") for ev in judgments[0].evidence_more)
    [call] = [e for e in un.events if e.type == "REQUEST" and "release" in e.evidence.text]
    assert [un.actor(a).name for a in call.targets] == ["armed groups"]

    claim = _example(extractor, "armed_group_claim.txt")
    toll = [e for e in claim.events if e.type == "ASSAULT" and (
        "eleven soldiers" in e.evidence.text or "three soldiers were wounded" in e.evidence.text)]
    assert toll == []
    assert any("eleven soldiers" in ev.text for e in claim.events for ev in e.evidence_more)

    release = _example(extractor, "ministry_press_release.txt")
    assert not any(a.country == "EST" for a in release.actors)


def test_the_date_of_a_telling_is_not_the_date_of_the_act_told(extractor):
    text = ("The Kessar army spokesman told reporters on Saturday that two soldiers were wounded "
            "near Tolba.")
    doc = extractor.extract_text(text, published="2024-06-11")
    [hurt] = [e for e in doc.events if e.type == "ASSAULT"]
    said_on = text.index("Saturday")
    assert not any(s.start <= said_on < s.end for s in hurt.fields.get("date", []))
    assert hurt.date != "2024-06-08"


def test_a_date_inside_the_clause_told_is_the_act_s(extractor):
    doc = extractor.extract_text("The Kessar army spokesman said that two soldiers were wounded "
                                 "near Tolba on Friday.", published="2024-06-11")
    [hurt] = [e for e in doc.events if e.type == "ASSAULT"]
    assert hurt.date == "2024-06-07"


def test_a_toll_of_wounded_joins_the_attack_and_keeps_its_code(extractor):
    doc = extractor.extract_text(
        "The Varo Front says its fighters attacked a police post near Demmel on Sunday. "
        "A police spokesman said later that three officers were wounded.", published="2024-06-11")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1, [(e.cameo, e.evidence.text) for e in assaults]
    assert assaults[0].cameo == "190"   # the attack's code, not the wounding verb's (182)
    assert any("three officers were wounded" in ev.text for ev in assaults[0].evidence_more)
