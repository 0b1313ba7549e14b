"""The petr_unit gold set: record reading, its dev/holdout rule and the PETRARCH-validation
scorer, on made-up records and made-up output documents (no real record is read here)."""

from __future__ import annotations

import hashlib
import json

from communique.evaluate.registry import Result, gold_sets
from communique.evaluate.sets import petr_unit

XML = """<Validation><Sentences>
<Sentence date="19950101" id="TOY-01" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="VELGOV" targetcode="TAR" eventcode="042"></EventCoding>
<Text>
The Velmoran premier visited
Taravel on Monday.
</Text>
<Parse>(ROOT (S))</Parse>
</Sentence>
<Sentence date="19950102" id="TOY-02" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Broken.</Text>
</Sentence>
<Sentence date="19950103" id="TOY-03" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened in Velmora.</Text>
</Sentence>
</Sentences></Validation>
"""


def _doc(events, actors):
    return {"schema": "communique.document/1", "actors": actors, "events": events}


ACTORS = [{"id": "a1", "name": "Velmora", "country": "VEL", "kind": "country"},
          {"id": "a2", "name": "Taravel", "country": "TAR", "kind": "country"},
          {"id": "a3", "name": "Harbour League", "country": None, "kind": "igo"}]


def test_records_skip_error_tests_and_read_dates(tmp_path):
    recs = petr_unit.parse_records(_write(tmp_path))
    assert [r["id"] for r in recs] == ["TOY-01", "TOY-03"]
    assert recs[0]["text"] == "The Velmoran premier visited Taravel on Monday."
    assert recs[0]["published"] == "1995-01-01"
    assert recs[0]["codings"] == [{"cameo": "042", "source": "VELGOV", "target": "TAR"}]
    assert recs[1]["codings"] == []


def _write(tmp_path):
    p = tmp_path / "petrarch-cameo" / petr_unit.FILE
    p.parent.mkdir()
    p.write_text(XML)
    (tmp_path / "gold").mkdir()
    return p


def test_split_rule_mirrors_gold_readme(tmp_path):
    _write(tmp_path)
    for rid in ("TOY-01", "TOY-03", "DEMO-00", "X-17"):
        expected = "holdout" if int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 3 == 0 else "dev"
        assert petr_unit.split_of(rid) == expected
    dev = petr_unit.records(tmp_path / "gold", "dev")
    hold = petr_unit.records(tmp_path / "gold", "holdout")
    assert sorted(r["id"] for r in dev + hold) == ["TOY-01", "TOY-03"]
    assert not {r["id"] for r in dev} & {r["id"] for r in hold}


def _score(records, docs):
    res = Result("petr_unit", "dev", len(records))
    petr_unit.score(records, docs, res)
    return res.metrics


REC = {"id": "r", "codings": [{"cameo": "042", "source": "VELGOV", "target": "TAR"}]}


def test_tuple_needs_code_source_and_target():
    right = {"cameo": "042", "sources": ["a1"], "targets": ["a2"], "status": "asserted"}
    m = _score([REC], [_doc([right], ACTORS)])
    assert m["tuple_code.f1"] == 1.0 and m["cameo_root.f1"] == 1.0
    wrong_actor = dict(right, targets=["a3"])    # an IGO is no Taravel
    m = _score([REC], [_doc([wrong_actor], ACTORS)])
    assert m["tuple_code.f1"] == 0.0 and m["cameo_root.f1"] == 1.0
    sub_code = dict(right, cameo="043")          # same root, other code
    m = _score([REC], [_doc([sub_code], ACTORS)])
    assert m["tuple_code.f1"] == 0.0 and m["tuple_root.f1"] == 1.0


def test_duplicate_prediction_counts_once_and_denials_not_at_all():
    ev = {"cameo": "042", "sources": ["a1"], "targets": ["a2"], "status": "asserted"}
    m = _score([REC], [_doc([ev, dict(ev)], ACTORS)])
    assert m["tuple_code.precision"] == 1.0
    denied = dict(ev, status="denied")
    m = _score([REC], [_doc([denied], ACTORS)])
    assert m["tuple_code.recall"] == 0.0 and m["tuple_code.precision"] == 0.0


def test_an_event_with_two_targets_predicts_two_tuples():
    two = {"id": "r2", "codings": [{"cameo": "042", "source": "VEL", "target": "TAR"},
                                   {"cameo": "042", "source": "VEL", "target": "IGOHBL"}]}
    ev = {"cameo": "042", "sources": ["a1"], "targets": ["a2", "a3"], "status": "asserted"}
    m = _score([two], [_doc([ev], ACTORS)])
    assert m["tuple_code.f1"] == 1.0


def test_set_is_registered_with_its_own_actors():
    g = gold_sets()["petr_unit"]
    kb = g.overrides["actors"]["user_kb"]
    assert kb.endswith("petr_unit_actors.jsonl")
    rows = [json.loads(x) for x in open(kb, encoding="utf-8") if x.strip() and not x.startswith("#")]
    assert rows and all(r["id"].startswith("petr-validate:") and r["name"] for r in rows)
    assert g.records is not None


def test_set_codes_with_the_suites_own_verb_dictionary_read_in_sequence():
    from communique.events.dictionary import load_verb_dictionary

    ev = gold_sets()["petr_unit"].overrides["events"]
    assert ev["petrarch_verbs"] == "only"
    vd = load_verb_dictionary(ev["petrarch_verbs_dir"])
    assert vd.semantics == "sequence" and vd.source == "PETR.Validate.verbs.txt"
    assert len(vd) > 400 and vd.entries("restore")


def test_two_gold_codings_one_tuple_under_the_key_count_once():
    # sectors are not compared: "Velmoran media and government" are one (VEL) side twice
    two = {"id": "r3", "codings": [{"cameo": "042", "source": "VELMED", "target": "TAR"},
                                   {"cameo": "042", "source": "VELGOV", "target": "TAR"}]}
    ev = {"cameo": "042", "sources": ["a1"], "targets": ["a2"], "status": "asserted"}
    m = _score([two], [_doc([ev], ACTORS)])
    assert m["tuple_code.recall"] == 1.0 and m["tuple_root.recall"] == 1.0


def test_a_gold_side_of_no_country_matches_an_actor_of_none():
    # "---GOV" (a government of no country named) is a side of none, as "---" is
    rec = {"id": "r3", "codings": [{"cameo": "023", "source": "---GOV", "target": "---"}]}
    actors = ACTORS + [{"id": "a4", "name": "a senior official", "country": None, "kind": "person"}]
    ev = {"cameo": "023", "sources": ["a4"], "targets": [], "status": "asserted"}
    m = _score([rec], [_doc([ev], actors)])
    assert m["tuple_code.f1"] == 1.0
