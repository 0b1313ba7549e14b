"""PETRARCH-2's CAMEO verb dictionary as a trigger source, compiled to ``data/petrarch/``.

``tools/petrarch/compile.py`` writes the TSV files; this module reads them into look-ups
keyed by verb lemma (:func:`load_verb_dictionary`, once per process).  A verb's block holds
patterns whose phrase constraints are read on the dependency parse (:mod:`matcher`):

* the noun before ``*``: head of the verb's subject;
* the first noun after ``*`` (or ``{MODIFIERS HEAD}``): head of its direct object, passive
  subject or complement, the modifiers anywhere in that object's phrase;
* ``(PREP NOUN)``: a preposition governed by the verb, its object or an earlier phrase,
  with that noun as its object;
* particles (``OUT``, ``OFF``, ``UP``...): a particle or adverb of the verb;
* ``&SET``: any member of a named synonym set (kept as sets, members with plurals).

A pattern codes its ``[active:passive]`` code by the verb's voice; a matching null pattern
(``---``) blocks the verb's own code.  With no pattern matching, the verb's own or its
block's default code applies.  Data: MIT, Open Event Data (``data/petrarch/LICENSE.txt``).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .ontology import OntologyError

SOURCE = "petrarch"


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words a constraint accepts: one-word heads and multi-word members (as word tuples)."""
    heads: frozenset[str] = frozenset()
    multi: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.heads or self.multi)


@dataclass(frozen=True, slots=True)
class DictPattern:
    id: str                      # "petrarch:CAMEO.2.0.txt:<line>"
    active: str                  # CAMEO code, "---" null, "" nothing in this voice
    passive: str
    subject: Phrase = Phrase()
    obj: Phrase = Phrase()
    obj_mods: tuple[str, ...] = ()
    preps: tuple[tuple[str, Phrase], ...] = ()
    particles: tuple[str, ...] = ()
    verb: str = ""               # the block's verb it was written for ("# RESERVE"), if named

    @property
    def specificity(self) -> int:
        """Constraints the pattern adds to its verb (the same count as own patterns)."""
        return (bool(self.subject) + bool(self.obj) + bool(self.obj_mods) + len(self.preps)
                + bool(self.particles))


@dataclass(frozen=True, slots=True)
class VerbEntry:
    lemma: str
    block: str
    code: str                    # the verb's own code or its block's default
    before: tuple[str, ...] = ()  # other words of a multi-word verb ("wire +tap")
    after: tuple[str, ...] = ()   # ("+call off")
    line: int = 0


@dataclass
class VerbDictionary:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)
    blocks: dict[str, list[DictPattern]] = field(default_factory=dict)
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)

    def entries(self, lemma: str) -> list[VerbEntry]:
        return self.verbs.get(lemma, [])

    def patterns(self, block: str) -> list[DictPattern]:
        return self.blocks.get(block, [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.blocks.values())


def _rows(name: str, folder: str = ""):
    path = Path(folder) / name if folder else resources.files(__package__).joinpath("data", "petrarch", name)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise OntologyError(f"{path}: compiled dictionary missing ({exc}); run `make dictionaries`") from None
    return csv.DictReader((ln for ln in text.splitlines() if ln and not ln.startswith("#")),
                          delimiter="\t", quoting=csv.QUOTE_NONE)


def _phrase(cell: str, synsets: dict[str, frozenset[str]]) -> Phrase:
    if not cell:
        return Phrase()
    # (an unknown set matches nothing: its name is no word of the text)
    members = synsets.get(cell.upper(), {cell}) if cell.startswith("&") else {cell.replace("_", " ")}
    heads = frozenset(m for m in members if " " not in m)
    multi = tuple(sorted(tuple(m.split()) for m in members if " " in m))
    return Phrase(heads, multi)


@functools.lru_cache(maxsize=4)
def load_verb_dictionary(folder: str = "") -> VerbDictionary:
    """The bundled compiled dictionary, or one compiled into ``folder`` ([events] petrarch_verbs_dir)."""
    vd = VerbDictionary()
    for r in _rows("synsets.tsv", folder):
        vd.synsets[r["name"]] = frozenset(m for m in r["members"].split("|") if m)
    for r in _rows("verbs.tsv", folder):
        e = VerbEntry(r["lemma"], r["block"], r["code"], tuple(r["before"].split()),
                      tuple(r["after"].split()), int(r["line"]))
        vd.verbs.setdefault(e.lemma, []).append(e)
    for lst in vd.verbs.values():
        lst.sort(key=lambda e: -(len(e.before) + len(e.after)))   # multi-word verbs first
    for r in _rows("verb_patterns.tsv", folder):
        preps = []
        for item in filter(None, r["preps"].split("|")):
            prep, head, _mods = (item.split(":") + ["", ""])[:3]
            preps.append((prep.replace("_", " "), _phrase(head, vd.synsets)))
        p = DictPattern(
            id=f"{SOURCE}:CAMEO.2.0.txt:{r['line']}", active=r["active"], passive=r["passive"],
            subject=_phrase(r["subject"], vd.synsets), obj=_phrase(r["object"], vd.synsets),
            obj_mods=tuple(m.replace("_", " ") for m in r["object_mods"].split("|") if m and not m.startswith("&")),
            preps=tuple(preps), particles=tuple(x for x in r["particles"].split("|") if x),
            verb=r.get("verb") or "",
        )
        vd.blocks.setdefault(r["block"], []).append(p)
    for lst in vd.blocks.values():
        lst.sort(key=lambda p: -p.specificity)   # stable: file order among equals
    return vd
