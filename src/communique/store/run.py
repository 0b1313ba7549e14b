"""`communique ingest` as a library function: sources in, archive filled, summary out.

The main process walks the sources, skips inputs the archive already knows,
hands new documents to the coder (in this process, or ``workers`` processes that
each build their own Extractor once and send results back in order) and is the
only one that writes, one batch per transaction.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from .. import contract
from ..config import Config
from ..document import Document, Source
from ..ingest.loaders import UNEXPECTED
from ..pipeline import CODING_FAILED
from ..ingest.sources import SourceWalker, Unit
from .archive import Archive, coding_version
from .models import DocumentRow
from .writer import BatchResult, Coded, Counts, Failed, Recoded, Writer

# Error codes that mean a document could not be coded at all.
FATAL_CODES = CODING_FAILED

Progress = Callable[[int, int | None], None]   # (inputs done, total or None)


@dataclass
class Summary(Counts):
    failed_before: int = 0
    seconds: float = 0.0
    reasons: Counter = field(default_factory=Counter)        # failure code -> count
    examples: dict[str, str] = field(default_factory=dict)   # failure code -> first "label: message"
    ignored: Counter = field(default_factory=Counter)
    interrupted: bool = False

    def add(self, r: BatchResult) -> None:
        self.add_counts(r)
        for f in r.failures:
            self._fail(f.code, f"{f.label}: {f.message}")

    def _fail(self, code: str, example: str) -> None:
        self.reasons[code] += 1
        self.examples.setdefault(code, example)

    def as_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "known": self.known, "failed": self.failed,
                "failed_before": self.failed_before, "recoded": self.recoded, "near_duplicates": self.duplicates,
                "seconds": round(self.seconds, 2), "failures": dict(self.reasons),
                "ignored": dict(self.ignored)}

    def lines(self) -> list[str]:
        out = [f"ingested {self.ingested}, skipped as known {self.known}, failed {self.failed}"
               + (f", recoded {self.recoded}" if self.recoded else "")
               + (f", near-duplicates {self.duplicates}" if self.duplicates else "")
               + (f", skipped as failed before {self.failed_before} (--retry-failed)"
                  if self.failed_before else "")
               + f" in {self.seconds:.1f} s"]
        for code, n in self.reasons.most_common():
            out.append(f"  failed {n} x {code}, e.g. {self.examples[code]}")
        for why, n in self.ignored.most_common():
            out.append(f"  passed over {n} file(s): {why}")
        return out


def ingest(sources: list[str], archive: Archive, config: Config, *, workers: int = 1,
           recode: bool = False, retry_failed: bool = False, progress: Progress | None = None,
           fetcher=None) -> Summary:
    """Ingest ``sources`` into ``archive``; with ``recode`` also re-code stored
    documents whose coding version is not the current one."""
    started = time.monotonic()
    batch_size = max(1, config.store.batch_size)
    version = coding_version(config)
    run_id = archive.start_run(version, sources)
    writer = Writer(archive, run_id, version, config.store)
    summary = Summary()
    walker = SourceWalker(config, lambda keys: archive.known_inputs(
        keys, include_failed=not retry_failed), fetcher)
    total = walker.estimate(sources) if progress else None
    done = 0
    status = "failed"
    try:
        units = walker.units(sources)
        batch: list[Coded | Failed] = []
        skipped = 0   # known inputs since the last batch: they reach the run's counts with it
        for outcome in _code(units, config, workers):
            done += 1
            if isinstance(outcome, Unit):   # known before parsing
                if outcome.code == "failed_before":
                    summary.failed_before += 1
                else:
                    summary.known += 1
                    skipped += 1
            else:
                batch.append(outcome)
            if len(batch) + skipped >= batch_size:
                summary.add(writer.write(batch, skipped=skipped))
                batch, skipped = [], 0
            if progress:
                progress(done, max(total or 0, done))
        if batch or skipped:
            summary.add(writer.write(batch, skipped=skipped))
        if recode:
            _recode(archive, writer, config, workers, summary, progress)
        status = "done"
    except KeyboardInterrupt:
        summary.interrupted = True
        status = "interrupted"
        raise
    finally:
        summary.ignored = walker.ignored
        summary.seconds = time.monotonic() - started
        try:
            archive.finish_run(run_id, status, {
                "ingested": summary.ingested, "known": summary.known,
                "failed": summary.failed, "recoded": summary.recoded})
        except Exception:  # noqa: BLE001 - the run's own error matters more
            pass
        if walker._fetcher is not None and fetcher is None:
            walker._fetcher.close()
    return summary


def _code(units: Iterable[Unit], config: Config, workers: int) -> Iterator[Coded | Failed | Unit]:
    """Outcomes in input order: the Unit itself when it is known, Failed, or Coded."""
    pending: deque[Unit] = deque()
    order: deque[Unit] = deque()

    def docs() -> Iterator[Document]:
        for unit in units:
            order.append(unit)
            if unit.status == "new" and unit.doc is not None:
                pending.append(unit)
                yield unit.doc

    def flush_passed() -> Iterator[Coded | Failed | Unit]:
        # Units that need no coding come out as soon as everything before them has.
        while order and order[0].status != "new":
            yield _passthrough(order.popleft())

    for doc in _pipe(docs(), config, workers):
        unit = pending.popleft()
        while order and order[0] is not unit:
            yield _passthrough(order.popleft())
        order.popleft()
        yield _outcome(unit, doc)
        yield from flush_passed()
    while order:
        yield _passthrough(order.popleft())


def _pipe(docs: Iterable[Document], config: Config, workers: int) -> Iterator[Document]:
    """Coded documents in order.  Nothing is loaded (no model, no worker) until
    there is a first document to code: a run with nothing new stays fast."""
    from ..scale.parallel import pipe_parallel

    docs = iter(docs)
    first = next(docs, None)
    if first is None:
        return
    scale = config.scale
    if scale.engine == "dask":
        from ..scale.dask_engine import code_documents

        yield from code_documents(itertools.chain([first], docs), config,
                                  scheduler=scale.scheduler or None,
                                  n_workers=workers if workers > 1 else None)
        return
    yield from pipe_parallel(itertools.chain([first], docs), config, n_process=max(1, workers))


def _passthrough(unit: Unit) -> Failed | Unit:
    if unit.status == "known":
        return unit
    return Failed(unit.key, unit.kind, unit.label, unit.code or "input.failed",
                  unit.message or "could not be read", stage="input", remember=unit.remember)


def _outcome(unit: Unit, doc: Document) -> Coded | Failed:
    fatal = [e for e in doc.errors if e.code.startswith("input.") or e.code in FATAL_CODES]
    if fatal:
        e = fatal[0]
        return Failed(unit.key, unit.kind, unit.label, e.code,
                      e.message.removeprefix(f"{unit.label}: "), stage=e.stage,
                      remember=e.code != UNEXPECTED)
    try:
        return Coded(unit.key, unit.kind, unit.label, doc.content_id(), contract.to_dict(doc), doc.raw)
    except Exception as exc:  # noqa: BLE001 - a stage left something that does not serialise
        return Failed(unit.key, unit.kind, unit.label, "pipeline.failed",
                      f"the coded document could not be serialised: {type(exc).__name__}: {exc}",
                      stage="output", remember=True)


# -- recoding -----------------------------------------------------------------------
def _recode(archive: Archive, writer: Writer, config: Config, workers: int,
            summary: Summary, progress: Progress | None) -> None:
    stale = archive.stale_documents(writer.version)
    batch_size = max(1, config.store.batch_size)
    for i in range(0, len(stale), batch_size):
        ids = stale[i:i + batch_size]
        docs = _stored_documents(archive, ids)
        outcomes: list[Recoded | Failed] = []
        for doc_id, doc in zip(ids, _pipe(iter(docs), config, workers)):
            label = doc.source.label
            fatal = [e for e in doc.errors if e.code in FATAL_CODES]
            try:
                if not fatal:
                    outcomes.append(Recoded(doc_id, contract.to_dict(doc), doc.raw, label))
                    continue
                code, message, stage = fatal[0].code, fatal[0].message, fatal[0].stage
            except Exception as exc:  # noqa: BLE001 - as in _outcome
                code, message, stage = ("pipeline.failed", "the coded document could not be "
                                        f"serialised: {type(exc).__name__}: {exc}", "output")
            # The stored coding stays as it was.
            outcomes.append(Failed(None, "recode", label, code, message, stage=stage,
                                   document_id=doc_id))
        summary.add(writer.write(outcomes))
        if progress:
            progress(i + len(ids), len(stale))


def _stored_documents(archive: Archive, ids: list[str]) -> list[Document]:
    with archive.reading() as conn:
        rows = {r.id: r for r in conn.execute(select(DocumentRow).where(DocumentRow.id.in_(ids)))}
    out = []
    for doc_id in ids:
        r = rows[doc_id]
        source = Source(path=r.source_path, url=r.source_url, format=r.source_format,
                        encoding=r.source_encoding, record=r.source_record, line=r.source_line,
                        sitename=r.source_sitename, title_hint=r.source_title_hint,
                        published_hint=r.source_published_hint, date_hint=r.source_date_hint)
        out.append(Document(raw=r.raw, source=source, id=r.record_id))
    return out
