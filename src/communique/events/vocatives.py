"""The one a statement speaks to, named by a title set off by commas: "Mr. President, allow
me to ...", "I congratulate you, Madam President, on ...", "Secretary-General, ...".

The parser often makes such a title the subject of the verb or an apposition of "you", so it
is found by its words here: a title of the word class ``vocative_titles`` (stances.toml),
after optional honorifics (``vocative_honorifics``: "Mr.", "Madam", "Your"), opening the
sentence or following a comma, and followed by a comma (or closing the sentence).  "you" and "your" stand for it in
that sentence and in the next few of the same passage (a speaker keeps speaking to one
person: "Mr. President, ... . I congratulate you on your election").
"""

from __future__ import annotations

from .stance_data import load_stances
from .token_table import token_table

# How far back a title spoken to still says who "you" is (sentences, characters).
_BACK_SENTENCES = 3
_BACK_CHARS = 600


def titled_vocative(sent):
    """The head word of a title spoken to in ``sent`` ("President" of ", Mr. President,"), or None."""
    return next((t for t, _ in _vocatives(sent)), None)


def _vocatives(sent):
    """(head word, first word) of each title spoken to in ``sent``: after the sentence's start
    or a comma, before a comma or the sentence's closing mark ("..., Madam President.")."""
    st = load_stances()
    doc = sent.doc
    lower = token_table(doc).lower   # (a token made only for a title)
    for i in range(sent.start, sent.end - 1):
        if lower[i] not in st.vocative_titles:
            continue
        t = doc[i]
        after = doc[t.i + 1]
        if after.text != "," and not (after.i == sent.end - 1 and after.is_punct):
            continue
        j = t.i
        while j > sent.start and doc[j - 1].lower_ in st.vocative_honorifics:
            j -= 1
        if j == sent.start or doc[j - 1].text == ",":
            yield t, j


def set_off(t) -> bool:
    """Whether ``t`` is a word of a title spoken to that opens or closes its sentence ("Madam
    President, X condemns ...", "... with X, Mr. Chairman."): the one addressed, who is
    neither the doer nor the target of what the sentence says."""
    st, low = load_stances(), token_table(t.doc).lower[t.i]
    if low not in st.vocative_titles and low not in st.vocative_honorifics:
        return False   # (a title's words are the title and the honorifics before it)
    sent = t.sent
    for head, first in _vocatives(sent):
        at_edge = first == sent.start or head.i + 2 >= sent.end
        if at_edge and first <= t.i <= head.i:
            return True
    return False


def past_vocative(heads: list) -> list:
    """``heads`` without titles spoken to (:func:`set_off`); one the parser made the subject
    with the real subject hung on it as an apposition ("Madam President, Norway condemns ...")
    gives way to that apposition."""
    out = []
    for h in heads:
        if not set_off(h):
            out.append(h)
            continue
        out += [c for c in h.children if c.dep_ == "appos" and not set_off(c) and c not in out]
    return out


def recent_vocatives(sent):
    """Titles spoken to in ``sent`` and in the sentences just before it, nearest first."""
    out = []
    t = titled_vocative(sent)
    if t is not None:
        out.append(t)
    doc = sent.doc
    for _ in range(_BACK_SENTENCES):
        if sent.start == 0:
            break
        prev = doc[sent.start - 1].sent
        if doc[sent.start].idx - prev.start_char > _BACK_CHARS:
            break
        t = titled_vocative(prev)
        if t is not None:
            out.append(t)
        sent = prev
    return out
