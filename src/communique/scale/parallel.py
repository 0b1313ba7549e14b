"""The whole pipeline in a pool of local worker processes, documents in order out.

spaCy's own ``nlp.pipe(n_process=...)`` would parallelise only the parse; here
each worker runs every stage, so the knowledge base, gazetteer and patterns are
also used in parallel.  Each worker builds its pipeline once (at start-up);
chunks of documents go out, coded documents (without their ``workspace``) come back.
Only a bounded number of chunks is in flight, so a long stream is never read
ahead into memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..config import Config
from ..document import Document
from ..errors import CommuniqueError
from ..pipeline import Pipeline
from . import worker

_WORKER_PIPELINE: Pipeline | None = None


class ParallelError(CommuniqueError):
    """The worker pool broke: a worker failed to start or was killed."""


def resolve_n_process(n_process: int | None, config: Config) -> int:
    """``None`` reads ``[scale] n_process``; ``-1`` (or 0) means one per CPU core."""
    if n_process is None:
        n_process = config.scale.n_process
    if n_process <= 0:
        n_process = os.cpu_count() or 1
    return n_process


def default_start_method() -> str:
    """``fork`` where the platform has it (workers share the loaded models), else ``spawn``."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def unswept(stream: Iterable[Document]) -> Iterator[Document]:
    """``stream`` with the objects that exist when it starts (the loaded models, knowledge
    base and gazetteer: some 280,000) out of the collector's reach until it ends.

    Coding allocates enough to set off a full collection every few hundred short documents,
    and each one walked all those tables again (~0.1-0.2 s, and the cache they evict): the
    same frozen set as the fork start method's below, only for this process's own run.
    """
    with collector_for_a_run():
        yield from stream


# The youngest objects are collected every this many allocations (net) during a run,
# not Python's 700: the coder makes and drops many small objects per sentence, and at 700
# what one sentence's work still holds was walked by young collections and pushed to the
# older generation, to be walked again there (about 4 % of the work after the parse, on
# short statements).  At most this many objects more wait for the collector.
YOUNG_THRESHOLD = 10_000
# (the freeze and the thresholds are the process's: the first run to start freezes and
# sets them, the last to end unfreezes and puts the old ones back, whatever the order runs
# in threads end in: gc.unfreeze() would thaw the other runs' objects too)
_runs = {"count": 0, "saved": None}
_runs_lock = threading.Lock()


@contextmanager
def collector_for_a_run():
    """The collector as a run of the pipeline wants it (see :func:`unswept`): the objects
    alive when the first of the runs going on started frozen, the youngest generation
    collected less often; both undone when the last of them ends.  A young threshold of 0
    (automatic collection switched off by the embedding program) is left at 0."""
    with _runs_lock:
        if _runs["count"] == 0:
            gc.freeze()
            _runs["saved"] = gc.get_threshold()
            young, *older = _runs["saved"]
            if young:
                gc.set_threshold(max(young, YOUNG_THRESHOLD), *older)
        _runs["count"] += 1
    try:
        yield
    finally:
        with _runs_lock:
            _runs["count"] -= 1
            if _runs["count"] == 0:
                gc.set_threshold(*_runs["saved"])
                gc.unfreeze()


