"""tools/digest.py (and tools/digest_parts.py): the pieces that decide whether two checkouts'
outputs are "identical"."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_tool", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def digest():
    return _load("digest")


@pytest.fixture(scope="module")
def parts():
    return _load("digest_parts")


def test_volatile_values_are_normalised_and_nothing_else(parts):
    doc = {"document": {"id": "d1", "coded_at": "2026-12-03T11:00:00", "title": "Talks in Velora",
                        "source": {"path": "/tmp/x1/examples/a.txt"}},
           "events": [{"id": "e1", "version": "0.1.0+abc", "dateCoded": "2026-12-03", "type": "AGREE"}]}
    out = parts.normalise(doc, "/tmp/x1")
    assert out["document"]["coded_at"] == "<volatile>"
    assert out["events"][0]["version"] == out["events"][0]["dateCoded"] == "<volatile>"
    assert out["document"]["source"]["path"] == "<tmp>/examples/a.txt"
    assert out["document"]["title"] == "Talks in Velora" and out["events"][0]["type"] == "AGREE"
    later = json.loads(json.dumps(doc).replace("2026-12-03", "2027-01-05").replace("abc", "def"))
    assert parts.canon(parts.normalise(later, "/tmp/x1")) == parts.canon(out)


def test_shards_keep_each_record_on_its_own_line_number(digest, tmp_path):
    whole = tmp_path / "batch.jsonl"
    records = [json.dumps({"id": f"r{i}", "text": f"Statement number {i}."}) for i in range(5)]
    whole.write_text("\n".join(records) + "\n", encoding="utf-8")
    shards = digest.shards(whole, 2)
    assert [s.name for s in shards] == ["batch.jsonl", "batch.jsonl"]
    seen = {}
    for shard in shards:
        for number, line in enumerate(shard.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                seen[number] = json.loads(line)["id"]
    assert seen == {i + 1: f"r{i}" for i in range(5)}


def test_compare_names_the_part_and_column_that_differ(digest, parts, tmp_path, capsys):
    def result(rows):
        part = parts.Part("export-csv")
        part.add_rows(rows, ["event_id", "type"])
        other = parts.Part("web-api")
        other.add("GET /api/me", {"user": None})
        both = [part, other]
        return {"total": parts.sha("".join(p.digest() for p in both).encode()), "commit": "x",
                "parts": {p.name: p.detail() for p in both}}

    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(json.dumps(result([{"event_id": "e1", "type": "AGREE"}])))
    b.write_text(json.dumps(result([{"event_id": "e1", "type": "REQUEST"}])))
    assert digest.compare(str(a), str(a)) == 0
    assert digest.compare(str(a), str(b)) == 1
    out = capsys.readouterr().out
    assert "export-csv: DIFFERENT" in out and "columns changed: type" in out
    assert "web-api: identical" in out
