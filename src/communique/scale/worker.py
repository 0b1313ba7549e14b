"""What a worker process does with a chunk of documents, whoever schedules it.

Both engines (the local process pool and Dask) ship chunks of loaded, uncoded
documents to workers; a worker keeps one pipeline per configuration for its
whole life, codes the chunk and sends back documents without their ``workspace`` (the
spaCy Doc is large and not needed once the stages have run).  The pipeline is
made by a factory (``config -> Pipeline``, :class:`Pipeline` itself unless the
caller gives another), so this package needs no entry point above it.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable, Iterable, Iterator

from ..batching import batched
from ..config import Config
from ..document import Document, Source
from ..ingest import load_text
from ..pipeline import Pipeline
from ..workspace import Workspace

log = logging.getLogger(__name__)

# Builds the pipeline a worker codes with; module-level callables travel to
# spawned processes and Dask workers by name.
PipelineFactory = Callable[[Config], Pipeline]

_PIPELINES: dict[str, Pipeline] = {}
_LOCKS: dict[str, threading.Lock] = {}
_GUARD = threading.Lock()
_WARM: set[int] = set()


def config_key(config: Config) -> str:
    return config.key()


def pipeline_for(config: Config, factory: PipelineFactory = Pipeline
                 ) -> tuple[Pipeline, threading.Lock]:
    """This process's pipeline for ``config``, made by ``factory`` on first use.

    Also returns a lock: threaded workers (Dask with processes=False) share the
    process and its spaCy model, and one pipeline is not meant to run in two
    threads at once.
    """
    key = config_key(config)
    with _GUARD:
        if key not in _PIPELINES:
            _PIPELINES[key] = factory(config)
            _LOCKS[key] = threading.Lock()
        return _PIPELINES[key], _LOCKS[key]


def adopt(config: Config, pipeline: Pipeline) -> None:
    """Use ``pipeline`` as this process's (and its forked children's) for ``config``."""
    key = config_key(config)
    with _GUARD:
        if key not in _PIPELINES:
            _PIPELINES[key] = pipeline
            _LOCKS[key] = threading.Lock()


# Touches every stage once: stages load some tables on first use.
WARM_UP_TEXT = (
    "Press release\n\nGENEVA, 3 May 2020 - The Foreign Minister of Norway met the "
    "United Nations envoy in Geneva on Tuesday and condemned the attack on Kabul. "
    "The ministry said it would send aid to Aleppo next week."
)


def warm_up(pipeline: Pipeline) -> None:
    """Code one short statement so that lazily loaded tables are in memory."""
    if id(pipeline) in _WARM:
        return
    try:
        pipeline(load_text(WARM_UP_TEXT, Source(), pipeline.config))
    except Exception:  # noqa: BLE001 - a warm-up failure only costs speed
        log.debug("warm-up failed", exc_info=True)
    if "dates" in pipeline.stage_names:
        _warm_date_fallback()
    _WARM.add(id(pipeline))


def _warm_date_fallback() -> None:
    """Import dateparser and let it build its time-zone patterns (~0.25 s).

    The dates stage asks dateparser only about a date its own grammar does not
    know, so a short warm-up text rarely reaches it; left cold, the first such
    date in a run pays the import.
    """
    try:
        from ..resolve.temporal.fallback import parse_with_year

        parse_with_year("3 May 2020", None, "DMY")
    except Exception:  # noqa: BLE001 - a warm-up failure only costs speed
        log.debug("date fallback warm-up failed", exc_info=True)


def strip(doc: Document) -> Document:
    """Drop transient annotations so the document pickles small and fast."""
    doc.workspace = Workspace()
    return doc


def code_chunk(pipeline: Pipeline, docs: list[Document]) -> list[Document]:
    """Code ``docs`` in one batch; if the batch fails as a whole, one by one.

    Per-document stage errors are already recorded by the pipeline; this only
    guards against a batched stage (parse) raising for the whole chunk, so that
    one bad document never loses the others.
    """
    # Stages annotate in place: keep pristine copies (cheap: strings are shared)
    # to recode from if the batch fails half-way.
    pristine = copy.deepcopy(docs)
    try:
        return [strip(d) for d in pipeline.pipe(docs)]
    except Exception:
        log.warning("a batch of %d documents failed; coding them one by one", len(docs),
                    exc_info=True)
    return one_by_one(pristine, lambda doc: [strip(d) for d in pipeline.pipe([doc])])


def one_by_one(docs: list[Document], code: Callable[[Document], list[Document]]) -> list[Document]:
    """``code`` each document alone, after its chunk failed as a whole.

    Used where a chunk's result cannot be had (a batch that raised, a result
    that does not travel back from a worker): the documents still fine come
    back coded, the one that fails alone comes back with a ``pipeline.failed``
    error, so one document never costs the others.  ``docs`` must be uncoded.
    """
    out: list[Document] = []
    for doc in docs:
        try:
            out.extend(code(doc))
        except Exception as exc:  # noqa: BLE001 - recorded on the document
            log.debug("coding %s failed", doc.source.label, exc_info=True)
            doc.add_error("pipeline.failed", f"{type(exc).__name__}: {exc}", stage="pipeline")
            out.append(strip(doc))
    return out


def code_chunk_with(config: Config, docs: list[Document],
                    factory: PipelineFactory = Pipeline) -> list[Document]:
    """Entry point for a worker that receives the config with each chunk."""
    pipeline, lock = pipeline_for(config, factory)
    with lock:
        return code_chunk(pipeline, docs)


def chunks(docs: Iterable[Document], size: int, max_chars: int) -> Iterator[list[Document]]:
    """Consecutive chunks of at most ``size`` documents and about ``max_chars`` characters.

    The character budget keeps chunks of long speeches from making one worker
    the straggler while the others wait.
    """
    return batched(docs, max(1, int(size)), max_chars, lambda d: len(d.raw))