def pipe_parallel(docs: Iterable[Document], config: Config, n_process: int | None = None,
                  batch_size: int | None = None, *, start_method: str | None = None,
                  pipeline: Pipeline | None = None,
                  factory: worker.PipelineFactory = Pipeline) -> Iterator[Document]:
    """Code ``docs`` (loaded, not yet coded) in ``n_process`` worker processes.

    Yields the coded documents in input order, without their ``workspace``.  With one
    process everything runs here, in this process, with the same result.

    With the ``fork`` start method the workers inherit this process's
    pipeline (``pipeline``, or one ``factory`` makes here for ``config``) after a warm-up
    has loaded everything stages load lazily (gazetteer, knowledge base,
    patterns): they start at once and share those tables' memory pages.
    """
    settings = config.scale
    n_process = resolve_n_process(n_process, config)
    batch_size = batch_size or settings.batch_size
    max_chars = settings.chunk_chars
    if n_process == 1:
        here, _ = worker.pipeline_for(config, factory)
        for chunk in worker.chunks(docs, batch_size, max_chars):
            yield from worker.code_chunk(here, chunk)
        return
    method = start_method or settings.start_method or default_start_method()
    context = multiprocessing.get_context(method)
    in_flight = max(2, settings.chunks_in_flight) * n_process
    stack = ExitStack()
    if method == "fork":
        parent = pipeline or worker.pipeline_for(config, factory)[0]
        worker.adopt(config, parent)
        worker.warm_up(parent)
        # Objects that exist now move out of the collector's reach, so that
        # collections in the workers do not write to (and so copy) the pages
        # they share with this process (counted with the other runs of this process).
        stack.enter_context(collector_for_a_run())
    try:
        pool = _Pool(n_process, context, config, factory)
    except BaseException:
        stack.close()
        raise
    pending: deque = deque()

    def collect(future, chunk: list[Document]) -> list[Document]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash in a C library) and took
            # the pool with it.  In a new pool this chunk's documents go one at a
            # time, alone, so a death names its document; then the chunks that
            # were in flight go again.
            pool.restart()
            out = pool.alone(chunk)
            for i, (_, waiting) in enumerate(list(pending)):
                pending[i] = (pool.submit(waiting), waiting)
            return out
        except Exception:  # noqa: BLE001 - e.g. a result that would not pickle
            # The parent's chunk was only pickled to the worker: still uncoded.
            return pool.alone(chunk)

    try:
        for chunk in worker.chunks(docs, batch_size, max_chars):
            pending.append((pool.submit(chunk), chunk))
            if len(pending) >= in_flight:
                yield from collect(*pending.popleft())
        while pending:
            yield from collect(*pending.popleft())
    except BrokenProcessPool as exc:
        raise ParallelError(
            f"a worker process could not start or died ({n_process} processes, "
            f"start method {context.get_start_method()}): {exc}; the traceback above, "
            "if any, is the worker's"
        ) from None
    finally:
        for future, _ in pending:
            future.cancel()
        pool.close()
        stack.close()


class _Pool:
    """The worker processes, started again when one of them dies."""

    def __init__(self, n_process: int, context, config: Config,
                 factory: worker.PipelineFactory):
        self.n_process, self.context, self.config = n_process, context, config
        self.factory = factory
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=self.context,
                                   initializer=_start_worker, initargs=(self.config, self.factory))

    def submit(self, chunk: list[Document]):
        return self.executor.submit(_code, chunk)

    def restart(self) -> None:
        """A new pool; BrokenProcessPool if its workers cannot even start (then no
        document is to blame)."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()
        self.submit([]).result()

    def alone(self, chunk: list[Document]) -> list[Document]:
        """Each document on its own (uncoded ones: the parent's copies never left);
        one whose worker dies, or whose result cannot come back, gets the error."""
        out: list[Document] = []
        for doc in chunk:
            try:
                out.extend(self.submit([doc]).result())
            except BrokenProcessPool:
                doc.add_error("pipeline.failed", "the worker process coding it died (killed, out "
                              "of memory, or a crash in a library)", stage="pipeline")
                out.append(worker.strip(doc))
                self.restart()
            except Exception as exc:  # noqa: BLE001 - recorded on the document
                doc.add_error("pipeline.failed", f"{type(exc).__name__}: {exc}", stage="pipeline")
                out.append(worker.strip(doc))
        return out

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(config: Config, factory: worker.PipelineFactory) -> None:
    """Build this worker's pipeline once, before its first chunk."""
    global _WORKER_PIPELINE
    _WORKER_PIPELINE, _ = worker.pipeline_for(config, factory)


def _code(chunk: list[Document]) -> list[Document]:
    return worker.code_chunk(_WORKER_PIPELINE, chunk)
