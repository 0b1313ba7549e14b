"""A cheap test that a verb dictionary pattern cannot fit a parse: a word it needs is nowhere
in the document.

A verb's block holds dozens of patterns; reading each on the parse (:mod:`dict_constraints`)
builds token objects for the verb's subject, objects and prepositions again and again, though
most patterns need a word (a subject or object head, a particle, a preposition, one of an
object's modifiers) that the document never uses.  Each tree pattern is reduced once to the
sets of words one of which it needs per constraint; a document's words (forms and lemmas, as
:func:`dict_constraints.fits` reads them) are read once, with ``Doc.to_array``.  A pattern
whose sets are not all met cannot fit, so skipping it changes no match.
"""

from __future__ import annotations

import weakref

from .dictionary import DictPattern, Phrase
from .token_table import token_table

# A parse's words while the parse lives (weakly keyed: a finished document is not kept
# alive, and each thread or pipeline reads its own parse's entry); (pattern, needs) by
# id(pattern), a fixed property of the loaded dictionary.
_WORDS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_NEEDS: dict[int, tuple[DictPattern, tuple[frozenset[str], ...]]] = {}
# Per loaded dictionary (by id, the dictionary kept beside its table): a block's patterns
# that may be tried on a verb of one voice, with their needs, by (block, the verb's lemma or
# None when every verb of the block may take them, passive).
_VOICED: dict[int, tuple[object, dict]] = {}


def _alternatives(phrase: Phrase) -> frozenset[str]:
    """The words a token heading the phrase may be (a multi-word member ends in its head)."""
    return phrase.heads | {words[-1] for words in phrase.multi if words}


def needs(p: DictPattern) -> tuple[frozenset[str], ...]:
    """Per constraint of a tree pattern, the words one of which must be in the document."""
    got = _NEEDS.get(id(p))
    if got is not None and got[0] is p:
        return got[1]
    out: list[frozenset[str]] = []
    if not p.sequence:
        if p.subject:
            out.append(_alternatives(p.subject))
        out += [frozenset([w]) for w in p.particles]
        if p.obj:
            out.append(_alternatives(p.obj))
        for alts in p.obj_mods:
            firsts = [m.split() for m in alts]
            if firsts and all(firsts):   # (an empty member is met by any phrase)
                out.append(frozenset(f[0] for f in firsts))
        for prep, head in p.preps:
            out.append(frozenset([prep]))
            if head:
                out.append(_alternatives(head))
    got = _NEEDS[id(p)] = (p, tuple(out))
    return got[1]


def doc_words(doc) -> frozenset[str]:
    """Every form (lower case) and lemma (lowered) of the document's tokens."""
    got = _WORDS.get(doc)
    if got is not None:
        return got
    # (read from the parse's word table, already decoded for the coder's scans: its lemma
    # column is the lowered lemma, or the form where a word has no lemma, a form the set
    # holds already)
    tab = token_table(doc)
    words = frozenset(tab.lower).union(tab.lemma, ("",))
    _WORDS[doc] = words
    return words


def may_fit(p: DictPattern, words: frozenset[str]) -> bool:
    """False when a word pattern ``p`` needs is not in ``words`` (:func:`doc_words`)."""
    # (called for every pattern of every verb tried: the memo read here and a plain loop,
    # no generator, as the look-up of ``needs`` does)
    got = _NEEDS.get(id(p))
    for alts in (got[1] if got is not None and got[0] is p else needs(p)):
        if alts.isdisjoint(words):
            return False
    return True


def voiced_patterns(vd, block: str, lemma: str, shared: bool, passive: bool) -> tuple:
    """(pattern, needs) of the patterns of ``block`` that may be tried on a verb of this voice
    (a pattern may code one voice only), most specific first; with ``shared`` false, only those
    written for every verb of the block or for ``lemma``.  None of this depends on the text:
    worked out once per block and voice instead of for every verb tried."""
    return _voiced(vd, block, lemma, shared, passive)[0]


def _voiced(vd, block: str, lemma: str, shared: bool, passive: bool) -> tuple:
    """(:func:`voiced_patterns`, the positions of those that need no word, and the positions
    of the others by each word of their first needs): in a document most patterns lack the
    first word they need, and these are never read."""
    got = _VOICED.get(id(vd))
    if got is None or got[0] is not vd:
        got = _VOICED[id(vd)] = (vd, {})
    memo = got[1]
    k = (block, None if shared else lemma, passive)
    out = memo.get(k)
    if out is None:
        pats = tuple((p, needs(p)) for p in vd.patterns(block)
                     if (shared or not p.verb or p.verb == lemma)
                     and p.code_in(passive))
        free = [n for n, (_, wanted) in enumerate(pats) if not wanted]
        by_word: dict[str, list[int]] = {}
        for n, (_, wanted) in enumerate(pats):
            for w in wanted[:1]:
                for word in w:
                    by_word.setdefault(word, []).append(n)
        out = memo[k] = (pats, free, by_word)
    return out


def usable_patterns(vd, block: str, lemma: str, shared: bool, passive: bool,
                    words: frozenset[str]) -> list[DictPattern]:
    """The :func:`voiced_patterns` that :func:`may_fit` the document's ``words``, in order."""
    pats, free, by_word = _voiced(vd, block, lemma, shared, passive)
    # (the patterns whose first needs the document meets, by the words it has of them)
    at = set(free)
    # (the words both have, walking the smaller of the two)
    both = words.intersection(by_word) if len(by_word) < len(words) else by_word.keys() & words
    for word in both:
        at.update(by_word[word])
    out = []
    for n in sorted(at):
        p, wanted = pats[n]
        for alts in wanted[1:]:   # (may_fit's other needs, inline)
            if alts.isdisjoint(words):
                break
        else:
            out.append(p)
    return out
