"""Read the UNGD corpus and the ids of the gold dev set (ids only, never its texts)."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "eval-data" / "ungd-statements" / "ungd_sessions75-79_2020-2024.jsonl"
GOLD_DEV = SHARED / "eval-data" / "gold" / "statements.dev.jsonl"
HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations.jsonl"

# First day of each session's general debate (statements.README.md).
DEBATE_START = {75: "2020-09-22", 76: "2021-09-21", 77: "2022-09-20", 78: "2023-09-19", 79: "2024-09-24"}


class CorpusMissing(Exception):
    """The shared UNGD corpus (or the gold dev file) is not where the project expects it."""


def load_speeches(path: Path = CORPUS) -> dict[str, dict]:
    """Speech records by corpus id."""
    if not path.is_file():
        raise CorpusMissing(f"UNGD corpus not found: {path}")
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def gold_dev_speech_ids(path: Path = GOLD_DEV) -> set[str]:
    """Speech ids used by the gold statements dev set (read from its `id` field only)."""
    if not path.is_file():
        raise CorpusMissing(f"gold statements dev file not found: {path}")
    ids = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rid = json.loads(line)["id"]
                ids.add(rid.removeprefix("stmt-"))
    return ids


def load_annotations(path: Path = ANNOTATIONS) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
