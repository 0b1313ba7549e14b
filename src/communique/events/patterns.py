"""Event patterns: one readable line each in ``data/patterns.tsv``.

See the head of that file for the pattern syntax.  :func:`load_patterns` reads
the bundled file and any extra files, validates every line against the
ontology, and indexes the patterns by trigger lemma.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cues import load_cues
from .ontology import DATA, Ontology, OntologyError, read_data_toml

_TOKEN = re.compile(r"~\S+|\[[^\]]*\]|[+>=!]\S+|[^\s\[\]]+")


@dataclass(frozen=True)
class Pattern:
    id: str                      # "<file>:<type>.<hash of the line>" (pattern_id), kept on each event it codes
    type: str
    mode: str | None
    cameo: str
    pos: str                     # "V" or "N"
    lemma: str
    text: str
    particle: str | None = None
    objects: frozenset[str] = frozenset()     # V: required object heads; N: required modifiers
    target_preps: frozenset[str] = frozenset()
    need_prep: str | None = None              # a preposition the trigger must govern
    need_prep_heads: frozenset[str] = frozenset()
    need_xcomp: bool = False
    xcomp_heads: frozenset[str] = frozenset()
    object_is_content: bool = False           # "!obj": the direct object is a topic, not a target
    reverse: bool = False                     # "!reverse": the subject receives (source/target swap)
    intransitive: bool = False                # "!intrans": only without a direct object
    subjects: frozenset[str] = frozenset()    # "@[a|b]": the doer (subject or "by" agent) must be one of these
    needs_object: bool = False                # "!dobj": only with a direct object (or passive subject)
    actor_object: bool = False                # "!actor": a direct object there is must name an actor
    object_filter: frozenset[str] = frozenset()  # "!dobj [a|b]": the object must be one of these (and stays the target)
    needs_clause: bool = False                # "!clause": only with a content clause ("protested that X ...")
    # "<file>:<line>" it was read from, for messages only: line numbers move, so they are no id
    where: str = field(default="", compare=False, repr=False)

    @property
    def specificity(self) -> float:
        """How many constraints the pattern adds to its trigger word."""
        objects = 0.5 if self.objects == frozenset({"*"}) else bool(self.objects) or bool(self.object_filter)
        return (bool(self.particle) + objects + bool(self.need_prep) + bool(self.subjects)
                + bool(self.need_prep_heads) + bool(self.need_xcomp) + bool(self.xcomp_heads)
                + bool(self.needs_clause))


# Head-list markers read from the parse, not from word_classes.toml.
PARSE_CLASSES = ("#actor", "#person")


@functools.lru_cache(maxsize=1)
def load_word_classes() -> dict[str, frozenset[str]]:
    """The named word classes of ``data/word_classes.toml`` ("gunfire", "crowd" ...)."""
    path = DATA / "word_classes.toml"
    data = read_data_toml(path)
    out = {}
    for name, members in data.items():
        if not isinstance(members, list) or not members or not all(
                isinstance(m, str) and re.fullmatch(r"'?[a-z][a-z\-' ]*", m) for m in members):
            raise OntologyError(f"{path}: class {name!r} must be a list of lower-case words")
        out[name] = frozenset(members)
    return out


def _alts(tok: str, classes: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    out: set[str] = set()
    for a in tok.strip("[]").split("|"):
        a = a.strip().lower()
        if a.startswith("#") and a not in PARSE_CLASSES:
            out |= _word_class(a[1:], classes)
        elif a:
            out.add(a)
    return frozenset(out)


def _word_class(name: str, classes: dict[str, frozenset[str]] | None) -> frozenset[str]:
    classes = load_word_classes() if classes is None else classes
    if name not in classes:
        raise OntologyError(f"unknown word class #{name} (data/word_classes.toml)")
    return classes[name]


def pattern_id(file_name: str, type_: str, mode: str | None, cameo: str, pos: str, text: str) -> str:
    """An own pattern's id, "patterns.tsv:ACCUSE.3f2a9c1b": its file's name, the PLOVER type it
    codes (so that no id reads as a line number) and a hash of the line's cells.  Adding or
    moving other lines leaves it alone (a line number would not); editing the line makes it
    another rule with another id.  Runs of blanks in the pattern do not count."""
    cells = "\t".join((type_, mode or "-", cameo, pos, " ".join(text.split())))
    return f"{file_name}:{type_}.{hashlib.sha1(cells.encode('utf-8')).hexdigest()[:8]}"


def expand_pattern(text: str, *, pid: str, type_: str, mode: str | None, cameo: str, pos: str,
                   classes: dict[str, frozenset[str]] | None = None, where: str | None = None) -> list[Pattern]:
    """The patterns of one line: one per member when its trigger word is a class
    ("#fire_loosing [#gunfire] +on"), else the one pattern.  ``where``: the file and line
    errors name (default: the id)."""
    where = where or pid
    head = text.strip()
    m = re.match(r"(\[[^\]]*\]\s+)?#([a-z_]+)\b", head)
    if not m:
        return [parse_pattern(text, pid=pid, type_=type_, mode=mode, cameo=cameo, pos=pos, classes=classes,
                              where=where)]
    try:
        members = _word_class(m.group(2), classes)
    except OntologyError as exc:
        raise OntologyError(f"{where}: {exc}") from None
    rest = head[m.end():]
    out = [parse_pattern((m.group(1) or "") + lemma + rest, pid=pid, type_=type_, mode=mode,
                         cameo=cameo, pos=pos, classes=classes, where=where)
           for lemma in sorted(members)]
    return [replace(p, text=head) for p in out]


def parse_pattern(text: str, *, pid: str, type_: str, mode: str | None, cameo: str, pos: str,
                  classes: dict[str, frozenset[str]] | None = None, where: str | None = None) -> Pattern:
    where = where or pid
    try:
        return _parse_pattern(text, pid, where, type_, mode, cameo, pos, classes)
    except OntologyError as exc:
        msg = str(exc)
        raise OntologyError(msg if msg.startswith(where) else f"{where}: {msg}") from None


# Bare flag tokens: the Pattern field each turns on, and the field a "[a|b]" after it
# fills (None: the flag leaves the one before it open, as in "call ~off !actor [x]").
_FLAGS = {
    "@": (None, "subjects"),
    "!dobj": ("needs_object", "object_filter"),
    "!actor": ("actor_object", None),
    "!obj": ("object_is_content", None),
    "!reverse": ("reverse", None),
    "!intrans": ("intransitive", None),
    "!clause": ("needs_clause", None),
}
# Prefixed tokens ("~off", ">for", "=to"): the field the token sets, from the rest of the
# token, and the field a "[a|b]" after it fills.  "+p|q" is read on its own: it adds to
# the target prepositions and takes no head list.
_PREFIXES = {
    "~": ("particle", str, "objects"),
    ">": ("need_prep", str, "need_prep_heads"),
    "=": ("need_xcomp", lambda rest: True, "xcomp_heads"),
}


def _parse_pattern(text, pid, where, type_, mode, cameo, pos, classes) -> Pattern:
    toks = _TOKEN.findall(text.strip())
    fields: dict = {}
    # N patterns: optional [modifier] before the noun
    if pos == "N" and toks and toks[0].startswith("["):
        fields["objects"] = _alts(toks.pop(0), classes)
    if not toks or not re.fullmatch(r"[a-z][a-z\-']*", toks[0]):
        raise OntologyError(f"{where}: pattern {text!r} must start with a lower-case lemma")
    lemma = toks.pop(0)
    slot = "objects"   # the field a head list "[a|b]" fills where it stands
    for tok in toks:
        if tok in _FLAGS:
            flag, opens = _FLAGS[tok]
            if flag:
                fields[flag] = True
            slot = opens or slot
        elif tok.startswith("+"):
            fields["target_preps"] = fields.get("target_preps", frozenset()) | _alts(tok[1:], classes)
            slot = None
        elif tok[:1] in _PREFIXES:
            field, value, opens = _PREFIXES[tok[0]]
            fields[field] = value(tok[1:])
            slot = opens
        elif tok.startswith("["):
            heads = _alts(tok, classes)
            # a noun's modifiers stand before it, not after
            if slot is None or (slot == "objects" and pos != "V"):
                raise OntologyError(f"{where}: misplaced {tok} in pattern {text!r}")
            fields[slot] = heads
        else:
            raise OntologyError(f"{where}: cannot read {tok!r} in pattern {text!r}")
    return Pattern(pid, type_, mode, cameo, pos, lemma, text.strip(), where=where, **fields)


@dataclass
class PatternSet:
    patterns: list[Pattern]
    # Types that are things said (PLOVER "verbal" quads): their nouns as the object of
    # another trigger name what is endorsed, rejected, welcomed, not a second event.
    verbal_types: frozenset[str] = frozenset()
    # Causes that are no one's act ("killed by the crash"): no violence is coded for them.
    non_agents: frozenset[str] = frozenset()
    # Common nouns that name actors ("the government", "protesters"): for "!actor" and "#actor".
    actor_nouns: frozenset[str] = frozenset()
    # The PETRARCH-2 verb dictionary (events.dictionary.VerbDictionary), None when off;
    # "fallback": used where no own pattern fits; "specific": also where it is more specific.
    dictionary: object | None = None
    dictionary_mode: str = "fallback"
    dictionary_defaults: bool = False       # a verb's bare default code, with no pattern
    dictionary_shared: bool = False         # a pattern on every verb of its block, not only its own
    dict_patterns: object | None = None
    # Irregular verb forms -> lemma (the parse model's lemmatizer exceptions: nlp.api), for a
    # past form the tagger took for a present ("retook" tagged VBP keeps "retook" as lemma).
    irregular: dict = field(default_factory=dict)

    def __post_init__(self):
        self.by_lemma: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for p in self.patterns:
            self.by_lemma[(p.pos, p.lemma)].append(p)
        for v in self.by_lemma.values():
            v.sort(key=lambda p: -p.specificity)

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self.by_lemma.get((pos, lemma), [])

    def __len__(self) -> int:
        return len(self.patterns)


def read_patterns(path: Path, ontology: Ontology) -> list[Pattern]:
    out = []
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise OntologyError(f"{path}: {exc}") from None
    with fh:
        header = None
        for n, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in next(csv.reader([line], delimiter="\t"))]
            if header is None:
                header = cells
                if header[:5] != ["type", "mode", "cameo", "pos", "pattern"]:
                    raise OntologyError(f"{path}:{n}: header must be type, mode, cameo, pos, pattern")
                continue
            where = f"{path.name}:{n}"
            if len(cells) < 5:
                raise OntologyError(f"{where}: expected 5 tab-separated cells, got {len(cells)}")
            type_, mode, cameo, pos, text = cells[:5]
            mode = None if mode in ("", "-") else mode
            if type_ not in ontology.types:
                raise OntologyError(f"{where}: unknown PLOVER type {type_!r}")
            if mode and mode not in ontology.types[type_].modes:
                raise OntologyError(f"{where}: {mode!r} is not a mode of {type_}")
            if cameo not in ontology.cameo:
                raise OntologyError(f"{where}: unknown CAMEO code {cameo!r}")
            mapped, _ = ontology.plover(cameo)
            if mapped != type_:
                raise OntologyError(f"{where}: CAMEO {cameo} is {mapped} in PLOVER, not {type_}")
            if pos not in ("V", "N"):
                raise OntologyError(f"{where}: pos must be V or N, not {pos!r}")
            pid = pattern_id(path.name, type_, mode, cameo, pos, text)
            out += expand_pattern(text, pid=pid, type_=type_, mode=mode, cameo=cameo, pos=pos, where=where)
    return out


def load_patterns(ontology: Ontology, extra: list[str | Path] | None = None) -> PatternSet:
    """The bundled patterns, then any extra files (their lines add to the bundled ones)."""
    patterns = read_patterns(DATA / "patterns.tsv", ontology)
    for p in extra or []:
        patterns += read_patterns(Path(p), ontology)
    seen: dict[tuple, str] = {}
    lines: dict[str, str] = {}     # id -> the line that has it (a class line has one id for all its members)
    for p in patterns:
        key = (p.pos, p.lemma, p.particle, p.objects, p.need_prep, p.need_prep_heads,
               p.need_xcomp, p.xcomp_heads, p.subjects, p.needs_object, p.actor_object, p.object_filter, p.needs_clause)
        if key in seen:
            raise OntologyError(f"{p.where}: same trigger as {seen[key]} ({p.text!r})")
        seen[key] = p.where
        if lines.setdefault(p.id, p.where) != p.where:
            raise OntologyError(f"{p.where}: pattern id {p.id} is also that of {lines[p.id]} (two lines "
                                f"whose hashes collide: reword one of them)")
    verbal = frozenset(t.name for t in ontology.types.values() if t.quad.startswith("verbal"))
    cues = load_cues()
    return PatternSet(patterns, verbal, cues.non_agents, cues.actor_nouns)


@dataclass(frozen=True)
class ModeCue:
    type: str
    mode: str
    cameo: str
    where: str      # clause | target
    cues: frozenset[str]


def load_mode_cues(ontology: Ontology) -> list[ModeCue]:
    path = DATA / "mode_cues.tsv"
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for n, row in enumerate(rows, start=2):
            typ, mode, cameo, where = row["type"], row["mode"], row["cameo"], row["where"]
            if typ not in ontology.types or mode not in ontology.types[typ].modes:
                raise OntologyError(f"{path.name} row {n}: bad type/mode {typ}/{mode}")
            if ontology.plover(cameo)[0] != typ or where not in ("clause", "target"):
                raise OntologyError(f"{path.name} row {n}: bad cameo/where {cameo}/{where}")
            out.append(ModeCue(typ, mode, cameo, where, _alts(row["cues"])))
    return out
