"""tools/statements_extra: the self-annotated statements set rebuilds from the UNGD corpus and
keeps the gold set's conventions (needles, PLOVER types, ISO codes, speeches not in the dev set)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.statements_extra import build  # noqa: E402
from tools.statements_extra.corpus import load_annotations  # noqa: E402
from tools.statements_extra.passage_check import AnnotationMismatch, rebuild  # noqa: E402

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def speeches(shared_dir):
    from tools.statements_extra.corpus import CORPUS, load_speeches

    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is absent: the extra statements set is rebuilt from it")
    return load_speeches(CORPUS)


@pytest.fixture(scope="module")
def annotations():
    return load_annotations()


def test_every_annotation_rebuilds_with_its_needle_once(annotations, speeches):
    assert len(annotations) >= 50
    for ann in annotations:
        text = rebuild(ann, speeches)
        assert text.count(ann["expect"]["needle"]) == 1, ann["speech"]
        # the extractor's document text drops "**" emphasis, so a needle holding it is never found
        assert "**" not in ann["expect"]["needle"], ann["speech"]
        # 2-8 sentences: at least one sentence end before the passage's own end
        assert "\n" not in text and re.search(r"[.!?][”\"’]? ", text), ann["speech"]


def test_types_are_plover_and_countries_iso(annotations):
    for ann in annotations:
        exp = ann["expect"]
        assert exp["types"] and set(exp["types"]) <= PLOVER, ann["speech"]
        for code in (exp["source_country"], exp["target_country"]):
            if code is not None:
                assert pycountry.countries.get(alpha_3=code) is not None, (ann["speech"], code)
        if exp["target_pattern"]:
            re.compile(exp["target_pattern"])


def test_one_passage_per_speech_and_none_from_the_dev_set(annotations, gold_dir):
    used = [a["speech"] for a in annotations]
    assert len(used) == len(set(used))
    with (gold_dir / "statements.dev.jsonl").open(encoding="utf-8") as fh:
        dev = {json.loads(line)["id"].removeprefix("stmt-") for line in fh if line.strip()}
    assert not set(used) & dev


def test_source_is_the_speaking_state(annotations, speeches):
    for ann in annotations:
        assert ann["expect"]["source_country"] == speeches[ann["speech"]]["country_iso3"], ann["speech"]


def test_build_writes_gold_format(tmp_path, speeches):
    assert build.main(["-o", str(tmp_path)]) == 0
    recs = [json.loads(line) for line in (tmp_path / "statements.dev.jsonl").open(encoding="utf-8")]
    assert len(recs) == len(load_annotations())
    first = recs[0]
    assert set(first) == {"id", "title", "published", "text", "expect"}
    assert first["id"].startswith("extra-") and re.fullmatch(r"20\d\d-09-\d\d", first["published"])
    assert first["expect"]["needle"] in first["text"]


def test_a_moved_passage_fails_naming_the_speech(tmp_path, annotations, speeches, capsys):
    bad = dict(annotations[0], start=annotations[0]["start"] + 1)
    path = tmp_path / "ann.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    assert build.main(["-o", str(tmp_path / "out"), "--annotations", str(path)]) == 1
    assert bad["speech"] in capsys.readouterr().err


def test_absent_corpus_is_a_clear_error(tmp_path, capsys):
    assert build.main(["-o", str(tmp_path), "--corpus", str(tmp_path / "none.jsonl")]) == 1
    assert "UNGD corpus not found" in capsys.readouterr().err


def test_rebuild_rejects_a_needle_that_is_not_unique():
    speeches = {"XYZ_75_2020": {"text": "We thank you. We thank you again.", "session": 75}}
    from tools.statements_extra.passage_check import digest

    ann = {"speech": "XYZ_75_2020", "start": 0, "end": 33, "sha1": digest("We thank you. We thank you again."),
           "expect": {"needle": "We thank you"}}
    with pytest.raises(AnnotationMismatch, match="occurs 2 times"):
        rebuild(ann, speeches)
