"""Bad input for the event coder (issue 13, "Bad input"): generated, not written.

Sentences with dozens of coordinated verbs or actors, hundreds of nested clauses, one
sentence repeated hundreds of times, a dictionary-like list of names.  Each must be
coded without an error, every event must have evidence in the text with its trigger
inside it, and the number of events must stay within a bound set by the trigger words
(at most two events per trigger word: the act and a speaker's allegation of it).  Time
is measured in benchmarks/bench_bad_input.py, not asserted here.  Countries are real
so that the actors resolve; every sentence is made up here.
"""

from __future__ import annotations

import re

import pytest

from communique.pipeline import CODING_FAILED

VERBS = ["condemned", "praised", "attacked", "criticized", "welcomed", "visited", "arrested",
         "threatened", "rejected", "supported", "accused", "thanked"]
COUNTRIES = ["Chad", "Niger", "Mali", "Peru", "Chile", "Japan", "Kenya", "Ghana", "Iraq", "Iran",
             "Egypt", "Cuba", "Laos", "Nepal", "Oman", "Qatar", "Togo", "Yemen", "Benin", "Gabon"]


def coordinated_verbs(n: int) -> str:
    acts = ", ".join(f"{VERBS[i % len(VERBS)]} {COUNTRIES[(i + 1) % len(COUNTRIES)]}" for i in range(n))
    return f"The Government of Chad {acts} and welcomed Mali."


def coordinated_actors(n: int) -> str:
    return ", ".join(COUNTRIES[i % len(COUNTRIES)] for i in range(n)) + " and Peru condemned the attack on Kenya."


def coordinated_targets(n: int) -> str:
    return "Chad condemned " + ", ".join(COUNTRIES[i % len(COUNTRIES)] for i in range(n)) + " and Peru."


def nested_reports(n: int) -> str:
    return "Chad said that " + "".join(f"{COUNTRIES[i % 20]} said that " for i in range(n)) + "Mali attacked Kenya."


def nested_relatives(n: int) -> str:
    return ("Chad condemned the attack " + "which was launched by the group that attacked the convoy " * n).strip() + "."


def repeated(n: int) -> str:
    return " ".join(["Chad condemned the attack by Niger on Mali in Bamako."] * n)


def name_list(n: int) -> str:
    rows = [f"{COUNTRIES[i % 20]} Minister {chr(65 + i % 26)}. {chr(66 + i % 25)}ov, Ambassador of "
            f"{COUNTRIES[(i * 7) % 20]}" for i in range(n)]
    return "List of participants\n\n" + "\n".join(rows)


def name_list_inline(n: int) -> str:
    return "Participants: " + "; ".join(f"Ambassador {chr(65 + i % 26)}. Petrov of {COUNTRIES[i % 20]}"
                                        for i in range(n)) + "."


CASES = {
    "60 coordinated verbs": coordinated_verbs(60),
    "80 coordinated subjects": coordinated_actors(80),
    "80 coordinated objects": coordinated_targets(80),
    "300 nested reported clauses": nested_reports(300),
    "300 nested relative clauses": nested_relatives(300),
    "one sentence 300 times": repeated(300),
    "a list of 300 names": name_list(300),
    "300 names in one sentence": name_list_inline(300),
}


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


@pytest.fixture(scope="module")
def coded(extractor):
    return {name: extractor.extract_text(text, published="2021-05-05") for name, text in CASES.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_coded_without_an_error(coded, name):
    doc = coded[name]
    assert not [e for e in doc.errors if e.code in CODING_FAILED or e.code == "events.no_parse"], doc.errors
    # what is cut is said: only notices of the bounds on work
    assert {e.code for e in doc.errors} <= {"notice.long_sentence", "events.truncated"}, doc.errors


@pytest.mark.parametrize("name", list(CASES))
def test_every_event_has_evidence_holding_its_trigger(coded, name):
    doc = coded[name]
    for e in doc.events:
        assert e.evidence.text.strip(), e
        assert doc.text[e.evidence.start:e.evidence.end] == e.evidence.text
        trigger = e.fields.get("type") or []
        assert trigger, f"{e.type} event with no trigger words"
        # an allegation's trigger is the reporting verb, in the same sentence as the act
        assert all(e.evidence.start <= s.start and s.end <= e.evidence.end for s in trigger), e
        assert e.sources or e.targets, f"{e.type} event with no actor at all"


@pytest.mark.parametrize("name", list(CASES))
def test_events_are_bounded_by_their_trigger_words(coded, name):
    doc = coded[name]
    triggers = {(s.start, s.end) for e in doc.events for s in e.fields.get("type", [])[:1]}
    # at most the act and a speaker's allegation of it per trigger word, each event once
    assert len(doc.events) <= 2 * len(triggers)
    keys = [(e.type, e.cameo, e.fields["type"][0].start, tuple(e.sources), tuple(e.targets))
            for e in doc.events]
    assert len(keys) == len(set(keys)), "the same event coded twice"
    assert len(triggers) <= _words(doc.text)


def test_a_repeated_sentence_gives_at_most_its_own_events_per_repeat(coded):
    doc = coded["one sentence 300 times"]
    # two acts in the sentence (the condemnation, the attack): never more per repeat
    assert len(doc.events) <= 2 * 300
    # the attack told again and again is one happening (events/merge.py): far fewer attacks
    assert len([e for e in doc.events if e.type == "ASSAULT"]) < 300


def test_lists_of_names_give_no_events(coded):
    # a list of participants reports no act
    assert coded["a list of 300 names"].events == []
    assert coded["300 names in one sentence"].events == []


def test_a_huge_coordination_is_cut_with_a_notice_not_coded_in_full(extractor, config):
    limit = config.events.max_sentence_tokens
    doc = extractor.extract_text(coordinated_verbs(limit), published="2021-05-05")
    assert doc.events   # the first verbs are still coded
    assert any(e.code == "notice.long_sentence" for e in doc.errors), doc.errors
