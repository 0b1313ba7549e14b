"""PETRARCH-2's CAMEO verb dictionary as a trigger source (or, by default, as the source of
finer CAMEO codes for own-pattern events: :mod:`dict_refine`), compiled to ``data/petrarch/``.

``tools/petrarch/compile.py`` writes the TSV files; this module reads them into look-ups
keyed by verb lemma (:func:`load_verb_dictionary`, once per process).  A verb's block holds
patterns whose phrase constraints are read on the dependency parse (:mod:`dict_constraints`):

* the noun before ``*``: head of the verb's subject;
* the first noun after ``*`` (or ``{MODIFIERS HEAD}``): head of its direct object, passive
  subject or complement, the modifiers anywhere in that object's phrase;
* ``(PREP NOUN)``: a preposition governed by the verb, its object or an earlier phrase,
  with that noun as its object;
* particles (``OUT``, ``OFF``, ``UP``...): a particle or adverb of the verb;
* ``&SET``: any member of a named synonym set (kept as sets, members with plurals).

A pattern's code is its first one (``[043:042]``: 043) in either voice, as PETRARCH-2 reads
it (``VerbPhrase.get_code`` / ``get_meaning``: a passive verb keeps the first code, its "by"
phrase naming the source; the second code is that of the event back from the target, "hosted
X" 043 and X's visit 042, which is not generated here); a pattern with only a second code
(``[:1823]``) codes a verb in the passive only (:meth:`DictPattern.code_in`).  A matching
null pattern (``---``) blocks the verb's own code.  With no pattern matching, the verb's own or its
block's default code applies.  Data: MIT, Open Event Data (``data/petrarch/LICENSE.txt``).

That is the ``tree`` reading, PETRARCH-2's, for which CAMEO.2.0.txt is written.  A
compiled dictionary whose ``meta.tsv`` says ``semantics sequence`` (PETRARCH's validation
suite, written for TABARI and PETRARCH-1) is read as word sequences instead: the words
before ``*`` in order before the verb, those after it in order after it, in the verb's
clause, other words between them unless ``_`` joins them (:class:`Sequence`).
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
class SeqItem:
    """One element of a pattern side read as a sequence: words (a word or a set's members)
    or a marker: ``$`` the source, ``+`` the target, ``%`` a compound (coordinated)
    actor, ``^`` a skipped phrase.  ``joined``: the next element (toward the verb on the
    pre side, away from it on the post side) must follow with no word between."""
    words: Phrase = Phrase()
    marker: str = ""
    joined: bool = False


@dataclass(frozen=True, slots=True)
class Sequence:
    """``items`` in text order; ``to_verb``: the element next to the verb touches it."""
    items: tuple[SeqItem, ...] = ()
    to_verb: bool = False

    def __bool__(self) -> bool:
        return bool(self.items)

    @property
    def size(self) -> int:
        return sum(1 for i in self.items if i.words or i.marker == "%")


@dataclass(frozen=True, slots=True)
class DictPattern:
    id: str                      # "petrarch:CAMEO.2.0.txt:<line>"
    active: str                  # CAMEO code, "---" null, "" nothing in this voice
    passive: str
    subject: Phrase = Phrase()
    obj: Phrase = Phrase()
    obj_mods: tuple[frozenset[str], ...] = ()   # each: the words one modifier may be (a set's members)
    subj_mods: tuple[frozenset[str], ...] = ()  # the same for the subject ("AIR FORCE *": "air")
    preps: tuple[tuple[str, Phrase], ...] = ()
    particles: tuple[str, ...] = ()
    verb: str = ""               # the block's verb it was written for ("# RESERVE"), if named
    pre: Sequence = Sequence()   # the sequence reading (dictionaries with semantics "sequence")
    post: Sequence = Sequence()
    sequence: bool = False       # read as sequences, not on the tree
    # a sequence dictionary's "[A:B]": a symmetric event, A from source to target and this
    # code back from target to source (TABARI's and PETRARCH-1's reading)
    reverse: str = ""

    def code_in(self, passive: bool) -> str:
        """The code for a verb in this voice: in the tree reading the first code whenever
        there is one ("was hosted by X": X hosts, 043, not the visit back 042); the second
        alone codes the passive only; in the sequence reading the column of the voice."""
        if passive and (self.sequence or not self.active):
            return self.passive
        return self.active

    @property
    def specificity(self) -> int:
        """Constraints the pattern adds to its verb (the same count as own patterns)."""
        if self.sequence:
            return self.pre.size + self.post.size
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
    reverse: str = ""            # "MET [031:032]": the code back (see DictPattern.reverse)


@dataclass
class VerbDictionary:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)
    blocks: dict[str, list[DictPattern]] = field(default_factory=dict)
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)
    source: str = "CAMEO.2.0.txt"
    semantics: str = "tree"      # or "sequence" (meta.tsv)

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


def _mod(cell: str, synsets: dict[str, frozenset[str]]) -> frozenset[str]:
    """A modifier of a ``{MOD HEAD}`` object: a word, or a set's members (``{&FLEET DRILLS}``)."""
    if cell.startswith("&"):
        return synsets.get(cell.upper(), frozenset())
    return frozenset({cell.replace("_", " ")})


def _subject_mods(pre: str, subject: str, synsets: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The words written before a pattern's subject head ("AIR FORCE * ", "TANK FIRE *",
    "&WEAPON &FIGHT *"): modifiers the subject's phrase must hold, as an object's do (the
    compiled ``subject`` cell keeps the head only; without them "forces killed" read as
    "air force killed", 195)."""
    toks = [x for tok in pre.split() for x in tok.split("~") if x and x not in ("$", "+", "%", "^")]
    head = subject.replace("_", " ").split()
    if not head or len(toks) <= len(head) or [t.lower() for t in toks[-len(head):]] != [h.lower() for h in head]:
        return ()
    return tuple(_mod(m, synsets) for m in toks[:-len(head)])


def _sequence(cell: str, synsets: dict[str, frozenset[str]], side: str) -> Sequence:
    """A compiled ``pre``/``post`` cell: blank-separated tokens, ``~`` joining elements
    (a trailing ``~`` on the pre side, a leading one on the post side: joined to the verb)."""
    cell = cell.strip()
    to_verb = cell.endswith("~") if side == "pre" else cell.startswith("~")
    items: list[SeqItem] = []
    for tok in cell.split():
        parts = [x for x in tok.split("~") if x]
        for k, w in enumerate(parts):
            joined = k < len(parts) - 1
            if w in ("$", "+", "%", "^"):
                items.append(SeqItem(marker=w, joined=joined))
            else:
                items.append(SeqItem(words=_phrase(w, synsets), joined=joined))
    return Sequence(tuple(items), to_verb)


def _paired(cell: str, sequence: bool) -> tuple[str, str]:
    """(code, code back) of a compiled code cell: ``A:B`` is a symmetric event in a
    sequence dictionary (the compiler writes it so only there)."""
    if sequence and ":" in cell:
        a, b = cell.split(":", 1)
        return a, b
    return cell, ""


@functools.lru_cache(maxsize=4)
def load_verb_dictionary(folder: str = "") -> VerbDictionary:
    """The bundled compiled dictionary, or one compiled into ``folder`` ([events] petrarch_verbs_dir)."""
    vd = VerbDictionary()
    try:
        meta = {r["key"]: r["value"] for r in _rows("meta.tsv", folder)}
    except OntologyError:
        meta = {}   # compiled before meta.tsv existed: PETRARCH-2's file, tree reading
    vd.source = meta.get("source", vd.source)
    vd.semantics = meta.get("semantics", vd.semantics)
    if vd.semantics not in ("tree", "sequence"):
        raise OntologyError(f"{folder or 'data/petrarch'}/meta.tsv: semantics must be tree or sequence, "
                            f"not {vd.semantics!r}")
    seq = vd.semantics == "sequence"
    for r in _rows("synsets.tsv", folder):
        vd.synsets[r["name"]] = frozenset(m for m in r["members"].split("|") if m)
    for r in _rows("verbs.tsv", folder):
        code, reverse = _paired(r["code"], seq)
        e = VerbEntry(r["lemma"], r["block"], code, tuple(r["before"].split()),
                      tuple(r["after"].split()), int(r["line"]), reverse)
        vd.verbs.setdefault(e.lemma, []).append(e)
    for lst in vd.verbs.values():
        lst.sort(key=lambda e: -(len(e.before) + len(e.after)))   # multi-word verbs first
    for r in _rows("verb_patterns.tsv", folder):
        preps = []
        for item in filter(None, r["preps"].split("|")):
            prep, head, _mods = (item.split(":") + ["", ""])[:3]
            preps.append((prep.replace("_", " "), _phrase(head, vd.synsets)))
        active, reverse = _paired(r["active"], seq)
        p = DictPattern(
            id=f"{SOURCE}:{vd.source}:{r['line']}", active=active,
            passive=_paired(r["passive"], seq)[0], reverse=reverse,
            subject=_phrase(r["subject"], vd.synsets), obj=_phrase(r["object"], vd.synsets),
            obj_mods=tuple(_mod(m, vd.synsets) for m in r["object_mods"].split("|") if m),
            subj_mods=() if seq else _subject_mods(r.get("pre") or "", r["subject"], vd.synsets),
            preps=tuple(preps), particles=tuple(x for x in r["particles"].split("|") if x),
            verb=r.get("verb") or "",
            pre=_sequence(r.get("pre") or "", vd.synsets, "pre") if seq else Sequence(),
            post=_sequence(r.get("post") or "", vd.synsets, "post") if seq else Sequence(),
            sequence=seq,
        )
        vd.blocks.setdefault(r["block"], []).append(p)
    for block, lst in vd.blocks.items():
        # The same constraints written twice: the later line holds (PETRARCH-2's reader
        # stores a pattern under its words, so a later one overwrites an earlier one).
        seen: set = set()
        kept = []
        for p in reversed(lst):
            key = (p.subject, p.subj_mods, p.obj, p.obj_mods, p.preps, p.particles, p.verb, p.pre, p.post)
            if key not in seen:
                seen.add(key)
                kept.append(p)
        lst[:] = kept[::-1]
        lst.sort(key=lambda p: -p.specificity)   # stable: file order among equals
    return vd
