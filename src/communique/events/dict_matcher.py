"""Matching a verb against the compiled PETRARCH-2 verb dictionary (:mod:`dictionary`).

One dictionary look-up by lemma per verb; the verb's block patterns are tried most
specific first, each constraint read on the dependency parse (see :mod:`dictionary` for the
mapping).  The result is a :class:`DictMatch`: the CAMEO code (``DictPattern.code_in``; ``None``
when a null pattern blocks the verb), the pattern and the words that made it.  Codes the
ontology does not know fall back to their parent code; codes with no PLOVER type (010-017
statements) give no event, except in mode "only" (PETRARCH's coding), where the dictionary's
code stands as written and an event may have a CAMEO code and no PLOVER type.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dict_constraints import Reading, entry_fits, is_passive, objects, pattern_fits
from .dict_prefilter import doc_words, usable_patterns
from .dict_sequence import sequence_fits
from .dictionary import DictPattern, VerbDictionary, VerbEntry


@dataclass
class DictMatch:
    pattern: DictPattern | None      # None: the verb's own or block default code
    entry: VerbEntry
    code: str | None                 # None: blocked by a null pattern (or no code in this voice)
    obj: object | None = None
    words: list | None = None
    source: object | None = None     # the actor a "$" of a sequence pattern points at
    target: object | None = None     # ... a "+"
    file: str = "CAMEO.2.0.txt"      # the dictionary file the match comes from (pattern ids)
    passive: bool = False
    back: str = ""                   # a symmetric event's code from target to source ("[031:032]")

    @property
    def specificity(self) -> int:
        return self.pattern.specificity if self.pattern is not None else 0


def match_dictionary(t, vd: VerbDictionary, sent_end: int, candidates: list[str],
                     defaults: bool = True, shared: bool = True, receives: bool = False) -> DictMatch | None:
    """The dictionary's reading of verb ``t`` (tried under each lemma in ``candidates``);
    with ``defaults`` false, only a pattern with a constraint (a verb's bare default code,
    e.g. "accord" 060 or "advocate" 020, is too loose for statements; a multi-word verb keeps
    its own, its particle being a constraint).  With ``shared`` false a pattern written for
    one verb of the block (its comment names it: "- * RIGHT [130] # RESERVE") is not tried
    on the block's other verbs ("uphold the rights" is no threat).  With ``receives`` (an own
    pattern whose subject receives the act, "received a loan from X") the codes are read as
    for a passive verb: PETRARCH-2 codes a pattern with only a passive code ("RECEIVE * LOAN
    [:071]") with the one the act comes from as its source, as the own pattern reads it."""
    # An inflected form the dictionary lists as a verb of its own ("LEFT", "SAID") is more
    # specific than its lemma's entry ("LEAVE"): tried first.
    candidates = sorted(candidates, key=lambda c: c != t.lower_ or not vd.entries(c))
    r = Reading()   # the parse read once for all the patterns tried here
    for lemma in candidates:
        for e in vd.entries(lemma):
            extra = entry_fits(t, e, sent_end)
            if extra is None:
                continue
            passive = is_passive(t, r)
            coded = passive or receives   # (the voice whose code is read)
            words = doc_words(t.doc)   # (a pattern needing a word the text lacks is skipped)
            usable = usable_patterns(vd, e.block, e.lemma, shared, coded, words)
            # a pattern whose words stand in the text as written (PETRARCH matches the
            # dictionary's words literally) before one that fits only by lemma; most specific
            # first in each pass
            for exact in (True, False):
                for p in usable:
                    m = _try_pattern(t, p, e, extra, sent_end, passive, exact, vd.source, r, coded)
                    if m is not None:
                        return m
            if not defaults and not extra:
                continue
            code = e.code
            return DictMatch(None, e, None if code in ("---", "") else code, None, [t, *extra],
                             file=vd.source, passive=passive, back=e.reverse)
    return None


def _try_pattern(t, p: DictPattern, e: VerbEntry, extra: list, sent_end: int, passive: bool,
                 exact: bool, file: str, r: Reading, coded: bool) -> DictMatch | None:
    code = p.code_in(coded)
    if p.sequence:
        seq = sequence_fits(t, p, extra, sent_end, exact)
        if seq is None:
            return None
        found, words = seq
        # the verb's object holding the pattern's words ("restore full diplomatic ties with
        # X"): what is acted on; the actor is found on its phrases
        ids = {w.i for w in words}
        obj = next((o for o in objects(t, r) if any(w.i in ids for w in o.subtree)), None)
        return DictMatch(p, e, None if code == "---" else code, obj, [t, *extra, *words],
                         found.get("$"), found.get("+"), file, passive, p.reverse)
    got = pattern_fits(t, p, sent_end, exact, r)
    if got is None:
        return None
    obj, words = got
    return DictMatch(p, e, None if code == "---" else code, obj, [t, *extra, *words], file=file,
                     passive=passive)
