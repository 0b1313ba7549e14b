"""Each differing tuple of a sentence, by cause.

A sentence's gold and predicted tuples (code, source country, target country) are paired off
first where they are equal, then where only the code differs (same root: a finer or coarser
code; another root: a wrong code), then where only the sides differ (same root, other source or
target); what is left is a missed gold tuple or an extra predicted one.
"""

from __future__ import annotations

from collections import Counter

EXACT, FINER_COARSER, WRONG_ROOT, WRONG_SIDES, MISSED, EXTRA = (
    "exact", "same root, other code", "wrong code (root)", "wrong source/target",
    "missed event", "extra event")
CAUSES = (FINER_COARSER, WRONG_ROOT, WRONG_SIDES, MISSED, EXTRA)


def _take(gold: Counter, pred: Counter, same) -> list[tuple]:
    pairs = []
    for g in sorted(gold.elements(), key=str):
        p = next((p for p in sorted(pred, key=str) if pred[p] > 0 and same(g, p)), None)
        if p is not None and gold[g] > 0:
            gold[g] -= 1
            pred[p] -= 1
            pairs.append((g, p))
    return pairs


def causes(gold: list[tuple], pred: list[tuple]) -> list[tuple[str, tuple | None, tuple | None]]:
    """(cause, gold tuple or None, predicted tuple or None) for each tuple that differs."""
    g, p = Counter(gold), Counter(pred)
    _take(g, p, lambda a, b: a == b)
    out = []
    for g_, p_ in _take(g, p, lambda a, b: a[1:] == b[1:] and a[0][:2] == b[0][:2]):
        out.append((FINER_COARSER, g_, p_))
    for g_, p_ in _take(g, p, lambda a, b: a[1:] == b[1:]):
        out.append((WRONG_ROOT, g_, p_))
    for g_, p_ in _take(g, p, lambda a, b: a[0][:2] == b[0][:2]):
        out.append((WRONG_SIDES, g_, p_))
    out += [(MISSED, t, None) for t in sorted(g.elements(), key=str)]
    out += [(EXTRA, None, t) for t in sorted(p.elements(), key=str)]
    return out
