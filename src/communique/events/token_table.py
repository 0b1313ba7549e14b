"""A parse's word classes as plain lists, read once per parse for the coder's word scans.

The coder looks over every word of every sentence several times for the few words that can
start an event (a verb or an event noun, a stance word, a reporting verb): each pass made a
spaCy ``Token`` per word and looked its strings up again.  Here a parse's POS, tag,
dependency, lower-case form, lemma key (``(lemma_ or lower_).lower()``, as the matchers
read it), ``is_alpha``, offsets, heads and children are read once with ``Doc.to_array``;
a scan tests them by index and makes a ``Token`` only for the words that pass.  Nothing changes the parse after the parse stage,
so a table stays true while its parse lives.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import itemgetter

# A parse's table while the parse lives (weakly keyed: a finished document is not kept alive).
_TABLES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
# The parse asked for last (a weak reference) and its table, one tuple replaced whole: no weak
# key made per look-up, and a thread reads a pair another thread cannot change under it.
_LAST: list = [(None, None)]
# Strings by hash (see _decoded), emptied when it grows past _STRINGS_MAX.
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 500_000
# Lemma keys by lemma hash (see _lemma_keys): the lemma lowered; None for no lemma (0).
_LEMMA_KEYS: dict[int, str | None] = {}


@dataclass(frozen=True)
class TokenTable:
    pos: list[str]
    tag: list[str]
    dep: list[str]
    lower: list[str]
    lemma: list[str]   # (lemma_ or lower_).lower()
    alpha: list[int]   # is_alpha, 1 or 0
    idx: list[int]     # character offset in the parse's text
    head: list[int]    # the head's index (a root's is its own)
    # Every word's children, grouped by head in one flat list (no list per word: a list
    # per word of every parse woke the garbage collector for more than it saved)
    kid_order: list[int]
    kid_start: list[int]
    sent_first: list[int]   # SENT_START as to_array reads it (1: a sentence starts at the word)
    ent: list[str]          # ent_type_ ("" outside an entity)
    # What the coder's helpers read of one word again and again (the indices of a verb's
    # objects: clause_parts.verb_objects), by (helper, word index); the parse does not change
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def kids(self, i: int) -> list[int]:
        """The indices of word ``i``'s children, in order (``Token.children``)."""
        return self.kid_order[self.kid_start[i]:self.kid_start[i + 1]]

    @cached_property
    def sent_bounds(self) -> tuple[list[int], list[int]]:
        """Per word, the start and end of its sentence, as ``Token.sent`` finds them (the
        nearest word at or before it that starts one, else 0; the first word after it that
        starts one, else the parse's end): ``Token.sent`` makes a Span and walks the
        sentence's words on every call.  (Worked out on first use: a frozen table's cached
        attribute.)"""
        first = self.sent_first
        n = len(first)
        starts, ends = [0] * n, [n] * n
        at = 0
        for i in range(n):
            if first[i] == 1:
                at = i
            starts[i] = at
        at = n
        for i in range(n - 1, -1, -1):
            ends[i] = at
            if first[i] == 1:
                at = i
        return starts, ends


def token_table(sdoc) -> TokenTable:
    """The table of spaCy ``Doc`` ``sdoc`` (built on first use)."""
    ref, got = _LAST[0]   # (the coder asks for one parse's table tens of times in a row)
    if ref is not None and ref() is sdoc:
        return got
    got = _TABLES.get(sdoc)
    if got is None:
        got = _TABLES[sdoc] = _build(sdoc)
    _LAST[0] = (weakref.ref(sdoc), got)
    return got


def _build(sdoc) -> TokenTable:
    import numpy as np
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, LEMMA, LOWER, POS, SENT_START, TAG

    strings = sdoc.vocab.strings
    n = len(sdoc)
    arr = sdoc.to_array([POS, TAG, DEP, LOWER, LEMMA, IS_ALPHA, IDX, SENT_START, ENT_TYPE, HEAD]).reshape(n, 10)
    cols = arr[:, :9].T.tolist()
    # (HEAD is the offset to the head, stored unsigned: read back as signed)
    rel = arr[:, 9].view(np.int64).tolist()
    head = [i + d for i, d in enumerate(rel)]
    # a root heads no group of its own: grouped under n, past the last word; the children
    # of each word in word order (a stable sort), and where each word's group starts
    # (numbers of words in the groups before it).  In plain Python: on parses of a few
    # hundred words numpy's calls cost more than the work, the more so with the coder's
    # work between two parses (0.04 s less per round of the 300 short statements)
    group = [i + d if d else n for i, d in enumerate(rel)]
    order = sorted(range(n), key=group.__getitem__)
    counts = [0] * (n + 1)
    for g in group:
        counts[g] += 1
    start = [0, *accumulate(counts)]
    pos, tag, dep, lower = (_decoded(strings, col) for col in cols[:4])
    return TokenTable(pos, tag, dep, lower, _lemma_keys(strings, cols[4], lower),
                      cols[5], cols[6], head, order, start, cols[7], _decoded(strings, cols[8]))


