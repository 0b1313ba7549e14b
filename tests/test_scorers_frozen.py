"""The scorers, frozen apart from the coder, and the conventions they follow.

``tests/fixtures/scorers/<set>.json`` holds made-up gold records and the output documents
(``communique.document/1`` JSON written by hand, invented actors and places) they are scored
against; ``expected.json`` holds what each scorer measured on them, whole and per part.  A
change to a scorer that moves any figure fails here until ``expected.json`` is rewritten
(``COMMUNIQUE_UPDATE_SCORERS=1 pytest tests/test_scorers_frozen.py``) in the same commit, so
a scorer change is visible on its own, never hidden in a coder change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from communique.evaluate.contract import Aligner
from communique.evaluate.registry import Result, gold_sets
from communique.evaluate.run import score_parts
from communique.evaluate.sets import petr2_gsr

FIXTURES = Path(__file__).parent / "fixtures" / "scorers"
EXPECTED = FIXTURES / "expected.json"
SETS = ("isaf", "petr2_gsr", "petr_unit", "plover_gsr", "te3_dates", "trnews_geo")


def _load(name):
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data["records"], data["outputs"]


def _figures(name) -> dict:
    records, outputs = _load(name)
    result = score_parts(gold_sets()[name], "dev", records, outputs)
    out = {}
    for part, r in [("all", result), *sorted(result.parts.items())]:
        out[part] = {k: round(v, 6) for k, v in sorted({**r.metrics,
                                                        **{f"secondary:{k}": v for k, v in r.secondary.items()}}.items())}
    return out


def _score(name, ids) -> Result:
    records, outputs = _load(name)
    keep = [i for i, r in enumerate(records) if r["id"] in ids]
    assert len(keep) == len(ids), ids
    result = Result(name, "dev", len(keep))
    gold_sets()[name].score([records[i] for i in keep], [outputs[i] for i in keep], result)
    return result


def test_scorer_figures_on_the_frozen_outputs_are_unchanged():
    got = {name: _figures(name) for name in SETS}
    if os.environ.get("COMMUNIQUE_UPDATE_SCORERS"):
        EXPECTED.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for name in SETS:
        assert got[name] == expected[name], (
            f"{name}: the scorer's figures on tests/fixtures/scorers/{name}.json changed; if that "
            "is intended, rewrite expected.json (COMMUNIQUE_UPDATE_SCORERS=1) in a commit of its own")


def test_every_fixture_set_has_both_parts_and_records():
    for name in SETS:
        records, outputs = _load(name)
        assert records and len(records) == len(outputs)
        figures = _figures(name)
        assert set(figures) == {"all", "read", "scored"} and figures["all"]


# -- petr2_gsr: PETRARCH-style tuples ---------------------------------------------------------

def test_petr2_a_duplicate_prediction_does_not_count_twice():
    m = _score("petr2_gsr", ["fx-pt-2"]).metrics
    # two events for one attack: one matches the gold tuple, the other is a false positive
    assert m["tuple_root.recall"] == 1.0 and m["tuple_root.precision"] == 0.5


def test_petr2_a_wrong_actor_fails_the_tuple():
    m = _score("petr2_gsr", ["fx-pt-1"]).metrics
    # the accusation has the right code and both countries, but source and target swapped
    assert m["actor_country.f1"] == 1.0
    assert m["tuple_root.recall"] == 0.0 and m["tuple_code.recall"] == 0.0


def test_petr2_joint_actors_and_igos_give_one_tuple_per_pair():
    records, outputs = _load("petr2_gsr")
    out = outputs[[r["id"] for r in records].index("fx-pt-5")]
    assert petr2_gsr.sentence_tuples(out) == [("111", None, "MRV")]
    m = _score("petr2_gsr", ["fx-pt-3", "fx-pt-5"]).metrics
    assert m["tuple_root.precision"] == 1.0 and m["tuple_root.recall"] == pytest.approx(2 / 3)


def test_petr2_a_denied_act_is_no_prediction():
    records, outputs = _load("petr2_gsr")
    out = outputs[[r["id"] for r in records].index("fx-pt-6")]
    assert out["events"] and petr2_gsr.sentence_tuples(out) == []


def test_petr2_a_country_read_from_other_words_is_no_actor_code():
    # PETRARCH codes an actor from its own phrase: the insurgents' country, read from the
    # officials' nationality (field evidence country:a1), is null in the tuple and the set
    records, outputs = _load("petr2_gsr")
    out = outputs[[r["id"] for r in records].index("fx-pt-7")]
    assert petr2_gsr.sentence_tuples(out) == [("190", None, None)]
    m = _score("petr2_gsr", ["fx-pt-7"]).metrics
    assert m["tuple_code.recall"] == 1.0 and m["tuple_code.precision"] == 1.0
    own = {**out["events"][0], "field_evidence": {}}
    assert petr2_gsr.event_tuples(out, own) == {("190", "SYL", None)}


# -- plover_gsr: the main event ----------------------------------------------------------------

def test_plover_no_event_is_a_wrong_type():
    assert _score("plover_gsr", ["fx-pl-4"]).metrics["type.accuracy"] == 0.0


def test_plover_scores_the_event_marked_main_not_the_most_confident():
    r = _score("plover_gsr", ["fx-pl-2"])
    assert r.metrics["type.accuracy"] == 1.0
    assert r.secondary["most_confident.type.accuracy"] == 0.0


def test_plover_misses_table_lists_wrong_type_or_country():
    records, _ = _load("plover_gsr")
    r = _score("plover_gsr", [rec["id"] for rec in records])
    table = next(rows for title, _, rows in r.tables if title.startswith("Records whose main event"))
    assert [row[0] for row in table] == ["fx-pl-3", "fx-pl-4", "fx-pl-6"]


# -- isaf: the main event's type, day, province, group --------------------------------------

def test_isaf_a_month_date_is_not_the_day():
    m = _score("isaf", ["fx-is-3"]).metrics
    assert m["date.accuracy"] == 0.0
    assert m["province.accuracy"] == 1.0 and m["event_type.accuracy"] == 1.0


def test_isaf_a_place_known_only_to_its_country_is_a_wrong_province():
    r = _score("isaf", ["fx-is-2"])
    assert r.metrics["province.accuracy"] == 0.0 and r.metrics["target_group.accuracy"] == 1.0
    assert r.metrics["date.accuracy"] == 0.0  # a day after the gold is another day


def test_isaf_two_incidents_are_scored_on_the_first():
    r = _score("isaf", ["fx-is-5"])
    assert r.metrics["event_type.accuracy"] == 0.0  # main is the detention; the first incident a killing
    assert r.secondary["target_group.pooled"] == 1.0
    assert "1 records with two incidents" in r.notes[0]


def test_isaf_right_on_every_field():
    m = _score("isaf", ["fx-is-1"]).metrics
    assert all(m[k] == 1.0 for k in ("event_type.accuracy", "date.accuracy", "province.accuracy",
                                      "target_group.accuracy")), m


def test_isaf_misses_table_lists_the_records_wrong_on_type_day_or_province():
    records, _ = _load("isaf")
    r = _score("isaf", [rec["id"] for rec in records])
    table = next(rows for title, _, rows in r.tables if title.startswith("Records with a wrong"))
    assert [row[0] for row in table] == ["fx-is-2", "fx-is-3", "fx-is-4", "fx-is-5"]


# -- trnews_geo: unrecalled toponyms ---------------------------------------------------------

def test_trnews_an_unrecalled_toponym_counts_as_wrong():
    m = _score("trnews_geo", ["fx-tr-2"]).metrics
    # Brenmoor has no mention, Lake Tessaly is unresolved, "Canadian" is right
    assert m["toponym.recall"] == pytest.approx(2 / 3)
    assert m["resolution.acc161"] == pytest.approx(1 / 3)
    assert m["resolution.acc161_recalled"] == pytest.approx(1 / 2)


def test_trnews_within_161_km_or_the_same_id():
    m = _score("trnews_geo", ["fx-tr-1"]).metrics
    assert m["resolution.acc161"] == pytest.approx(2 / 3)  # Carrow Falls is 300 km off
    assert m["resolution.country"] == 1.0


# -- te3_dates ----------------------------------------------------------------------------

def test_te3_values_the_contract_cannot_express_are_wrong_and_time_does_not_rescue_precision():
    r = _score("te3_dates", ["fx-te-1"])
    m = r.metrics
    assert m["date.recall"] == 1.0
    assert m["value.accuracy"] == 0.5  # the ISO week is not expressible
    assert m["date.precision"] == pytest.approx(2 / 3)  # "today" overlaps only a TIME
    assert r.secondary["value.accuracy_expressible"] == 1.0
    assert r.secondary["date.precision_date_or_time"] == 1.0


def test_te3_an_unfound_date_is_a_wrong_value_and_offsets_survive_cleaning():
    m = _score("te3_dates", ["fx-te-2"]).metrics
    # "Last spring" is found through the collapsed double space; "Now" is not found
    assert m["date.recall"] == 0.5
    assert m["value.accuracy"] == 0.0 and m["value.accuracy_found"] == 0.0


def test_aligner_maps_offsets_across_changed_whitespace_and_other_edits():
    src, out = "A  b\n\nc d", "A b\nc d"
    align = Aligner(src, out)
    assert out[slice(*align.span(src.index("c"), src.index("c") + 3))] == "c d"
    src, out = "The café opened", "The cafe\u0301 opened"  # a character changed: a string diff
    s, e = Aligner(src, out).span(src.index("opened"), len(src))
    assert out[s:e] == "opened"


# -- scorers read the output contract, not the pipeline ----------------------------------------

# What a scorer may import from the package beyond evaluate/: the ontology's vocabulary (PLOVER
# types, mode names), the gazetteer as a table of names and a distance (to compare gold names
# and points), errors, and the reviewed set's scorer (which reads output dicts too).
ALLOWED = {"communique.errors", "communique.events.ontology", "communique.resolve.gazetteer",
           "communique.resolve.gazetteer.ranking", "communique.review.score"}


def _imports(path: Path) -> set[str]:
    import ast

    package = "communique.evaluate.sets"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join(base + ([node.module] if node.module else [])))
            else:
                found.add(node.module or "")
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.Attribute) and node.attr in ("scratch", "workspace"):
            found.add(f"<Document.{node.attr}>")
    return found


def test_scorers_import_nothing_of_the_pipeline():
    sets_dir = Path(gold_sets.__code__.co_filename).parent / "sets"
    for path in sorted(sets_dir.glob("*.py")):
        inside = {m for m in _imports(path) if m.startswith("communique") or m.startswith("<")}
        bad = {m for m in inside if not m.startswith("communique.evaluate") and m not in ALLOWED}
        assert not bad, f"{path.name} reads the pipeline, not the output contract: {sorted(bad)}"
