"""What the one-act rules share: which act a word belongs to, and what a folded word
hands over.

The rules of :mod:`one_act` (and :mod:`judged_acts`) look a word up in the candidate
it belongs to (:func:`word_hosts`: a trigger word, light verb or object), and when a
word tells an act already told, give that act the doers and the ones acted on the word
knew (:func:`take_sides`) or the actors named by a phrase (:func:`add_resolved`).
Kept apart so the modules of the rules share one version of each step.
"""

from __future__ import annotations

from .candidates import Candidate


def word_hosts(cands: list[Candidate]) -> dict[int, Candidate]:
    """Token index -> the candidate whose trigger word, light verb or object it is."""
    out: dict[int, Candidate] = {}
    for c in cands:
        for w in [c.trig.token, *c.trig.words, c.light, c.trig.obj]:
            if w is not None:
                out.setdefault(w.i, c)
    return out


def take_sides(into: Candidate, c: Candidate) -> None:
    """What the folded word knew of the doers and the ones acted on."""
    if not into.sources.actors:
        for a, sp in zip(c.sources.actors, c.sources.spans):
            into.sources.add([a], sp)
    if not into.targets.actors:
        for a, sp in zip(c.targets.actors, c.targets.spans):
            if a not in into.sources.actors:
                into.targets.add([a], sp)


def add_resolved(refs, heads: list, by_host: dict, side, other) -> None:
    """Add the actors the phrases headed by ``heads`` name to ``side``, except those
    already on the ``other`` side (no actor acts on itself)."""
    for h in heads:
        f = refs.resolve(h, skip=set(by_host))
        for a, sp in zip(f.actors, f.spans):
            if a not in other.actors:
                side.add([a], sp)


def own_coding(cands: list[Candidate]) -> list[Candidate]:
    """The candidates of the project's patterns: PETRARCH's own coding (mode "only") codes
    every verb it knows, none of it is folded."""
    return [c for c in cands if not getattr(c.trig.pattern, "final", False)]


def has_to(t) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)

