"""The sixteen awkward inputs of a release check, and mixed JSONL batches.

Each input is made here, in tmp_path.  Given alone to `extract`, an unreadable one
is one line naming it and a non-zero exit, never a traceback; a readable one
(another encoding, a page of scripts, a very long sentence, capitals only) is
coded.  Given all together to `ingest`, the readable ones are stored and each
unreadable one has its reason.  (tests/test_cli_extract.py covers single files of
a few of these kinds in more detail; this is the whole set.)  Statements are
fictional.
"""

from __future__ import annotations

import gzip
import json
import random
import sqlite3

import pytest
from click.testing import CliRunner
from test_cli_extract import run  # noqa: F401  (the CLI with the session's pipeline)

from communique.cli import main

SENTENCE = ("The Government of Freedonia condemned the shelling of the port of Orvel by "
            "Ruritanian forces and called for talks in Port Lumen.")
STATEMENT = f"Statement of the Foreign Ministry of Freedonia\n\n{SENTENCE}\n"
MB = 1024 * 1024


def _sparse(path, size):
    with path.open("wb") as fh:
        fh.truncate(size)   # no disk used: it must be refused by its size, unread


def _long_sentence() -> str:
    words = ["the", "delegation", "of", "Freedonia", "and", "the", "envoys", "of", "Sylvania",
             "discussed", "grain", "convoys", "near", "Orvel"]
    rng = random.Random(3)
    return "Statement\n\n" + " ".join(rng.choice(words) for _ in range(2000)) + "."


# name -> (how to make it, "coded" or the words of its one-line error)
CASES = {
    "empty.txt": (lambda p: p.write_bytes(b""), "the input is empty"),
    "spaces.txt": (lambda p: p.write_bytes(b"   \n\t  \n    "), "the input is empty"),
    "noise.bin": (lambda p: p.write_bytes(random.Random(1).randbytes(4000)), "binary data"),
    "report.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>"),
                   "this is a PDF file, not text"),
    "photo.png": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500)), "this is a PNG image"),
    "latin1.txt": (lambda p: p.write_bytes(("Déclaration du ministère\n\n" + SENTENCE).encode("latin-1")),
                   "coded"),
    "utf16.txt": (lambda p: p.write_bytes(STATEMENT.encode("utf-16")), "coded"),
    "nul.txt": (lambda p: p.write_bytes(STATEMENT.encode() + b"\x00" * 300 + STATEMENT.encode()),
                "binary data (NUL bytes)"),
    "scripts.html": (lambda p: p.write_text(
        "<html><body>" + "<script>track('visit');</script>" * 2000 + f"<article><h1>Statement</h1>"
        f"<p>{SENTENCE}</p></article></body></html>", encoding="utf-8"), "coded"),
    "nested.html": (lambda p: p.write_text(
        "<html><body>" + "<div>" * 20000 + f"<p>{SENTENCE}</p>" + "</div>" * 20000 + "</body></html>",
        encoding="utf-8"), "coded"),
    "long_sentence.txt": (lambda p: p.write_text(_long_sentence(), encoding="utf-8"), "coded"),
    "capitals.txt": (lambda p: p.write_text(
        "STATEMENT OF THE SYLVANIAN PARLIAMENT\n\nTHE PARLIAMENT OF SYLVANIA CONDEMNS THE "
        "BLOCKADE OF THE LENNA RIVER BY FREEDONIAN BOATS.", encoding="utf-8"), "coded"),
    "statement.txt.gz": (lambda p: p.write_bytes(gzip.compress(STATEMENT.encode() * 20)),
                         "this is a gzip archive"),
    "dump.txt": (lambda p: _sparse(p, 52 * MB), "over the limit"),
    "folder": (lambda p: p.mkdir(), "is a folder"),
    "missing.txt": (lambda p: None, "no such file"),
}


def make(tmp_path, name):
    path = tmp_path / name
    CASES[name][0](path)
    return path


