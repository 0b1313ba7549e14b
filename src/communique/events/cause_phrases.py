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
from .token_table import token_table


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


def _cause_at(doc, k: int, verbs: frozenset[str]) -> int:
    """The number of words of the complex preposition of cause that begins at word ``k`` of
    parsed ``doc`` (0: none there, or the same words scheduling or owing)."""
    lower = token_table(doc).lower   # (asked of every word: no Token made for most)
    if lower[k] not in _first_words():
        return 0
    for words in _cause_words():
        n = len(words)
        if k + n >= len(lower) or tuple(lower[k:k + n]) != words:
            continue
        nxt = doc[k + n]
        if _scheduled(doc[k], doc[k + n - 1], nxt, verbs) or _owed(doc[k], nxt):
            return 0
        return n
    return 0


@functools.lru_cache(maxsize=1)
def _member_words() -> tuple[frozenset[str], int]:
    """Every word of a member of the class, and the most words a member has."""
    words = _cause_words()
    return frozenset(w for ws in words for w in ws), max(len(ws) for ws in words)


def cause_word(w, verbs: frozenset[str] = frozenset()) -> bool:
    """Whether parsed word ``w`` is a word of a complex preposition of cause ("on" of "on
    account of", "to" of "due to"): what its phrase names is why an act was done, not at
    whom (events/arguments.py, phrase_targets.py and act_tellings.py read no target or act
    acted on there)."""
    members, longest = _member_words()
    if w.lower_ not in members:
        return False   # (most words: no slice compared)
    return any(0 <= w.i - j and _cause_at(w.doc, w.i - j, verbs) > j for j in range(longest))


def cause_spans(sent, base: int, verbs: frozenset[str] = frozenset()) -> list[Span]:
    """Document character spans of the phrases of cause in parsed sentence ``sent``
    (``base``: the document offset of the parse's first character; ``verbs``: the base forms
    of verbs, nlp.api.verb_bases)."""
    doc = sent.doc
    out = []
    for k in range(sent.start, sent.end):   # (a Token made only where a phrase starts)
        n = _cause_at(doc, k, verbs)
        if not n:
            continue
        # (the parser hangs the phrase's object under one of the preposition's words:
        # "because" -> "of", "due" -> "to", "on" -> "account" -> "of")
        end = max(t.right_edge.i for t in doc[k:min(k + n, sent.end)])
        if end < k + n:
            continue   # nothing after the preposition: no phrase
        last = doc[end]
        out.append(Span(base + doc[k].idx, base + last.idx + len(last.text)))
    return out
