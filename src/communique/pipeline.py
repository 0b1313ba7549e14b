"""Stages registered by name, assembled into a pipeline by the configuration.

A stage is a factory decorated with :func:`stage`.  It declares what it
``requires`` (annotations earlier stages must have set) and what it ``sets``.
The factory receives its own config section (a model of ``config.py``; None for a
stage without a section) and the whole config, and returns a
callable ``doc -> doc``; it may also offer ``pipe(docs)`` to work in batches
(the parse stage streams through ``nlp.pipe``).  Swapping a stage means
registering another factory under a new name and listing it in the config.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from . import stage_check, stages
from .config import Config, Section
from .document import Document

log = logging.getLogger(__name__)


class Component(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[[Section | None, Config], Component]
    requires: tuple[str, ...]
    sets: tuple[str, ...]
    doc: str


_REGISTRY: dict[str, StageSpec] = {}

# Error codes of a document whose coding stopped: a stage raised on it, or the
# whole pipeline did (see communique.scale.worker).
CODING_FAILED = ("stage.failed", "pipeline.failed")

# Annotations present on every document before any stage runs.
BASE_ANNOTATIONS = ("raw", "source")


def stage(name: str, *, requires: Iterable[str] = (), sets: Iterable[str] = ()):
    """Register a stage factory under ``name``."""

    def decorator(factory):
        if name in _REGISTRY and _REGISTRY[name].factory is not factory:
            raise ValueError(f"stage {name!r} is already registered")
        _REGISTRY[name] = StageSpec(
            name, factory, tuple(requires), tuple(sets), (factory.__doc__ or "").strip()
        )
        return factory

    return decorator


def registered() -> dict[str, StageSpec]:
    # The built-in stages register when their modules are imported (stages.py);
    # loading them here keeps the registry complete however the package was entered.
    stages.load_builtin()
    return dict(_REGISTRY)


class PipelineError(ValueError):
    """The configured stages cannot run in the order given."""


class Pipeline:
    """An ordered list of stage components built from a config."""

    def __init__(self, config: Config, *, check_stages: bool | None = None):
        self.config = config
        # Whether to check after each stage that it changed only what it declares
        # (stage_check.py): on in tests and with COMMUNIQUE_CHECK_STAGES=1.
        self.check_stages = stage_check.enabled() if check_stages is None else check_stages
        names = list(config.pipeline.stages)
        specs = registered()
        unknown = [n for n in names if n not in specs]
        if unknown:
            raise PipelineError(
                f"unknown stage(s) {', '.join(unknown)}; registered: {', '.join(sorted(specs))}"
            )
        have = set(BASE_ANNOTATIONS)
        for n in names:
            missing = [r for r in specs[n].requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {n!r} needs {', '.join(missing)}, which no earlier stage sets"
                )
            have.update(specs[n].sets)
        self.specs = [specs[n] for n in names]
        self.components: list[tuple[str, Component]] = [
            (s.name, s.factory(config.section(s.name), config)) for s in self.specs
        ]

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.specs]

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every stage over a stream of documents, in order.

        A stage failing on one document records an error on it and the
        document skips the remaining stages; the other documents go on.
        """
        stream: Iterable[Document] = docs
        for spec, (name, component) in zip(self.specs, self.components):
            if self.check_stages:
                stream = _checked(spec, component, stream)
            else:
                stream = self._run_stage(name, component, stream)
        return iter(stream)

    @staticmethod
    def _run_stage(name: str, component: Component, docs: Iterable[Document]) -> Iterator[Document]:
        batch_pipe = getattr(component, "pipe", None)
        if batch_pipe is not None:
            yield from _run_batched(name, batch_pipe, docs)
            return
        for doc in docs:
            if doc.failed or doc.workspace.halted:
                yield doc
                continue
            try:
                component(doc)
                doc.done.append(name)
            except Exception as exc:  # one bad document never stops the batch
                _halt(doc, name, exc)
            yield doc


def _checked(spec: StageSpec, component: Component, docs: Iterable[Document]) -> Iterator[Document]:
    """The stage over ``docs``, each document compared before and after (stage_check.py)."""
    before: dict[int, dict] = {}

    def entering() -> Iterator[Document]:
        for doc in docs:
            before[id(doc)] = stage_check.snapshot(doc)
            yield doc

    for doc in Pipeline._run_stage(spec.name, component, entering()):
        stage_check.check(spec.name, spec.sets, before.pop(id(doc)), doc)
        yield doc


def _halt(doc: Document, name: str, exc: Exception) -> None:
    """Record that stage ``name`` failed on ``doc``; the later stages pass it by."""
    log.debug("stage %s failed on %s", name, doc.source.label, exc_info=True)
    doc.add_error("stage.failed", f"{type(exc).__name__}: {exc}", stage=name)
    doc.workspace.halted = True


class _UpstreamError(Exception):
    """An error of the stream feeding a batched stage, not of the stage: re-raised as is."""


def _run_batched(name: str, batch_pipe, docs: Iterable[Document]) -> Iterator[Document]:
    """A batched stage (``pipe(docs)``) over ``docs``, one bad document isolated.

    When the stage raises, the documents it had taken and not yet given back
    are run through it again one at a time: the one that fails gets a
    ``stage.failed`` error, the others go on, and the stage restarts on the rest
    of the stream.  Nothing is buffered while all goes well.
    """
    source = iter(docs)
    taken: deque[Document] = deque()

    def feed() -> Iterator[Document]:
        while True:
            try:
                doc = next(source)
            except StopIteration:
                return
            except Exception as exc:
                raise _UpstreamError() from exc
            taken.append(doc)
            yield doc

    while True:
        try:
            for doc in batch_pipe(feed()):
                if taken and taken[0] is doc:
                    taken.popleft()
                yield doc
            return
        except _UpstreamError as exc:
            raise exc.__cause__ from None
        except Exception:  # noqa: BLE001 - narrowed to one document below
            if not taken:
                raise   # it failed holding no document: not a document's fault
            log.debug("batched stage %s failed; running its %d documents one by one",
                      name, len(taken), exc_info=True)
        suspects = list(taken)
        taken.clear()
        for doc in suspects:
            try:
                for _ in batch_pipe(iter([doc])):
                    pass
            except Exception as exc:  # noqa: BLE001 - recorded on the document
                _halt(doc, name, exc)
            yield doc