@pytest.mark.parametrize("name", list(CASES))
def test_extract_one_awkward_input(name, run, tmp_path):   # noqa: F811
    path = make(tmp_path, name)
    result = run(path)
    assert "Traceback" not in result.output
    expected = CASES[name][1]
    if expected == "coded":
        assert result.exit_code == 0, result.output
        doc = json.loads(result.stdout)
        assert doc["document"]["source"]["path"] == str(path)
        assert "FREEDONIA" in doc["document"]["text"].upper()
        assert not [e for e in doc["errors"] if not e["code"].startswith("notice.")]
        return
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: ") and expected in lines[0], lines


def test_ingest_all_sixteen_together(tmp_path, extractor, config):
    from communique.scale import worker

    worker.adopt(config, extractor.pipeline)   # the session's pipeline: the model loads once
    paths = [make(tmp_path, name) for name in CASES]
    db = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db), "--json"])
    assert "Traceback" not in result.output
    assert result.exit_code == 1, result.output   # some failed
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    coded = [n for n, (_, expected) in CASES.items() if expected == "coded"]
    # The folder is walked (it is empty); every other unreadable input failed with a reason.
    assert summary["ingested"] == len(coded)
    assert summary["failed"] == len(CASES) - len(coded) - 1
    con = sqlite3.connect(db)
    stored = {p.rsplit("/", 1)[-1] for (p,) in con.execute("SELECT source_path FROM documents")}
    reasons = dict(con.execute("SELECT source, message FROM errors WHERE code NOT LIKE 'notice.%'"))
    con.close()
    assert stored == set(coded)
    for name, (_, expected) in CASES.items():
        if expected not in ("coded", "is a folder"):
            assert expected.split(" (")[0] in reasons[str(tmp_path / name)], (name, reasons)


MIXED = [
    json.dumps({"id": "good-1", "text": STATEMENT, "published": "2024-03-04"}),
    '{"id": "cut", "text": "The Government of Freedonia',          # invalid JSON
    json.dumps({"id": "no-text", "title": "only a title"}),
    "",                                                            # an empty line
    json.dumps({"id": "number", "text": 12345}),                    # text not a string
    json.dumps(["a", "list"]),
    "   ",
    json.dumps({"id": "good-2", "text": STATEMENT.replace("Orvel", "Brask")}),
]


def test_extract_mixed_jsonl_codes_every_good_record(run, tmp_path):   # noqa: F811
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    result = run("--jsonl", path)
    assert "Traceback" not in result.output
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    # Blank lines are no records; the others come out in order with their line numbers.
    assert [o["document"]["source"]["line"] for o in out] == [1, 2, 3, 5, 6, 8]
    assert [o["errors"][0]["code"] if o["errors"] else None for o in out] == [
        None, "input.jsonl", "input.jsonl", "input.jsonl", "input.jsonl", None]
    messages = [o["errors"][0]["message"] for o in out if o["errors"]]
    assert messages[0].startswith(f"{path}:2: invalid JSON")
    assert messages[2] == f"{path}:5: the record has no string field 'text'"
    assert [o["document"]["id"] for o in out if not o["errors"]] == ["good-1", "good-2"]
    assert all(o["events"] for o in out if not o["errors"])
    assert result.stderr.splitlines() == [
        "Error: 4 of 6 record(s) failed (4 could not be read); see their errors"]


def test_ingest_mixed_jsonl_stores_every_good_record(tmp_path, extractor, config):
    from communique.scale import worker

    worker.adopt(config, extractor.pipeline)
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db)])
    assert "Traceback" not in result.output and result.exit_code == 1
    assert "ingested 2, skipped as known 0, failed 4" in result.stderr
    con = sqlite3.connect(db)
    assert sorted(r for (r,) in con.execute("SELECT source_record FROM documents")) == ["good-1", "good-2"]
    assert sorted(s.rsplit(":", 1)[-1] for (s,) in con.execute("SELECT source FROM errors")) == \
        ["2", "3", "5", "6"]
    con.close()
