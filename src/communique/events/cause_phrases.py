"""Phrases of cause: why an act was done, not where or to whom.

"Kenya recalled its ambassador because of Somalia's decision", "Ghana suspended the talks
due to fighting in Togo": the phrase headed by a complex preposition of cause (word class
``cause_prepositions``) names the reason.  A place in it is not where the act was done
(events/attach.py); an act told inside it keeps the phrase's places as its own.
"""

from __future__ import annotations

from ..document import Span
from .patterns import load_word_classes


def _cause_words() -> list[tuple[str, ...]]:
    return [tuple(w.split()) for w in load_word_classes()["cause_prepositions"]]


def cause_spans(sent, base: int) -> list[Span]:
    """Document character spans of the phrases of cause in parsed sentence ``sent``
    (``base``: the document offset of the parse's first character)."""
    toks = list(sent)
    low = [t.lower_ for t in toks]
    out = []
    for k in range(len(toks)):
        for words in _cause_words():
            if tuple(low[k:k + len(words)]) != words:
                continue
            # (the parser hangs the phrase's object under one of the preposition's words:
            # "because" -> "of", "due" -> "to", "on" -> "account" -> "of")
            end = max(t.right_edge.i for t in toks[k:k + len(words)])
            if end < toks[k].i + len(words):
                continue   # nothing after the preposition: no phrase
            last = toks[0].doc[end]
            out.append(Span(base + toks[k].idx, base + last.idx + len(last.text)))
            break
    return out

