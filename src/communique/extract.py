"""The library entry point: inputs in, annotated documents out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .config import load_config
from .document import Document, Source
from .ingest import load_path, load_text, read_jsonl
from .pipeline import Pipeline


class Extractor:
    """A configured pipeline.  Build it once; it loads models once."""

    def __init__(self, config: dict[str, Any] | None = None, *, model: str | None = None):
        config = config or load_config()
        if model:
            config = {**config, "parse": {**config["parse"], "model": model}}
        self.config = config
        self.pipeline = Pipeline(config)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        return self.pipeline.pipe(docs)

    def extract_path(self, path: str | Path, published: str | None = None) -> Document:
        return self.pipeline(load_path(path, self.config, published=published))

    def extract_text(self, text: str, *, published: str | None = None, title: str | None = None,
                     source: Source | None = None) -> Document:
        source = source or Source()
        source.published_hint = published or source.published_hint
        source.title_hint = title or source.title_hint
        return self.pipeline(load_text(text, source, self.config))

    def extract_jsonl(self, lines: Iterable[str | bytes], where: str) -> Iterator[Document]:
        return self.pipe(read_jsonl(lines, self.config, where))


def extract_text(text: str, **kwargs) -> Document:
    """One-off convenience: code a string with the default configuration."""
    return _default().extract_text(text, **kwargs)


_DEFAULT: Extractor | None = None


def _default() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT
