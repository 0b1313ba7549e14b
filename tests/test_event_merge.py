"""Item 4 of issue 13: one event per happening in a document (events/merge.py)."""

from __future__ import annotations

import json

import pytest

from communique import contract
from communique.document import Actor, CoderMarks, Document, Event, Evidence, Place, Section, Span
from communique.events.merge import merge_happenings

# -- the rule, on hand-made events ----------------------------------------------------
TEXT = ("Rebels shelled Beni on Monday. Aid groups left. The attack killed four. "
        "Rebels shelled Goma on Friday. The shelling of Goma was the second this week.")


def _doc():
    doc = Document(raw=TEXT, text=TEXT)
    doc.actors = [Actor("a1", "Rebels", kind="armed_group", country="COD", known=True),
                  Actor("a2", "Kivu Defence League", kind="armed_group", country="COD", known=True),
                  Actor("a3", "gunmen", kind="armed_group")]
    doc.places = [Place("p1", "Beni", country="COD", admin1="North Kivu", precision="city"),
                  Place("p2", "Goma", country="COD", admin1="North Kivu", precision="city")]
    return doc


def _ev(doc, sentence, type_="ASSAULT", cameo="190", sources=("a1",), date=None, place=None,
        remention=False, **kw):
    start = doc.text.index(sentence)
    end = start + len(sentence)
    fields = {"type": [Span(start, start + 3)]}
    if date:
        fields["date"] = [Span(start, start + 2)]
    if place:
        fields["place"] = [Span(start, start + 2)]
    return Event(id="", type=type_, cameo=cameo, evidence=Evidence(start, end, sentence),
                 sources=list(sources), date=date, place=place, status="reported", fields=fields,
                 marks=CoderMarks(remention=remention), **kw)


def test_a_re_mention_joins_the_act_told_before():
    doc = _doc()
    first = _ev(doc, "Rebels shelled Beni on Monday.", cameo="194", date="2024-03-04", place="p1")
    other = _ev(doc, "Aid groups left.", type_="RETREAT", cameo="0874")
    again = _ev(doc, "The attack killed four.", sources=(), remention=True)
    out = merge_happenings(doc, [first, other, again])
    assert [e.type for e in out] == ["ASSAULT", "RETREAT"]
    merged = out[0]
    assert merged.evidence.text == "Rebels shelled Beni on Monday."     # the best telling
    assert [ev.text for ev in merged.evidence_more] == ["The attack killed four."]
    assert merged.cameo == "194" and merged.sources == ["a1"] and merged.date == "2024-03-04"
    assert not any(k.startswith("_") for k in merged.fields)   # no coder-internal field


def test_two_acts_told_in_full_stay_two():
    doc = _doc()
    monday = _ev(doc, "Rebels shelled Beni on Monday.", date="2024-03-04", place="p1")
    friday = _ev(doc, "Rebels shelled Goma on Friday.", date="2024-03-08", place="p2")
    assert len(merge_happenings(doc, [monday, friday])) == 2   # no re-mention among them


@pytest.mark.parametrize("change", [
    {"date": "2024-03-08"},                 # another day
    {"place": "p2"},                        # another town
    {"sources": ("a2",)},                   # other doers
    {"type_": "COERCE", "cameo": "173"},    # another kind of act
    {"cameo": "186"},                       # another specific code of the root
    {"negated": True},
])
def test_a_re_mention_that_disagrees_is_another_happening(change):
    doc = _doc()
    first = _ev(doc, "Rebels shelled Beni on Monday.", cameo="194", date="2024-03-04", place="p1")
    kw = {"remention": True, **change}
    again = _ev(doc, "The shelling of Goma was the second this week.", **kw)
    assert len(merge_happenings(doc, [first, again])) == 2


def test_generic_doers_and_an_empty_side_do_not_keep_tellings_apart():
    doc = _doc()
    first = _ev(doc, "Rebels shelled Beni on Monday.", sources=("a3",), date="2024-03-04", place="p1")
    again = _ev(doc, "The attack killed four.", sources=("a1",), remention=True)
    out = merge_happenings(doc, [first, again])
    assert len(out) == 1 and set(out[0].sources) == {"a1", "a3"}


def test_a_generic_side_of_another_country_keeps_tellings_apart():
    doc = _doc()
    doc.actors.append(Actor("a4", "villagers", kind="group", country="RWA", sector="CVL"))
    first = _ev(doc, "Rebels shelled Beni on Monday.", sources=("a4",))
    again = _ev(doc, "The attack killed four.", sources=("a1",), remention=True)
    assert len(merge_happenings(doc, [first, again])) == 2


def test_two_acts_of_one_sentence_are_never_merged():
    doc = _doc()
    a = _ev(doc, "Rebels shelled Beni on Monday.", remention=True)
    b = _ev(doc, "Rebels shelled Beni on Monday.", remention=True)
    assert len(merge_happenings(doc, [a, b])) == 2


def test_the_title_retells_the_lead():
    text = "Rebels shell Beni\n\nRebels shelled Beni on Monday, the army said."
    doc = Document(raw=text, text=text, sections=[Section("title", 0, 17), Section("body", 19, len(text))])
    doc.actors = _doc().actors
    title = Event(id="", type="ASSAULT", cameo="194", evidence=Evidence(0, 17, text[:17]), sources=["a1"],
                  status="reported", fields={})
    lead = Event(id="", type="ASSAULT", cameo="194", evidence=Evidence(19, len(text), text[19:]),
                 sources=["a1"], status="reported", fields={})
    out = merge_happenings(doc, [title, lead])
    assert len(out) == 1 and out[0].evidence.start == 19 and out[0].evidence_more[0].start == 0
    assert contract.event_dict(out[0])["evidence_more"] == [{"start": 0, "end": 17, "text": "Rebels shell Beni"}]


# -- coded from text ----------------------------------------------------------------
STATEMENT = (
    "Statement on the attack on a market in Tillaberi region\n\n"
    "NIAMEY, 12 March 2024 - The Sahel Relief Council is outraged by the attack by gunmen on the "
    "cattle market of Ayorou in Tillaberi region on Sunday, which left four traders dead. "
    "This is the third attack on a market in Tillaberi this year. "
    "The Council condemns this attack and calls on the Nigerien authorities to protect the traders.\n"
)


def test_one_attack_told_four_times_is_one_event(extractor):
    doc = extractor.extract_text(STATEMENT, published="2024-03-12")
    attacks = [e for e in doc.events if e.type == "ASSAULT" and doc.text[
        e.fields["type"][0].start:e.fields["type"][0].end].lower() == "attack"]
    assert len(attacks) == 1, [(e.cameo, e.evidence.text) for e in attacks]
    attack = attacks[0]
    assert attack.evidence.text.startswith("The Sahel Relief Council is outraged")
    assert [ev.text for ev in attack.evidence_more] == ["This is the third attack on a market in Tillaberi this year."]
    assert attack.date == "2024-03-10"
    assert doc.place(attack.place).admin1.startswith("Tillab")   # the market's region, not the date line


def test_examples_have_no_duplicate_events_for_one_happening(extractor):
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "un_agency_statement.txt"
    doc = extractor.extract_path(path)
    # the attack told in the title, the lead, "the fourth attack" (the killing and wounding
    # in the lead's relative clause are acts of their own within it)
    assaults = [e for e in doc.events if e.type == "ASSAULT" and doc.text[
        e.fields["type"][0].start:e.fields["type"][0].end].lower().startswith("attack")]
    assert len(assaults) == 1, [e.evidence.text for e in assaults]
    assert assaults[0].evidence.text.startswith("UNICEF is appalled by the attack")   # the full telling
    more = [ev.text for ev in assaults[0].evidence_more]
    assert more[0].startswith("UNICEF Statement on the attack")                          # the title
    assert any(t.startswith("This is the fourth attack") for t in more)
    out = json.loads(json.dumps(contract.to_dict(doc)))
    assert all("evidence_more" in e for e in out["events"])


@pytest.mark.shared
def test_sample_re_mentioned_assaults_inside_the_thanks_are_no_new_event(sample_doc):
    doc = sample_doc
    thanks = next(s for s in doc.text.split("\n") if "gratitude" in s)
    t0 = doc.text.index(thanks)
    t1 = t0 + len(thanks)
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len([e for e in assaults if e.status == "reported"]) >= 3
    assert not [e for e in assaults if t0 <= e.evidence.start < t1]
    # the re-mention is kept as more evidence of the assaults told before
    assert any(t0 <= ev.start < t1 for e in assaults for ev in e.evidence_more)


def test_merging_a_thousand_tellings_is_bounded():
    import time

    text = " ".join(f"Rebels attacked village {i}. The attack was condemned." for i in range(500))
    doc = Document(raw=text, text=text)
    doc.actors = _doc().actors
    events = []
    pos = 0
    for i in range(500):
        for sentence, mark in ((f"Rebels attacked village {i}.", False), ("The attack was condemned.", True)):
            pos = text.index(sentence, pos)
            events.append(Event(id="", type="ASSAULT", cameo="190", sources=["a1"], status="reported",
                                evidence=Evidence(pos, pos + len(sentence), sentence),
                                marks=CoderMarks(remention=mark)))
            pos += len(sentence)
    t0 = time.process_time()
    out = merge_happenings(doc, events)
    assert time.process_time() - t0 < 5
    assert 1 <= len(out) < len(events)
