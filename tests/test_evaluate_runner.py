"""The evaluation runner: output-contract documents, parts of the dev split, bad records.

Every gold folder here is made up in a temporary directory; the real holdout files are never
read by tests.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main as cli
from communique.cli.evaluate import evaluate as evaluate_command
from communique.errors import CommuniqueError
from communique.evaluate.parts import part_of
from communique.evaluate.registry import GoldSet, Result
from communique.evaluate.report import render
from communique.evaluate.run import evaluate, evaluate_holdout

LIGHT = {"pipeline": {"stages": ["clean", "structure"]}}

RECORDS = [
    {"id": f"toy-{i}", "text": f"The Harbour Council of Velmora met on day {i} to discuss the ferry."}
    for i in range(12)
] + [{"id": "toy-empty", "text": "   "}, {"id": "toy-missing"}]


def _toy_score(records, outputs, result: Result) -> None:
    # A scorer sees only the JSON that `extract` prints.
    seen = [o["schema"] for o in outputs]
    assert all(s == "communique.document/1" for s in seen)
    coded = sum(1 for o in outputs if o["document"]["text"])
    result.metrics["coded.share"] = coded / len(records) if records else 0.0
    result.secondary["records.count"] = float(len(records))
    result.tables.append(("ids", ["id"], [[r["id"]] for r in records]))


TOY = GoldSet("toy", "made-up records", lambda r: {"text": r.get("text")}, _toy_score, LIGHT)


def _write(folder, name, split, records):
    with (folder / f"{name}.{split}.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")


def test_dev_is_scored_whole_and_per_part(tmp_path, config):
    _write(tmp_path, "toy", "dev", RECORDS)
    result = evaluate(TOY, split="dev", gold_dir=tmp_path, config=config)
    read, scored = result.parts["read"], result.parts["scored"]
    assert read.records + scored.records == result.records == len(RECORDS)
    assert read.records == sum(part_of(r["id"]) == "read" for r in RECORDS) > 0
    assert scored.records > 0
    # the two records without text are coded as misses, not a crash, and reported
    assert result.metrics["coded.share"] == pytest.approx(12 / 14)
    assert sorted(rid for rid, _ in result.failed) == ["toy-empty", "toy-missing"]
    assert "2 records could not be coded" in result.notes[0]
    # tables show the read part only: its errors may be looked at, the scored part's not
    shown = {row[0] for row in result.tables[0][2]}
    assert shown and all(part_of(i) == "read" for i in shown)
    assert result.gap("coded.share") == pytest.approx(read.metrics["coded.share"]
                                                      - scored.metrics["coded.share"])


def test_report_shows_both_parts_their_gap_and_labelled_secondary_rows(tmp_path, config):
    _write(tmp_path, "toy", "dev", RECORDS)
    text = render([evaluate(TOY, split="dev", gold_dir=tmp_path, config=config)])
    assert "| set | metric | read | scored | read − scored | all dev |" in text
    assert "| toy | coded.share |" in text
    assert "Secondary rows: older, more flattering variants" in text
    assert " s)" not in text  # no timings: the report is reproducible
    assert "Parts of fewer than 30 records (toy read" in text


def test_holdout_survives_an_empty_record(tmp_path, config):
    _write(tmp_path, "toy", "holdout", RECORDS[:3] + [{"id": "toy-empty", "text": ""}])
    result = evaluate_holdout(TOY, gold_dir=tmp_path, config=config)
    assert result.records == 4 and not result.parts
    assert result.failed and result.failed[0][0] == "toy-empty"


def test_holdout_refusal_names_a_flag_the_command_has(tmp_path, config):
    with pytest.raises(CommuniqueError) as err:
        evaluate(TOY, split="holdout", gold_dir=tmp_path, config=config)
    message = str(err.value)
    assert "--split holdout" in message and "--allow-holdout" not in message
    split = next(p for p in evaluate_command.params if p.name == "split")
    assert "--split" in split.opts and "holdout" in split.type.choices


def test_command_on_a_made_up_holdout_folder_reports_the_empty_record(tmp_path):
    records = [{"id": "d-1", "published": "2024-05-02",
                "text": "The Velmora council met on 3 May 2024 in Port Anselm.",
                "timexes": [{"start": 27, "end": 37, "text": "3 May 2024", "type": "DATE",
                             "value": "2024-05-03"}]},
               {"id": "d-2", "published": "2024-05-02", "text": "", "timexes": []}]
    _write(tmp_path, "te3_dates", "holdout", records)
    report = tmp_path / "out.md"
    run = CliRunner().invoke(cli, ["evaluate", "te3_dates", "--split", "holdout", "--gold",
                                   str(tmp_path), "--report", str(report)])
    assert run.exit_code == 0, run.output
    assert "not coded, scored as a miss" in run.output and "d-2" in run.output
    assert "te3_dates" in report.read_text(encoding="utf-8")


def test_a_missing_gold_folder_is_a_one_line_error(tmp_path):
    run = CliRunner().invoke(cli, ["evaluate", "te3_dates", "--gold", str(tmp_path / "nope")])
    assert run.exit_code != 0 and "Traceback" not in run.output
    assert "nope" in run.output


def _code_failing(ids):
    """The runner's coding, with a stage failing on the records ``ids`` (None: on all), as a
    crash of a stage or a broken installation leaves them."""
    from communique.evaluate import run as run_module

    real = run_module.code

    def code(gold, records, extractor):
        outputs = real(gold, records, extractor)
        for r, o in zip(records, outputs):
            if ids is None or r.get("id") in ids:
                o["errors"].append({"code": "stage.failed", "stage": "parse",
                                    "message": "ImportError: No module named 'threadpoolctl'"})
        return outputs
    return code


def test_a_record_a_stage_failed_on_is_listed_not_silently_a_miss(tmp_path, config, monkeypatch):
    from communique.evaluate import run as run_module

    _write(tmp_path, "toy", "dev", RECORDS)
    monkeypatch.setattr(run_module, "code", _code_failing({"toy-3"}))
    result = evaluate(TOY, split="dev", gold_dir=tmp_path, config=config)
    assert ("toy-3", "stage parse failed: ImportError: No module named 'threadpoolctl'") in result.failed
    assert "3 records could not be coded" in result.notes[0]


def test_a_set_none_of_whose_records_could_be_coded_is_an_error_not_a_zero(tmp_path, config,
                                                                            monkeypatch):
    from communique.evaluate import run as run_module

    _write(tmp_path, "toy", "dev", RECORDS)
    monkeypatch.setattr(run_module, "code", _code_failing(None))
    with pytest.raises(CommuniqueError, match=r"gold set toy \(dev\): none of the 14 records "
                                              r"could be coded.*stage parse failed: ImportError"):
        evaluate(TOY, split="dev", gold_dir=tmp_path, config=config)
