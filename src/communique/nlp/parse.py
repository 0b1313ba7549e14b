"""The parse stage: one spaCy ``Doc`` over the clean text, batched with ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..document import Document
from ..pipeline import stage
from .model import load_model


@stage("parse", requires=("text",), sets=("spacy",))
def parse_stage(settings: dict[str, Any], config: dict[str, Any]):
    """Tokens, sentences, dependency parse and named entities from spaCy."""
    return Parser(settings["model"], settings["batch_size"], settings["max_chars"])


class Parser:
    def __init__(self, model: str, batch_size: int, max_chars: int):
        self.nlp = load_model(model)
        self.model = model
        self.batch_size = batch_size
        self.max_chars = max_chars
        # spaCy refuses texts over nlp.max_length; we never pass one that long.
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        it = iter(docs)
        while batch := list(islice(it, self.batch_size)):
            ready = [d for d in batch if not d.failed and not d.scratch.get("halted")]
            short = [d for d in ready if len(d.text) <= self.max_chars]
            for d, sdoc in zip(short, self.nlp.pipe([d.text for d in short])):
                d.scratch["spacy"] = sdoc
            for d in ready:
                if "spacy" not in d.scratch:
                    d.scratch["spacy"] = self._parse_long(d.text)
                d.done.append("parse")
            yield from batch

    def _parse_long(self, text: str):
        """Parse a very long text in paragraph-aligned pieces and join the Docs."""
        from spacy.tokens import Doc

        pieces, start = [], 0
        while start < len(text):
            end = min(len(text), start + self.max_chars)
            if end < len(text):
                cut = text.rfind("\n", start + self.max_chars // 2, end)
                if cut == -1:
                    cut = text.rfind(" ", start + self.max_chars // 2, end)
                end = cut + 1 if cut != -1 else end
            pieces.append(text[start:end])
            start = end
        parsed = list(self.nlp.pipe(pieces))
        # Doc.from_docs keeps character offsets consistent when each piece's
        # trailing whitespace is kept, which the cuts above guarantee.
        return Doc.from_docs(parsed, ensure_whitespace=False)
