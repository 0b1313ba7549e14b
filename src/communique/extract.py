"""The library entry point: inputs in, annotated documents out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .config import Config, load_config
from .document import Document, Source
from .ingest import load_path, load_text, read_jsonl
from .ingest.loaders import check_published
from .pipeline import Pipeline
from .scale.parallel import pipe_parallel, resolve_n_process, unswept


class Extractor:
    """A configured pipeline.  Build it once; it loads models once."""

    def __init__(self, config: Config | None = None, *, model: str | None = None):
        config = config or load_config()
        if model:
            config = config.with_overrides({"parse": {"model": model}}, where="--model")
        self.config = config
        self.pipeline = Pipeline(config)

    def pipe(self, docs: Iterable[Document], *, n_process: int | None = None,
             batch_size: int | None = None) -> Iterator[Document]:
        """Code a stream of loaded documents, in order.

        ``n_process`` (default ``[scale] n_process``, -1 for one per core) above 1
        runs the whole pipeline in that many worker processes; the documents
        then come back without their ``workspace`` (no spaCy Doc).
        """
        if resolve_n_process(n_process, self.config) > 1:
            return pipe_parallel(docs, self.config, n_process, batch_size, pipeline=self.pipeline)
        return unswept(self.pipeline.pipe(docs))

    def extract_path(self, path: str | Path, published: str | None = None) -> Document:
        return self.pipeline(load_path(path, self.config, published=published))

    def extract_text(self, text: str, *, published: str | None = None, title: str | None = None,
                     source: Source | None = None) -> Document:
        source = source or Source()
        if published:  # read as --published is: "17 December 2016" too; InputError if not a day
            source.published_hint = check_published(published, "published")
        source.title_hint = title or source.title_hint
        return self.pipeline(load_text(text, source, self.config))

    def extract_jsonl(self, lines: Iterable[str | bytes], where: str, *,
                      n_process: int | None = None) -> Iterator[Document]:
        return self.pipe(read_jsonl(lines, self.config, where), n_process=n_process)


def extract_text(text: str, **kwargs) -> Document:
    """One-off convenience: code a string with the default configuration."""
    return _default().extract_text(text, **kwargs)


_DEFAULT: Extractor | None = None


def _default() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT
