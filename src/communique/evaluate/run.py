"""Running a gold set through the pipeline and writing the report."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from ..config import merge
from ..errors import CommuniqueError
from ..extract import Extractor
from ..ingest import load_text
from ..document import Source
from .registry import GoldSet, Result

GOLD_ENV = "COMMUNIQUE_GOLD"
SPLITS = ("dev",)  # the holdout split is never read by the project's own tools by default


def find_gold_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The folder of normalised gold JSONL: argument, $COMMUNIQUE_GOLD, or ../shared beside the project."""
    candidates = [explicit, os.environ.get(GOLD_ENV)]
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "eval-data" / "gold" for p in here.parents]
    candidates.append(Path.cwd().parent / "shared" / "eval-data" / "gold")
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    raise CommuniqueError("no gold data found: pass --gold DIR or set COMMUNIQUE_GOLD")


def read_records(gold_dir: Path, name: str, split: str, limit: int | None = None) -> list[dict]:
    path = gold_dir / f"{name}.{split}.jsonl"
    if not path.exists():
        raise CommuniqueError(f"{path}: no such gold file")
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
                if limit and len(records) >= limit:
                    break
    return records


def evaluate(gold: GoldSet, *, split: str = "dev", gold_dir: Path | None = None,
             config: dict[str, Any], limit: int | None = None,
             extractor: Extractor | None = None) -> Result:
    if split not in SPLITS:
        raise CommuniqueError(
            f"split {split!r} is not available: tuning and tests use 'dev' only; "
            "the holdout split is for the final score and is read only with --allow-holdout")
    return _evaluate(gold, split, gold_dir or find_gold_dir(), config, limit, extractor)


def evaluate_holdout(gold: GoldSet, *, gold_dir: Path | None = None, config: dict[str, Any],
                     extractor: Extractor | None = None) -> Result:
    """The final, honest score.  Never used by tests or tuning."""
    return _evaluate(gold, "holdout", gold_dir or find_gold_dir(), config, None, extractor)


def _evaluate(gold, split, gold_dir, config, limit, extractor) -> Result:
    records = read_records(gold_dir, gold.name, split, limit)
    if extractor is None or gold.overrides:
        extractor = Extractor(merge(config, gold.overrides))
    start = time.perf_counter()

    def docs():
        for r in records:
            kw = gold.to_input(r)
            source = Source(record=str(r.get("id")), format="gold",
                            published_hint=kw.get("published"), title_hint=kw.get("title"))
            d = load_text(kw["text"], source, extractor.config)
            d.id = str(r.get("id"))
            yield d

    coded = list(extractor.pipe(docs()))
    result = Result(gold.name, split, len(records))
    gold.score(records, coded, result)
    result.seconds = time.perf_counter() - start
    return result
