"""Running a gold set through the pipeline, part by part.

The runner codes every record as ``communique extract`` would and hands the scorer the JSON
documents ``extract`` prints (``contract``), nothing else.  On the dev split it scores three
times: all records, the ``read`` part and the ``scored`` part (``parts.part_of``), so every
metric comes with its read-minus-scored gap.  Tables and notes, which show errors, come from
the ``read`` part only: the ``scored`` part is measured, never looked at.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from .. import contract as _contract
from ..config import Config
from ..document import Document, Source
from ..errors import CommuniqueError, InputError
from ..extract import Extractor
from ..ingest import load_text
from ..ingest.loaders import check_published
from ..pipeline import CODING_FAILED
from . import origins
from .parts import PARTS, READ, part_of
from .registry import GoldSet, Result


class EvaluationError(CommuniqueError):
    """A gold set that could not be scored at all."""


GOLD_ENV = "COMMUNIQUE_GOLD"
SPLITS = ("dev",)  # the holdout split is never read by the project's own tools by default
HOLDOUT_HINT = ("the holdout split is for the final score only: run "
                "`communique evaluate NAME --split holdout`")


def find_gold_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The folder of normalised gold JSONL: argument, $COMMUNIQUE_GOLD, or ../shared beside the project."""
    if explicit is not None:
        if not Path(explicit).is_dir():
            raise CommuniqueError(f"{explicit}: no such gold folder")
        return Path(explicit)
    candidates = [os.environ.get(GOLD_ENV)]
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
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CommuniqueError(f"{path}:{n}: invalid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise CommuniqueError(f"{path}:{n}: a gold record must be a JSON object")
            records.append(record)
            if limit and len(records) >= limit:
                break
    return records


def contract(doc: Document) -> dict[str, Any]:
    """The document exactly as ``communique extract`` prints it (JSON round trip included)."""
    return json.loads(json.dumps(_contract.to_dict(doc), ensure_ascii=False))


def evaluate(gold: GoldSet, *, split: str = "dev", gold_dir: Path | None = None,
             config: Config, limit: int | None = None,
             extractor: Extractor | None = None) -> Result:
    if split not in SPLITS:
        raise CommuniqueError(f"split {split!r} is not available here: tuning and tests use "
                              f"'dev' only; {HOLDOUT_HINT}")
    return _evaluate(gold, split, gold_dir or find_gold_dir(), config, limit, extractor)


def evaluate_holdout(gold: GoldSet, *, gold_dir: Path | None = None, config: Config,
                     extractor: Extractor | None = None) -> Result:
    """The final, honest score.  Never used by tests or tuning."""
    return _evaluate(gold, "holdout", gold_dir or find_gold_dir(), config, None, extractor)


def _load(gold: GoldSet, record: dict[str, Any], config: Config) -> Document:
    """The record as pipeline input; one that cannot be read becomes a failed document
    (no events, an ``input.*`` error), as a bad line of `extract --jsonl` does."""
    rid = str(record.get("id"))
    source = Source(record=rid, format="gold")
    unreadable = None
    try:
        kw = gold.to_input(record)
        text = kw.get("text")
        # Read as `extract --jsonl` reads `published` ("17 December 2016" too); a stamp
        # that is no day costs the record its date, not the record.
        try:
            source.published_hint = check_published(kw.get("published"), f"record {rid}")
        except InputError as exc:
            unreadable = f"{exc}; coded without it"
        source.title_hint = kw.get("title")
        if not isinstance(text, str):
            raise InputError(f"record {rid}", "input.jsonl", "the record has no string field 'text'")
        doc = load_text(text, source, config)
    except InputError as exc:
        doc = Document(raw="", source=source)
        doc.add_error(exc.code, f"record {rid}: {exc.reason}", stage="input")
    if unreadable and not doc.failed:
        doc.add_error("notice.published", unreadable, stage="input")
    doc.id = rid
    return doc


def code(gold: GoldSet, records: list[dict[str, Any]], extractor: Extractor) -> list[dict[str, Any]]:
    """Code the records; the output documents, in order."""
    coded = extractor.pipe(_load(gold, r, extractor.config) for r in records)
    return [contract(d) for d in coded]


def score_parts(gold: GoldSet, split: str, records: list[dict[str, Any]],
                outputs: list[dict[str, Any]]) -> Result:
    """Score all records and, on dev, each part; tables and notes from the read part only."""
    result = Result(gold.name, split, len(records))
    for rec, out in zip(records, outputs):
        if (why := _why_uncoded(out)) is not None:
            result.failed.append((str(rec.get("id")), why))
    gold.score(records, outputs, result)
    if split != "dev":
        return result
    for part in PARTS:
        keep = [i for i, r in enumerate(records) if part_of(str(r.get("id"))) == part]
        sub = Result(gold.name, f"{split}:{part}", len(keep))
        gold.score([records[i] for i in keep], [outputs[i] for i in keep], sub)
        result.parts[part] = sub
    result.tables, result.notes = result.parts[READ].tables, result.parts[READ].notes
    return result


def _why_uncoded(out: dict[str, Any]) -> str | None:
    """Why a record was not coded: its input could not be read, or a stage (or the worker
    coding it) failed on it (a bug, or a broken installation), or None."""
    for e in out.get("errors") or []:
        code_ = str(e.get("code", ""))
        if code_.startswith("input."):
            return e.get("message") or code_
        if code_ in CODING_FAILED:
            return f"stage {e.get('stage') or '?'} failed: {e.get('message') or code_}"
    return None


def available(gold: GoldSet, gold_dir: Path, split: str) -> bool:
    """Whether the set has records of this split here (its JSONL file, or its own loader's)."""
    if gold.records is None:
        return (gold_dir / f"{gold.name}.{split}.jsonl").exists()
    try:
        return bool(gold.records(gold_dir, split))
    except CommuniqueError:
        return False


def _evaluate(gold, split, gold_dir, config, limit, extractor) -> Result:
    if gold.records is not None:
        records = gold.records(gold_dir, split)[:limit or None]
    else:
        records = read_records(gold_dir, gold.name, split, limit)
    if extractor is None or gold.overrides:
        extractor = Extractor(config.with_overrides(gold.overrides, where=f"gold set {gold.name}"))
    start = time.perf_counter()
    outputs = code(gold, records, extractor)
    result = score_parts(gold, split, records, outputs)
    result.origins = origins.count(outputs)
    result.seconds = time.perf_counter() - start
    if records and len(result.failed) == len(records):
        # (a figure of 0 would read as a coder that finds nothing, not as one that never ran)
        raise EvaluationError(f"gold set {gold.name} ({split}): none of the {len(records)} records "
                              f"could be coded, so there is nothing to score; the first: "
                              f"{result.failed[0][1]}")
    if result.failed:
        shown = "; ".join(why for _, why in result.failed[:5])
        more = f" and {len(result.failed) - 5} more" if len(result.failed) > 5 else ""
        result.notes.insert(0, f"{len(result.failed)} records could not be coded and are scored "
                               f"as misses: {shown}{more}")
    return result
