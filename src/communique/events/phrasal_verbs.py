"""Phrasal verbs: a verb whose particle makes it another verb ("back down", "call off").

A pattern written for the bare verb ("back" 051) does not fire on the compound; patterns
naming the particle ("step ~down") do.  The compounds known are those the project's
patterns name, those of ``data/phrasal_verbs.tsv`` and the multi-word verbs of the
PETRARCH-2 dictionary whose second word is a particle ("BACK DOWN" 080).  Particles that
leave the verb's meaning ("back up" a claim) are in none of these and change nothing.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .ontology import OntologyError
from .token_table import token_table

DATA = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=1)
def own_compounds() -> frozenset[tuple[str, str]]:
    """(verb, particle) pairs of data/phrasal_verbs.tsv."""
    path = DATA / "phrasal_verbs.tsv"
    out = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line == "verb\tparticle":
            continue
        row = line.split("\t")
        if len(row) != 2 or not all(re.fullmatch(r"[a-z]+", w) for w in row):
            raise OntologyError(f"{path}:{n}: want a lower-case verb and particle, got {line!r}")
        out.add((row[0], row[1]))
    return frozenset(out)


def _known(patterns) -> frozenset[tuple[str, str]]:
    """Every compound known to the pattern set, its own data and its dictionary (kept on
    the pattern set: one set per coder)."""
    got = getattr(patterns, "_phrasal_known", None)
    if got is None:
        pairs = set(own_compounds())
        pairs |= {(p.lemma, p.particle) for p in patterns.patterns if p.pos == "V" and p.particle}
        vd = patterns.dictionary
        if vd is not None:
            pairs |= {(e.lemma, e.after[0]) for lst in vd.verbs.values() for e in lst
                      if len(e.after) == 1 and not e.before}
        got = patterns._phrasal_known = frozenset(pairs)
    return got


def phrasal_particle(t, patterns, forms: list[str]):
    """The particle child of verb ``t`` that makes it a known phrasal verb under one of its
    ``forms`` (lemma, word, base forms), or None."""
    known = _known(patterns)
    tab = token_table(t.doc)   # (asked of every verb coded: a Token made only for the particle)
    for k in tab.kids(t.i):
        if _particle_like(tab, t.i, k) and any((f, tab.lower[k]) in known for f in forms):
            return t.doc[k]
    return None


def _particle_like(tab, v: int, k: int) -> bool:
    """Word ``k`` is a particle, or the word right after verb ``v`` the parser took for a
    preposition or adverb with no object of its own ("backed out of the deal": "out" hangs
    "of")."""
    if tab.dep[k] == "prt":
        return True
    return tab.dep[k] in ("prep", "advmod") and k == v + 1 and not any(
        tab.dep[g] == "pobj" for g in tab.kids(k))


def compound_known_to(vd, prt, forms: list[str]) -> bool:
    """Whether the dictionary lists the compound of ``prt``'s verb and the project's own data
    leaves its coding to it (a compound our data lists is coded by own patterns only)."""
    if vd is None or any((f, prt.lower_) in own_compounds() for f in forms):
        return False
    return any(e.after == (prt.lower_,) and not e.before for f in forms for e in vd.entries(f))
