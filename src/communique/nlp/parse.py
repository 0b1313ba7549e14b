"""The parse stage: one spaCy ``Doc`` over the clean text, batched with ``nlp.pipe``.

Before the statistical components run, a sentence is made to start after each
blank line and at each section boundary found by the structure stage (title,
date line, body, signature).  spaCy's parser keeps sentence starts set in
advance, so no sentence runs from a title into the first paragraph, and the
stages after it never have to cut and re-parse such a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..batching import batched
from ..config import Config, ParseConfig
from ..document import Document
from ..pipeline import stage
from .matmul import one_blas_thread
from .model import load_model


@stage("parse", requires=("text",), sets=("spacy",))
def parse_stage(settings: ParseConfig, config: Config):
    """Tokens, sentences, dependency parse and named entities from spaCy."""
    return Parser(settings)


class Parser:
    def __init__(self, settings: ParseConfig):
        model = settings.model
        # (the event coder loads the same pipeline, with the same options: config.parse_options)
        self.nlp = load_model(model, *parse_options(settings))
        self.model = model
        self.batch_size = settings.batch_size
        self.batch_chars = settings.batch_chars
        self.max_chars = max_chars = settings.max_chars
        self.block_sentences = settings.block_sentences
        # spaCy refuses texts over nlp.max_length; we never pass one that long.
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for batch in self._batches(docs):
            ready = [d for d in batch if not d.failed and not d.workspace.halted]
            short = [d for d in ready if len(d.text) <= self.max_chars]
            inputs = [self._tokens(d.text, _boundaries(d)) for d in short]
            with one_blas_thread():
                for d, sdoc in zip(short, self.nlp.pipe(inputs, batch_size=self.batch_size)):
                    d.workspace.spacy = sdoc
                for d in ready:
                    if d.workspace.spacy is None:
                        d.workspace.spacy = self._parse_long(d.text, _boundaries(d))
                    d.done.append("parse")
            yield from batch

    def _batches(self, docs: Iterable[Document]) -> Iterator[list[Document]]:
        """Batches of at most ``batch_size`` documents and about ``batch_chars`` characters.

        spaCy holds the activations of a whole batch at once: 32 long speeches
        in one batch cost a gigabyte, 100,000 characters about 150 MB, at the
        same speed.
        """
        return batched(docs, self.batch_size, self.batch_chars, lambda d: len(d.text))

    def _tokens(self, text: str, bounds: list[int], offset: int = 0):
        """The tokenised text, with sentence starts fixed at block boundaries."""
        sdoc = self.nlp.make_doc(text)
        split_broken_hyphens(sdoc, text)
        if self.block_sentences:
            mark_block_starts(sdoc, [b - offset for b in bounds if offset < b < offset + len(text)])
        return sdoc

    def _parse_long(self, text: str, bounds: list[int]):
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
            pieces.append(self._tokens(text[start:end], bounds, start))
            start = end
        parsed = list(self.nlp.pipe(pieces))
        # Doc.from_docs keeps character offsets consistent when each piece's
        # trailing whitespace is kept, which the cuts above guarantee.
        return Doc.from_docs(parsed, ensure_whitespace=False)


def parse_options(settings: ParseConfig) -> tuple[bool, bool]:
    """How the parse stage loads its model (:func:`.model.load_model`'s options)."""
    return settings.lookup_attribute_ruler, settings.numpy_matmul


def _boundaries(doc: Document) -> list[int]:
    return sorted({s.start for s in doc.sections} | {s.end for s in doc.sections})


def split_broken_hyphens(sdoc, text: str | None = None) -> None:
    """ "Secretary- General", "Guinea- Bissau": a capitalised compound broken at its hyphen by
    a line end, the space kept in the transcript.  The tokenizer keeps "Secretary-" as one word,
    which the tagger reads as punctuation and which cuts the sentence in two; split off, the
    hyphen joins the halves as in "Secretary-General" (the text is unchanged).  ``text``: the
    parse's text, when the caller has it (``Doc.text`` joins every token's)."""
    text = sdoc.text if text is None else text
    # Only a word ending in "-" before a space can be one: the words over the text's "- ", not
    # every word of the parse (a Token made and read for each cost ~10 ms per 300 statements)
    broken, at = [], text.find("- ")
    while at != -1:
        word = sdoc.char_span(at, at + 1, alignment_mode="expand")
        if word is not None and len(word) == 1 and _broken_word(sdoc, word[0]):
            broken.append(word[0])
        at = text.find("- ", at + 1)
    if broken:
        with sdoc.retokenize() as retokenizer:
            for t in broken:
                retokenizer.split(t, [t.text[:-1], "-"], heads=[(t, 1), (t, 1)])


def _broken_word(sdoc, t) -> bool:
    """``t`` ends in a hyphen before a space, between two capitalised halves."""
    return t.i < len(sdoc) - 1 and len(t) > 2 and t.text[-1] == "-" and t.text[0].isupper() \
        and t.text[:-1].isalpha() and t.whitespace_ == " " and sdoc[t.i + 1].text[:1].isupper() \
        and sdoc[t.i + 1].is_alpha and not sdoc[t.i + 1].is_stop   # (not a dateline's "X- The ...")


def mark_block_starts(sdoc, bounds: Iterable[int]) -> None:
    """Start a sentence at the first word after a blank line or at/after each offset."""
    from spacy.attrs import IDX, IS_SPACE

    pending = sorted(bounds)
    k = 0
    blank_before = False
    # (read as arrays: a Token is made only for a whitespace token and a sentence start)
    rows = sdoc.to_array([IS_SPACE, IDX]).tolist() if len(sdoc) else []
    for i, (is_space, idx) in enumerate(rows):
        if is_space:
            blank_before = blank_before or sdoc[i].text.count("\n") >= 2
            continue
        start = False
        while k < len(pending) and pending[k] <= idx:
            start, k = True, k + 1
        if (start or blank_before) and i > 0:
            sdoc[i].is_sent_start = True
        blank_before = False
