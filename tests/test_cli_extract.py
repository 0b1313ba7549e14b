"""`communique extract` on good and bad inputs: one clear line naming a bad input and a
non-zero exit for files; in a --jsonl batch, one output line per record, in order."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ENGLISH = ("The Ministry of Foreign Affairs condemned the attack on the aid convoy near the "
           "border and called for an independent investigation by the United Nations.")


@pytest.fixture
def run(monkeypatch, extractor):
    """Invoke the CLI with the session's pipeline (the model loads once for all tests)."""
    monkeypatch.setattr("communique.cli.extract.Extractor", lambda config, model=None: extractor)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, ["extract", *map(str, args)], input=input)

    return invoke


def error_line(result) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_one_good_file_prints_one_document(run):
    result = run(EXAMPLES / "joint_statement.txt")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["schema"] == "communique.document/1"
    doc = out["document"]
    assert doc["title"].startswith("Joint statement by")
    assert doc["published"] == "2022-02-14" and doc["published_from"] == "dateline"
    assert [s["name"] for s in doc["sections"]][:2] == ["title", "dateline"]


def test_html_with_debris_is_cleaned(run):
    result = run(EXAMPLES / "news_page_with_debris.html")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)["document"]
    for debris in ("IMG_2034", "Share", "cookies", "Home >", "trackPageView", "Related articles"):
        assert debris not in doc["text"]
    assert {r["reason"] for r in doc["removed"]} >= {"image_file", "share_buttons", "navigation"}
    assert doc["source"]["format"] == "html" and doc["published"] == "2022-06-03"


BAD_FILES = {
    "empty.txt": (b"", "the input is empty"),
    "blank.txt": (b"  \n\n \t\n", "the input is empty"),
    "report.txt": (b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n1 0 obj", "this is a PDF file, not text"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(200), "this is a PNG image, not text"),
    "noise.txt": (bytes(range(256)) * 20, "binary data"),
    "scripts.html": (b"<html><head><script>var x = 'tracking code';</script></head><body>"
                     b"<script>render()</script><nav><a href='/'>Home</a></nav></body></html>",
                     "HTML page with no main text"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_single_file_is_one_clear_error(name, run, tmp_path):
    data, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = run(path)
    assert result.exit_code != 0
    line = error_line(result)
    assert line.startswith(f"Error: {path}: ") and reason in line
    assert result.stdout == ""


def test_fifty_megabytes_is_refused_by_the_size_limit(run, tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse file: no disk used
    result = run(path)
    assert result.exit_code != 0
    line = error_line(result)
    assert str(path) in line and "over the limit" in line and "max_bytes" in line


def test_missing_file(run, tmp_path):
    result = run(tmp_path / "absent.txt")
    assert result.exit_code != 0
    assert "absent.txt: no such file" in error_line(result)


def test_non_utf8_file_is_read_with_a_notice(run, tmp_path):
    path = tmp_path / "latin.txt"
    text = "Déclaration du ministère: " + ENGLISH
    path.write_bytes(text.encode("latin-1"))
    result = run(path)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["document"]["text"].startswith("Déclaration du ministère")
    assert doc["document"]["source"]["encoding"] == "cp1252"
    assert [e["code"] for e in doc["errors"]][:1] == ["notice.encoding"]


def test_several_files_go_on_past_a_bad_one(run, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 ...")
    result = run(EXAMPLES / "un_agency_statement.txt", bad, EXAMPLES / "armed_group_claim.txt")
    assert result.exit_code != 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["source"]["path"].rsplit("/", 1)[-1] for d in docs] == [
        "un_agency_statement.txt", "armed_group_claim.txt"]
    assert f"Error: {bad}: this is a PDF file" in result.stderr
    assert "1 of 3 file(s) could not be read" in result.stderr


def test_bad_published_option(run):
    result = run(EXAMPLES / "joint_statement.txt", "--published", "03/02/2022")
    assert result.exit_code != 0
    assert "--published: published date '03/02/2022' is ambiguous" in error_line(result)


def test_jsonl_batch_one_line_per_record_in_order(run, tmp_path):
    records = [
        json.dumps({"id": "ok-1", "text": ENGLISH, "published": "2021-03-01"}),
        '{"id": "broken", "text": "no closing quote}',
        json.dumps({"id": "pdf", "text": "%PDF-1.4\n1 0 obj"}),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "notext"}),
        json.dumps({"id": "ok-2", "text": "Joint statement by the Green Party and the Labour Union\n\n"
                    "4 May 2020\n\n" + ENGLISH}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_bytes(("\n".join(records) + "\n").encode() + b'{"id": "latin", "text": "caf\xe9"}\n')
    result = run("--jsonl", path)
    assert result.exit_code == 1, result.output  # every record printed; the status says some failed
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(records) + 1
    assert [o["document"]["source"]["line"] for o in out] == list(range(1, 8))
    codes = [o["errors"][0]["code"] if o["errors"] else None for o in out]
    assert codes == [None, "input.jsonl", "input.binary", "input.empty", "input.jsonl", None,
                     "input.encoding"]
    assert out[0]["document"]["id"] == "ok-1" and out[0]["document"]["published"] == "2021-03-01"
    assert out[0]["document"]["published_from"] == "input"
    assert out[5]["document"]["published"] == "2020-05-04"
    assert error_line(result) == "Error: 5 of 7 record(s) failed (5 could not be read); see their errors"


def test_jsonl_from_stdin(run):
    lines = "\n".join([json.dumps({"id": "x", "text": ENGLISH}), "not json"]) + "\n"
    result = run("--jsonl", "-", input=lines)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["document"]["source"]["path"] for o in out] == ["<stdin>", "<stdin>"]
    assert out[1]["errors"][0]["message"].startswith("<stdin>:2: invalid JSON")


def test_missing_jsonl_file(run, tmp_path):
    result = run("--jsonl", tmp_path / "none.jsonl")
    assert result.exit_code != 0
    assert "none.jsonl" in error_line(result)


@pytest.mark.parametrize("name", ["ministry_press_release.txt", "ngo_report_excerpt.txt"])
def test_summary_of_examples(run, name):
    result = run("--summary", EXAMPLES / name)
    assert result.exit_code == 0, result.output
    assert "published: 20" in result.stdout


def test_stdin_text(run):
    result = run("-", input="Statement on the floods\n\n12 May 2020\n\n" + ENGLISH)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)["document"]
    assert doc["published"] == "2020-05-12" and doc["title"] == "Statement on the floods"


def test_example_files_have_no_hidden_binary(tmp_path):
    for p in EXAMPLES.iterdir():
        data = p.read_bytes()
        assert b"\x00" not in data and data.decode("utf-8")
        assert os.path.getsize(p) < 20_000
