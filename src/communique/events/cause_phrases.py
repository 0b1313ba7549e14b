"""Phrases of cause: why an act was done, not where or to whom.

"Kenya recalled its ambassador because of Somalia's decision", "Ghana suspended the talks
due to fighting in Togo": the phrase headed by a complex preposition of cause (word class
``cause_prepositions``) names the reason.  A place in it is not where the act was done
(events/attach.py); an act told inside it keeps the phrase's places as its own.

The same words are no cause in two other constructions: "due to" with an infinitive is a
schedule ("the minister, due to land in Cairo on Tuesday, ..."), and "due / owing to" a
party right after a thing owed (word class ``owed_things``: "the aid due to Israel", "funds
owing to Sri Lanka") says to whom it is owed.
"""

from __future__ import annotations

import functools

from ..document import Span
from .patterns import load_word_classes


@functools.lru_cache(maxsize=1)
def _cause_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in sorted(load_word_classes()["cause_prepositions"]))


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    # (a token that starts no phrase of cause is passed over without comparing slices)
    return frozenset(words[0] for words in _cause_words())


def _scheduled(first, to, nxt, verbs: frozenset[str]) -> bool:
    """"due to" + an infinitive: the parser tags it one ("is due to arrive"), or "due" hangs on
    a noun before it and a verb's base form follows ("Blinken, due to land in Cairo, ...": the
    parser takes "land" for a noun; a noun's cause there, "the minister, due to illness",
    names no verb)."""
    if to.lower_ != "to":
        return False
    if to.tag_ == "TO" or nxt.tag_ == "VB":
        return True
    h = first.head
    # (a name the tagger took for a verb is still the subject: "Blinken/VBN , due to ...")
    return (h.i < first.i and (h.pos_ in ("NOUN", "PROPN") or h.dep_.startswith("nsubj"))
            and nxt.lower_ in verbs)


def _owed(first, nxt) -> bool:
    """"the aid due to Israel", "funds owing to Sri Lanka": a thing owed, then a party named."""
    if first.i == 0 or first.lower_ not in ("due", "owing"):
        return False
    before = first.doc[first.i - 1]
    return ((before.lemma_ or before.lower_).lower() in load_word_classes()["owed_things"]
            and nxt.pos_ == "PROPN")


def cause_spans(sent, base: int, verbs: frozenset[str] = frozenset()) -> list[Span]:
    """Document character spans of the phrases of cause in parsed sentence ``sent``
    (``base``: the document offset of the parse's first character; ``verbs``: the base forms
    of verbs, nlp.api.verb_bases)."""
    toks = list(sent)
    low = [t.lower_ for t in toks]
    out = []
    first = _first_words()
    for k in range(len(toks)):
        if low[k] not in first:
            continue
        for words in _cause_words():
            n = len(words)
            if tuple(low[k:k + n]) != words:
                continue
            # (the parser hangs the phrase's object under one of the preposition's words:
            # "because" -> "of", "due" -> "to", "on" -> "account" -> "of")
            end = max(t.right_edge.i for t in toks[k:k + n])
            if end < toks[k].i + n:
                continue   # nothing after the preposition: no phrase
            nxt = toks[0].doc[toks[k].i + n]
            if _scheduled(toks[k], toks[k + n - 1], nxt, verbs) or _owed(toks[k], nxt):
                break
            last = toks[0].doc[end]
            out.append(Span(base + toks[k].idx, base + last.idx + len(last.text)))
            break
    return out
