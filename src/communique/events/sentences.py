"""The sentences the coder reads: spaCy's, cut at blank lines and section edges.

A spaCy sentence can run over a title, the date line and the first paragraph;
coded as one, it would glue acts of different blocks into one event.
"""

from __future__ import annotations

import re

from ..document import Document
from ..nlp.api import load_model, one_blas_thread
from .cues import Cues
from .token_table import token_table

_BLANK = re.compile(r"\n[ \t]*\n\s*")


def _load_nlp(name: str, options: tuple[bool, ...] = ()):
    # Loaded late (load_model imports spaCy when first called): the parse model is
    # needed only for sentences that must be cut; with the parse stage's options, the
    # same loaded pipeline.
    return load_model(name, *options)


def sentence_units(doc: Document, sdoc, nlp_name: str | None, nlp_options: tuple[bool, ...] = ()):
    """(sentence, offset) pairs.  A spaCy sentence running over a blank line or a
    section boundary (a title glued to a date line and the first paragraph) is
    cut there and its pieces parsed again on their own, so no event spans two blocks."""
    bounds = sorted({s.start for s in doc.sections} | {s.end for s in doc.sections})
    for sent in sdoc.sents:
        a, b = sent.start_char, sent.end_char
        cuts = [m.end() + a for m in _BLANK.finditer(doc.text[a:b])]
        cuts += [x for x in bounds if a < x < b]
        # A cut in trailing whitespace splits nothing: keep only cuts with words
        # on both sides, so paragraph-final sentences are not parsed again.
        cuts = [x for x in cuts if doc.text[a:x].strip() and doc.text[x:b].strip()]
        if not cuts or nlp_name is None:
            yield sent, 0
            continue
        nlp = _load_nlp(nlp_name, nlp_options)
        edges = [a, *sorted(set(cuts)), b]
        for lo, hi in zip(edges, edges[1:]):
            piece = doc.text[lo:hi]
            if not piece.strip():
                continue
            with one_blas_thread():
                piece_doc = nlp(piece)
            for s in piece_doc.sents:
                yield s, lo


def is_caption(sent, cues: Cues) -> bool:
    """Too short to tell an act, or a verbless line with a caption word ("Photo: ...")."""
    tab = token_table(sent.doc)   # (read from the parse's table: no Token per word)
    words, verb = 0, False
    for i in range(sent.start, sent.end):   # (one pass, left once three words and a verb are seen)
        words += tab.alpha[i]
        verb = verb or tab.pos[i] == "VERB"
        if words >= 3 and verb:
            return False
    if words < 3:
        return True
    return any(tab.lower[i] in cues.caption_words for i in range(sent.start, sent.end))
