"""The model's rule lemmatizer, remembered per (word, POS, morphology): same lemmas, less time.

spaCy's rule lemmatizer builds a ``Token`` and reads its morphology for every
word, and caches only the words that go through its suffix rules: a word in
base form (most nouns and verbs) is worked out again each time, which is 5 %
of the parse of short statements.  A lemma depends on the word, its POS and its
morphology alone, so here it is looked up in a table keyed on those three,
read for the whole ``Doc`` at once, and the lemmatizer itself is asked only for
combinations not seen before.  The lemmas are written with ``Doc.from_array``,
which stores the same string id as ``token.lemma_ = ...``.
"""

from __future__ import annotations

_MEMO_SIZE = 200_000  # distinct (word, POS, morphology) triples: ~40 MB at most


def remember_lemmas(nlp) -> bool:
    """Give the pipeline's rule lemmatizer the memo; False if it has none to speed up."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "lemmatize"):
        return False
    memo = MemoLemmatizer(lemmatizer)
    # Language.pipe calls a component's ``pipe``; a single text calls ``__call__``,
    # which stays spaCy's own (the same lemmas, only slower).
    lemmatizer.pipe = memo.pipe
    return True


class MemoLemmatizer:
    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}

    def pipe(self, stream, *, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    def __call__(self, doc):
        """What ``Lemmatizer.__call__`` does, the lemma of each known triple looked up."""
        from spacy.errors import Errors

        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        try:
            self._set_lemmas(doc)
            return doc
        except Exception as e:
            return lem.get_error_handler()(lem.name, lem, [doc], e)

    def _set_lemmas(self, doc) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return
        lem, memo, strings = self.lemmatizer, self.memo, self.strings
        overwrite = lem.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if not overwrite and lemma != 0:
                continue
            found = memo.get((orth, pos, morph))
            if found is None:
                found = strings.add(lem.lemmatize(doc[i])[0])
                # No POS: spaCy warns on every such word; keep asking it.
                if pos and len(memo) < _MEMO_SIZE:
                    memo[(orth, pos, morph)] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
