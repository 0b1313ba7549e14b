"""The sequence reading of a compiled verb dictionary's pattern (TABARI, PETRARCH-1; the
validation suite's dictionary): the pattern's words stand before and after the verb in order,
with "$", "+" marking the noun phrases that are the source and the target, "^" a phrase
skipped and "%" a compound actor.
"""

from __future__ import annotations

from .dictionary import DictPattern, Phrase, SeqItem

_NOUNISH = ("NOUN", "PROPN", "PRON")
_MAX_STEPS = 2000   # backtracking budget per pattern (a 150-token sentence stays bounded)


def _at(tokens, j: int, phrase: Phrase, forward: bool, exact: bool = False) -> int:
    """How many tokens of ``tokens`` a member of ``phrase`` covers starting (forward) or
    ending (backward) at ``j``; 0: none fits."""
    t = tokens[j]
    if t.lower_ in phrase.heads or (not exact and (t.lemma_ or "").lower() in phrase.heads):
        return 1
    for words in phrase.multi:
        n = len(words)
        # (walking backward the tokens come right to left: the member's words reversed)
        if all(k < len(tokens) and tokens[k].lower_ == x
               for k, x in zip(range(j, j + n), words if forward else words[::-1])):
            return n
    return 0


def _compound(tokens) -> bool:
    """An actor made of coordinated nouns ("Arnor and Gondor") among ``tokens``."""
    return any(w.pos_ in _NOUNISH and any(c.dep_ == "conj" and c.pos_ in _NOUNISH for c in w.children)
               for w in tokens)


def _walk(items: list[SeqItem], tokens, adjacent: bool, forward: bool, found: dict, budget: list,
          exact: bool = False):
    """Match ``items`` (in matching order: away from the verb) against ``tokens`` (also
    from the verb outward); other words may come between two items unless the previous
    one is joined to the next (``adjacent``).  Returns the words matched, or None."""
    budget[0] -= 1
    if budget[0] < 0:
        return None
    if not items:
        return []
    it, rest = items[0], items[1:]
    nxt_adj = it.joined if forward else (bool(rest) and rest[0].joined)
    if it.marker == "%":
        if not _compound(tokens):
            return None
        return _walk(rest, tokens, nxt_adj, forward, found, budget, exact)
    if it.marker:
        # "$", "+": the next noun phrase is the source, the target; "^" skips one
        k = next((k for k, w in enumerate(tokens) if w.pos_ in _NOUNISH), None)
        if k is None or (adjacent and k > 0 and it.marker != "^"):
            return None if it.marker != "^" else _walk(rest, tokens, nxt_adj, forward, found, budget, exact)
        who = tokens[k]
        pos = {w.i: n for n, w in enumerate(tokens)}
        if forward:
            # "the Gondor army": the phrase's head, past its modifiers
            while who.dep_ in ("compound", "amod", "nmod", "poss") and who.head.i in pos and who.head.i > who.i:
                who = who.head
            k = pos[who.i]
            if it.marker == "^":   # a skipped phrase goes with its attachments ("the X of the Y")
                k = max(pos.get(w.i, k) for w in who.subtree)
        else:
            # walking left from the head: its modifiers belong to the phrase
            while k + 1 < len(tokens) and tokens[k + 1].head.i == who.i and tokens[k + 1].dep_ in (
                    "compound", "amod", "det", "poss", "nmod"):
                k += 1
            if it.marker == "^":
                k = max(pos.get(w.i, k) for w in who.subtree)
        if it.marker != "^":
            found.setdefault(it.marker, who)
        return _walk(rest, tokens[k + 1:], nxt_adj, forward, found, budget, exact)
    for j in range(len(tokens)):
        if adjacent and j > 0:
            break
        n = _at(tokens, j, it.words, forward, exact)
        if not n:
            continue
        got = _walk(rest, tokens[j + n:], nxt_adj, forward, found, budget, exact)
        if got is not None:
            return list(tokens[j:j + n]) + got
    return None


def _clause_after(t, last: int, sent_end: int) -> list:
    """Words after the verb in its own phrase: its subtree, less verbs coordinated with it."""
    skip = {w.i for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for w in c.subtree}
    return [w for w in t.subtree if w.i > last and w.i < sent_end and w.i not in skip]


def sequence_fits(t, p: DictPattern, extra: list, sent_end: int, exact: bool = False):
    """(found markers, words) when the words of ``p`` stand before and after the verb in
    order, else None."""
    verb_words = [t, *extra]
    first = min(w.i for w in verb_words)
    last = max(w.i for w in verb_words)
    found: dict = {}
    words = []
    if p.post:
        got = _walk(list(p.post.items), _clause_after(t, last, sent_end), p.post.to_verb, True,
                    found, [_MAX_STEPS], exact)
        if got is None:
            return None
        words += got
    if p.pre:
        before = list(reversed(t.doc[t.sent.start:first]))
        items = list(reversed(p.pre.items))
        got = _walk(items, before, p.pre.to_verb, False, found, [_MAX_STEPS], exact)
        if got is None:
            return None
        words += got
    return found, words
