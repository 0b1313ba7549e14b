"""What tools/digest.py makes of an output before hashing it: volatile values replaced,
values put in one canonical byte form, and ``Part``, one output kind's items and digests.

Volatile values are all listed here: ``VOLATILE_KEYS`` and ``normalise_text``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from typing import Any

# Values that differ from run to run or with the bundled data, never with the coding:
# replaced by "<volatile>" wherever they appear as a key of a JSON object, a CSV
# column or a GeoJSON property.
VOLATILE_KEYS = frozenset({
    "run_id",             # the ingest run's number
    "coded_at",           # when a document was coded/ingested
    "previous_coded_at",
    "seen_at",
    "started_at",
    "finished_at",
    "ingested_at",
    "coding_version",     # <version>+<hash of config and bundled data files>
    "previous_version",
    "version",            # the coding version in PLOVER records, the app's in API answers
    "dateCoded",          # PLOVER: the day of coding
})


def normalise_text(s: str, tmp: str) -> str:
    # The temporary working folder, should a path be printed absolute.
    return s.replace(tmp, "<tmp>")


def normalise(value: Any, tmp: str) -> Any:
    if isinstance(value, dict):
        return {k: "<volatile>" if k in VOLATILE_KEYS else normalise(v, tmp) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v, tmp) for v in value]
    if isinstance(value, str):
        return normalise_text(value, tmp)
    return value


def canon(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str).encode("utf-8")


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Part:
    """One output kind: an ordered list of (item name, normalised value)."""

    def __init__(self, name: str):
        self.name, self.items = name, []
        self.columns: dict[str, list] | None = None

    def add(self, key: str, value: Any) -> None:
        self.items.append((key, value))

    def add_rows(self, rows: list[dict[str, Any]], columns: list[str]) -> None:
        """A table: its column list, then each row; per-column digests for --compare."""
        self.add("columns", columns)
        for i, r in enumerate(rows):
            self.add(f"row {i}", r)
        self.columns = {c: [r.get(c) for r in rows] for c in columns}

    def digest(self) -> str:
        h = hashlib.sha256()
        for key, value in self.items:
            h.update(canon([key, value]) + b"\n")
        return h.hexdigest()

    def detail(self) -> dict[str, Any]:
        out: dict[str, Any] = {"digest": self.digest(), "items": len(self.items),
                               "item_digests": {k: sha(canon(v)) for k, v in self.items}}
        if self.columns is not None:
            out["column_digests"] = {c: sha(canon(v)) for c, v in self.columns.items()}
        return out


def json_lines(text: str, tmp: str) -> list[Any]:
    return [normalise(json.loads(line), tmp) for line in text.splitlines() if line.strip()]


def table_rows(text: str, delimiter: str, tmp: str) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    rows = [normalise(dict(r), tmp) for r in reader]
    return list(reader.fieldnames or []), rows
