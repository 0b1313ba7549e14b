"""No string of the project repeats a dev gold record: tests use sentences written for them.

A test that pins a dev sentence measures the dev set again, under another name, and rules tuned
to pass it fit that sentence.  This fails when any string literal or comment (a run of comment
lines read as one text) of a Python file in tests/ or src/, or any text file there (fixtures, data), shares 8 or more consecutive words
(lower-cased ``[a-z0-9]+`` tokens) with the text of a record of
``../shared/eval-data/gold/*.dev.jsonl``, or with a passage of the self-annotated statements set
(``tools/statements_extra``, rebuilt from the UNGD corpus in ../shared): half of that set is only
scored, and a test or rule written from a passage fits it all the same.  Against any UN General
Debate speech of the corpus (the statements sets are drawn from it, their holdout half too) or any
real sample statement of ../shared/samples, the run is 10 words: three million words of
diplomatic speech share 8-word formulas and long official names with any sentence written in
their register, while a shared 10-word run is copying.  It skips with a reason
when ../shared (or the corpus) is absent, except in CI (``COMMUNIQUE_REQUIRE_SHARED=1``).
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import sys
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
N = 8
CORPUS_N = 10  # runs checked against the whole UNGD corpus and the samples (see above)
WORD = re.compile(r"[a-z0-9]+")
TEXT_SUFFIXES = {".txt", ".json", ".jsonl", ".tsv", ".csv", ".md", ".html", ".toml", ".xml"}
SKIP_PARTS = {"__pycache__", "node_modules"}
# Tables of names, not sentences: an organisation's full name can have eight words or more,
# and news names it in full.
NAME_TABLES = (ROOT / "src" / "communique" / "resolve" / "kb",)


def shingles(text: str, n: int = N) -> set[str]:
    """The runs of n consecutive words of the text."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def gold_shingles(gold_dir: Path) -> set[str]:
    found: set[str] = set()
    for path in sorted(gold_dir.glob("*.dev.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    found |= shingles(json.loads(line).get("text") or "")
    return found


def extra_passage_shingles() -> set[str]:
    """The 8-word runs of the passages of tools/statements_extra, rebuilt from the UNGD corpus
    (the set stores offsets, never text); skips with a reason when the corpus is absent."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tools.statements_extra.build import records
    from tools.statements_extra.corpus import CORPUS, load_annotations, load_speeches

    if not CORPUS.is_file():
        if os.environ.get("COMMUNIQUE_REQUIRE_SHARED"):
            pytest.fail(f"{CORPUS} is missing, and CI requires ../shared")
        pytest.skip(f"{CORPUS} is absent: the extra statements set's passages are rebuilt from it")
    found: set[str] = set()
    for rec in records(load_annotations(), load_speeches(CORPUS)):
        found |= shingles(rec["text"])
    return found


def _folded(node: ast.AST) -> str | None:
    """The value of a string constant, or of constants joined with + ."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _folded(node.left), _folded(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def python_strings(path: Path):
    """(line, string) for every string literal (f-string pieces and + chains included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            yield node.lineno, " ".join(v.value for v in node.values
                                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        else:
            value = _folded(node)
            if value is not None and len(value) > 30:
                yield getattr(node, "lineno", 0), value


def python_comments(path: Path):
    """(line, text) for every run of comments on consecutive lines: a rule's example is often
    told in the comment above it, and a gold sentence quoted there is as fitted as a literal."""
    runs: list[tuple[int, int, list[str]]] = []
    source = path.read_text(encoding="utf-8")
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type != tokenize.COMMENT:
            continue
        line = tok.start[0]
        if runs and runs[-1][1] == line - 1:
            runs[-1] = (runs[-1][0], line, runs[-1][2] + [tok.string.lstrip("#")])
        else:
            runs.append((line, line, [tok.string.lstrip("#")]))
    for first, _last, parts in runs:
        yield first, " ".join(parts)


def project_strings(roots):
    for root in roots:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or SKIP_PARTS & set(path.parts):
                continue
            if any(path.is_relative_to(t) for t in NAME_TABLES) and path.suffix != ".py":
                continue
            if path.suffix == ".py":
                for line, value in python_strings(path):
                    yield f"{path.relative_to(ROOT)}:{line}", value
                for line, value in python_comments(path):
                    yield f"{path.relative_to(ROOT)}:{line}", value
            elif path.suffix in TEXT_SUFFIXES:
                yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace")


def overlaps(strings, gold: set[str]) -> list[str]:
    hits = []
    for where, value in strings:
        shared = sorted(shingles(value) & gold)
        if shared:
            hits.append(f"{where}: '{shared[0]}' ({len(shared)} shared 8-word runs)")
    return hits


@pytest.fixture(scope="module")
def strings() -> list[tuple[str, str]]:
    return list(project_strings([ROOT / "tests", ROOT / "src"]))


def test_no_string_shares_eight_words_with_a_dev_gold_record(gold_dir, strings):
    gold = gold_shingles(gold_dir)
    assert len(gold) > 10_000, "the dev gold files were read"
    hits = overlaps(strings, gold)
    assert not hits, ("strings repeating dev gold wording (write a sentence of your own, same "
                      "construction, invented actors and places):\n" + "\n".join(hits))


@pytest.mark.shared
def test_no_string_shares_eight_words_with_an_extra_statements_passage(shared_dir, strings):
    passages = extra_passage_shingles()
    assert len(passages) > 5_000, "the passages of tools/statements_extra were rebuilt"
    hits = overlaps(strings, passages)
    assert not hits, ("strings repeating the wording of a tools/statements_extra passage (write a "
                      "sentence of your own, same construction, invented actors and places):\n" + "\n".join(hits))


UNGD = Path("eval-data") / "ungd-statements" / "ungd_sessions75-79_2020-2024.jsonl"


def corpus_texts(shared_dir: Path):
    """(name, text) of every UN General Debate speech and every real sample statement: the
    speeches the statements sets were drawn from (their holdout half included) and the
    samples are read from ../shared, never written into the project."""
    with (shared_dir / UNGD).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                yield rec.get("id") or "?", rec.get("text") or ""
    for path in sorted((shared_dir / "samples").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8", errors="replace")


@pytest.mark.shared
def test_no_string_shares_ten_words_with_a_ungd_speech_or_a_sample(shared_dir, strings):
    # (the project's runs are the smaller set: the corpus is streamed past them; every place
    # of a run is told, so that rewording one does not reveal the next only on the next run)
    mine: dict[str, list[str]] = {}
    for where, value in strings:
        for run in shingles(value, n=CORPUS_N):
            mine.setdefault(run, []).append(where)
    hits, speeches = {}, 0
    for name, text in corpus_texts(shared_dir):
        speeches += 1
        for run in shingles(text, n=CORPUS_N) & mine.keys():
            for where in mine[run]:
                hits.setdefault(where, f"'{run}' ({name})")
    assert speeches > 900, "the UNGD corpus was read"
    assert not hits, (f"strings sharing {CORPUS_N} words in a row with a UN General Debate speech or a "
                      "sample statement (write a sentence of your own, same construction, invented "
                      "actors and places):\n" + "\n".join(f"{w}: {r}" for w, r in sorted(hits.items())))


def test_the_check_sees_literals_joined_across_lines(tmp_path):
    gold = shingles("A quick brown fox jumps over the lazy dog near the river bank. "
                    "Five green frogs sing on the old stone bridge at night.")
    joined = tmp_path / "joined.py"
    joined.write_text('X = ("the quick brown fox " "jumps over the " + "lazy dog near the river")\n',
                      encoding="utf-8")
    strings = [s for _, s in python_strings(joined)]
    # only the + chain as a whole has eight words in a row with the gold
    assert [s for s in strings if shingles(s) & gold] == ["the quick brown fox jumps over the lazy dog near the river"]
    fstring = tmp_path / "f.py"
    fstring.write_text('Y = f"{5} green frogs sing on the old stone bridge at night"\n', encoding="utf-8")
    assert any(shingles(s) & gold for _, s in python_strings(fstring))
    assert not shingles("the quick brown fox jumps over the cat") & gold


def test_the_check_sees_comments_running_over_lines(tmp_path):
    gold = shingles("Five green frogs sing on the old stone bridge at night.")
    commented = tmp_path / "c.py"
    commented.write_text('x = 1\n# "five green frogs sing on the\n# old stone bridge": a rule\n\ny = 2  # unrelated\n',
                         encoding="utf-8")
    texts = [t for _, t in python_comments(commented)]
    assert any(shingles(t) & gold for t in texts)
    assert not any(shingles(t) & gold for t in texts if "unrelated" in t)
