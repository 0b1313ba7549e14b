"""A parse's word classes as plain lists, read once per parse for the coder's word scans.

The coder looks over every word of every sentence several times for the few words that can
start an event (a verb or an event noun, a stance word, a reporting verb): each pass made a
spaCy ``Token`` per word and looked its strings up again.  Here a parse's POS, tag,
dependency, lower-case form, lemma key (``(lemma_ or lower_).lower()``, as the matchers
read it) and ``is_alpha`` are read once with ``Doc.to_array``; a scan tests them by index and makes a
``Token`` only for the words that pass.  Nothing changes the parse after the parse stage,
so a table stays true while its parse lives.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

# A parse's table while the parse lives (weakly keyed: a finished document is not kept alive).
_TABLES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class TokenTable:
    pos: list[str]
    tag: list[str]
    dep: list[str]
    lower: list[str]
    lemma: list[str]   # (lemma_ or lower_).lower()
    alpha: list[int]   # is_alpha, 1 or 0


def token_table(sdoc) -> TokenTable:
    """The table of spaCy ``Doc`` ``sdoc`` (built on first use)."""
    got = _TABLES.get(sdoc)
    if got is not None:
        return got
    from spacy.attrs import DEP, IS_ALPHA, LEMMA, LOWER, POS, TAG

    strings = sdoc.vocab.strings
    if len(sdoc):
        cols = sdoc.to_array([POS, TAG, DEP, LOWER, LEMMA, IS_ALPHA]).T.tolist()
    else:
        cols = [[], [], [], [], [], []]
    pos, tag, dep, lower, lemma = ([strings[x] for x in col] for col in cols[:5])
    table = TokenTable(pos, tag, dep, lower, [(m or w).lower() for m, w in zip(lemma, lower)],
                       cols[5])
    _TABLES[sdoc] = table
    return table