def _looked_up(memo: dict, col: list[int]) -> list:
    """``[memo[x] for x in col]`` (KeyError for a missing key), the look-ups made in C by
    ``operator.itemgetter`` (a parse's columns are read for every document: about a third of
    the comprehension's time)."""
    if len(col) < 2:   # (itemgetter of one key gives the value, of none is an error)
        return [memo[x] for x in col]
    return list(itemgetter(*col)(memo))


_MISSING = object()


def _filled(memo: dict, col: list[int], make) -> list:
    """``[memo[x] for x in col]``, a missing value made by ``make(x)`` and remembered (the memo
    emptied first when it grew past _STRINGS_MAX).  One dict operation per read or write: a
    memo another thread empties meanwhile costs this one a value made again, not a KeyError."""
    if len(memo) > _STRINGS_MAX:
        memo.clear()
    out = []
    for x in col:
        v = memo.get(x, _MISSING)
        if v is _MISSING:
            v = memo[x] = make(x)
        out.append(v)
    return out


def _decoded(strings, col: list[int]) -> list[str]:
    """``[strings[x] for x in col]``, through a memo of strings by hash (a hash is that of its
    string, the same in every StringStore): a dict look-up instead of a decoding."""
    try:
        return _looked_up(_STRINGS, col)
    except KeyError:
        return _filled(_STRINGS, col, strings.__getitem__)


def _lemma_keys(strings, col: list[int], lower: list[str]) -> list[str]:
    """``[(lemma or form).lower() ...]`` for the lemma hashes ``col`` and the lower-case forms
    ``lower`` of a parse, the lowered lemmas remembered by hash (a word with no lemma, hash 0,
    takes its form lowered)."""
    try:
        keys = _looked_up(_LEMMA_KEYS, col)
    except KeyError:
        keys = _filled(_LEMMA_KEYS, col, lambda x: (strings[x] or None) and strings[x].lower())
    if None in keys:
        keys = [w.lower() if m is None else m for m, w in zip(keys, lower)]
    return keys


def sent_start(t) -> int:
    """``t.sent.start``, read from the parse's table."""
    return token_table(t.doc).sent_bounds[0][t.i]


def sent_end(t) -> int:
    """``t.sent.end``, read from the parse's table."""
    return token_table(t.doc).sent_bounds[1][t.i]


def subtree_ends(tab: TokenTable, i: int) -> tuple[int, int]:
    """The first and last words of ``list(sdoc[i].subtree)``, read from the table: ``subtree``
    yields the left children's subtrees, the word, then the right children's, so the first word
    is at the end of the chain of first left children and the last at the end of the chain of
    last right children (not always the subtree's edges: a parse may be non-projective)."""
    kid_order, kid_start = tab.kid_order, tab.kid_start
    first = last = i
    while kid_start[first] < kid_start[first + 1] and kid_order[kid_start[first]] < first:
        first = kid_order[kid_start[first]]
    while kid_start[last] < kid_start[last + 1] and kid_order[kid_start[last + 1] - 1] > last:
        last = kid_order[kid_start[last + 1] - 1]
    return first, last


def subtree_has(tab: TokenTable, i: int, col: list, values) -> bool:
    """Whether a word of ``sdoc[i].subtree`` (the word and all below it) has its ``col`` value
    (a column of ``tab``) in ``values``, read from the table."""
    todo = [i]
    kids = tab.kids
    while todo:
        k = todo.pop()
        if col[k] in values:
            return True
        todo += kids(k)
    return False


def subtree_indices(tab: TokenTable, i: int) -> list[int]:
    """The indices of ``sdoc[i].subtree`` (the word and all below it), in no set order."""
    out, todo, kids = [], [i], tab.kids
    while todo:
        k = todo.pop()
        out.append(k)
        todo += kids(k)
    return out
