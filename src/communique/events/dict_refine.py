"""The CAMEO code of an own-pattern verb event, refined by the compiled verb dictionary.

The project's patterns decide whether a verb is an event and of which PLOVER type; PETRARCH-2's
dictionary, built on millions of news sentences, knows finer CAMEO codes for many of its verbs
and verb phrases ("seize" weapons 1711, "extend" a loan 071, "demand" a release 1053).  Where
both read the same verb, the dictionary's pattern has at least the own pattern's constraints
and its code is of the same PLOVER type, the event takes the dictionary's code, unless that
code is coarser than the own one (190 for an own 1823 "murder": the finer code stays) or
the own code was already refined by the verb's object noun ("opened tank fire" 194).  The
words the dictionary's pattern matched are the event's ``cameo`` field evidence.
"""

from __future__ import annotations

from .dict_matcher import match_dictionary
from .dict_patterns import DictionaryPattern


def refine_codes(triggers: list, patterns, sent_end: int, forms) -> None:
    """Set the dictionary's CAMEO code on each own verb trigger it refines (see above);
    ``forms(token)`` gives the lemmas to look the verb up under."""
    vd = patterns.dictionary
    if vd is None or patterns.dict_patterns is None:
        return
    for tr in triggers:
        if not tr.is_verb or isinstance(tr.pattern, DictionaryPattern) or tr.cameo != tr.pattern.cameo:
            continue
        lemmas = forms(tr.token)
        if not _may_refine(vd, patterns.dict_patterns, tuple(lemmas), tr.type, tr.cameo):
            continue   # no code of the verb's blocks could (the match would be read for nothing)
        dm = match_dictionary(tr.token, vd, sent_end, lemmas, True, patterns.dictionary_shared,
                              receives=tr.pattern.reverse)
        if dm is None or dm.code is None or dm.specificity < tr.pattern.specificity:
            continue   # an own pattern with more constraints ("threaten attacks" 138) knows better
        typed = patterns.dict_patterns.typed(dm.code)
        if not _refines(typed, tr.type, tr.cameo):
            continue
        tr.cameo = typed[2]
        tr.code_words = sorted({w.i: w for w in dm.words}.values(), key=lambda w: w.i)


def _refines(typed, type_, cameo: str) -> bool:
    """Whether a dictionary code, typed, refines an own code: same PLOVER type, another code,
    not coarser."""
    return typed is not None and typed[0] == type_ and typed[2] != cameo and depth(typed[2]) >= depth(cameo)


def _may_refine(vd, typing, lemmas: tuple, type_, cameo: str) -> bool:
    """Whether some code the dictionary gives for these lemmas (any entry's default, any
    pattern of its block, either voice) refines ``cameo``: a match can only give one of them.
    Most verbs' blocks hold no code that refines theirs: told once per coder, in the typing's
    memo (a coder's typing serves one dictionary)."""
    if not isinstance(cameo, str):
        return True   # (no own code to compare: the match decides)
    memo = typing.refinable
    key = (id(vd), lemmas, type_, cameo)
    got = memo.get(key)
    if got is None:
        codes = {c for lemma in lemmas for e in vd.entries(lemma)
                 for c in [e.code, *(x for p in vd.patterns(e.block) for x in (p.active, p.passive))]}
        got = memo[key] = any(_refines(typing.typed(c), type_, cameo) for c in codes
                              if c not in (None, "", "---"))
    return got


def depth(code: str) -> int:
    """A CAMEO code's level: 1 for a root's own code ("190"), 2 for "194", 3 for "1823"."""
    return 1 if len(code) <= 3 and code.endswith("0") else len(code) - 1
