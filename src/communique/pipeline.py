"""Stages registered by name, assembled into a pipeline by the configuration.

A stage is a factory decorated with :func:`stage`.  It declares what it
``requires`` (annotations earlier stages must have set) and what it ``sets``.
The factory receives its own config section and the whole config, and returns a
callable ``doc -> doc``; it may also offer ``pipe(docs)`` to work in batches
(the parse stage streams through ``nlp.pipe``).  Swapping a stage means
registering another factory under a new name and listing it in the config.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .document import Document

log = logging.getLogger(__name__)


class Component(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[[dict[str, Any], dict[str, Any]], Component]
    requires: tuple[str, ...]
    sets: tuple[str, ...]
    doc: str


_REGISTRY: dict[str, StageSpec] = {}

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
    _import_builtin_stages()
    return dict(_REGISTRY)


def _import_builtin_stages() -> None:
    # Importing the stage modules registers them; kept here so the registry is
    # complete however the package was entered.
    from . import stages  # noqa: F401


class PipelineError(ValueError):
    """The configured stages cannot run in the order given."""


class Pipeline:
    """An ordered list of stage components built from a config."""

    def __init__(self, config: dict[str, Any]):
        self.config = config
        names = list(config["pipeline"]["stages"])
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
            (s.name, s.factory(config.get(s.name, {}), config)) for s in self.specs
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
        for name, component in self.components:
            stream = self._run_stage(name, component, stream)
        return iter(stream)

    @staticmethod
    def _run_stage(name: str, component: Component, docs: Iterable[Document]) -> Iterator[Document]:
        batch_pipe = getattr(component, "pipe", None)
        if batch_pipe is not None:
            yield from batch_pipe(docs)
            return
        for doc in docs:
            if doc.failed or doc.scratch.get("halted"):
                yield doc
                continue
            try:
                component(doc)
                doc.done.append(name)
            except Exception as exc:  # one bad document never stops the batch
                log.debug("stage %s failed on %s", name, doc.source.label, exc_info=True)
                doc.add_error("stage.failed", f"{type(exc).__name__}: {exc}", stage=name)
                doc.scratch["halted"] = True
            yield doc
