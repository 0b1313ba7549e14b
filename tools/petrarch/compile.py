"""Compile the PETRARCH-2 dictionaries into the package's data files.

    python tools/petrarch/compile.py [--src DIR] [--out-events DIR] [--out-kb DIR]
    make dictionaries

Reads ``../shared/resources/petrarch2-dictionaries/`` (MIT, Open Event Data; see its
README for the formats) and writes plain TSV beside the coder and the actor KB:

* ``events/data/petrarch/``: ``verbs.tsv`` (verb lemma -> block, own code, words of a
  multi-word verb), ``verb_patterns.tsv`` (per block: active and passive codes, subject,
  object head and modifiers, prepositional phrases, particles), ``synsets.tsv`` (named
  sets with their generated plurals), ``discards.tsv``;
* ``resolve/kb/petrarch/``: ``actors.tsv`` (names of an entry and its dated roles) and
  ``agents.tsv`` (agent phrase -> CAMEO code to add to the actor's country).

Every choice made where the source is ambiguous or wrong (the README's pitfalls) is
made here, once, and counted in the summary the script prints:

* roles: ``D1-D2`` is ``[D1, D2)``, ``>D`` is ``[D, ...)``, ``<D`` is ``[..., D)``
  (as PETRARCH-2's ``check_date`` does); an undated role is a default used only when no
  dated role applies (PETRARCH lets a default written first hide the dated ones); bare
  dates, invalid dates and inverted ranges are dropped;
* phrases: ``_`` and blanks are both word breaks; lower-case phrases are upper-cased;
  phrases with lost characters (0x1A, U+FFFD) are dropped;
* agents: substitution markers expanded, plurals generated (``{}`` none, ``{X}`` the
  given one), each line read on its own (no stale plural from the previous line);
* discards: bare years are dropped (a sentence naming 1990 is still news);
* verb patterns using an undefined synset are dropped; a malformed code (``[080!]``)
  keeps its digits; transformations (``~``) are not compiled.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_REL = Path("shared") / "resources" / "petrarch2-dictionaries"
# ../shared beside the project (or beside a folder holding it, for a git worktree)
DEFAULT_SRC = next((p / _REL for p in ROOT.parents if (p / _REL).is_dir()), ROOT.parent / _REL)
OUT_EVENTS = ROOT / "src" / "communique" / "events" / "data" / "petrarch"
OUT_KB = ROOT / "src" / "communique" / "resolve" / "kb" / "petrarch"

VERB_FILE = "CAMEO.2.0.txt"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
DISCARD_FILE = "Phoenix.discards.txt"

# Bare words in a verb pattern that are particles or adverbs of the verb, not the head
# of its object ("SET OUT VIEWS", "PUT FORWARD", "CALL OFF").
PARTICLES = frozenset("""out off up down back away forward over aside along ahead apart around
    about through together in on""".split())

_COMMENT = re.compile(r"<!--.*?-->")
_CODE = re.compile(r"\[([^\]]*)\]")


class DictionaryError(ValueError):
    """A dictionary line the compiler cannot read at all."""


def strip_comment(line: str) -> str:
    line = _COMMENT.sub("", line)
    return line.split("#", 1)[0].rstrip()


def words(phrase: str) -> str:
    """A dictionary phrase as lower-case words separated by single blanks."""
    return " ".join(phrase.replace("_", " ").lower().split())


# -- dates ---------------------------------------------------------------------
def parse_date(s: str) -> str | None:
    """``YYYYMMDD`` or ``YYMMDD`` (7 characters or fewer: 00-30 -> 20YY) -> ``YYYYMMDD``."""
    if not s.isdigit():
        return None
    if len(s) <= 7:
        s = s.zfill(6)
        if len(s) != 6:
            return None
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    if len(s) != 8:
        return None
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return s


@dataclass
class Role:
    code: str
    start: str = ""     # YYYYMMDD, inclusive; "" = open
    end: str = ""       # YYYYMMDD, exclusive; "" = open

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def cell(self) -> str:
        return f"{self.code}@{self.start}-{self.end}" if self.dated else self.code


def parse_role(text: str, stats: Counter) -> Role | None:
    """``CODE`` or ``CODE RESTRICTION`` -> Role, None for a role to drop (counted)."""
    parts = text.split()
    if not parts:
        stats["role: empty"] += 1
        return None
    code = parts[0].upper()
    if not re.fullmatch(r"[A-Z0-9]{3,}|---", code):
        stats["role: bad code"] += 1
        return None
    if len(parts) == 1:
        return Role(code)
    r = "".join(parts[1:])
    if r[:1] in (">", "<"):   # ">date": from then on; "<date": until then
        d = parse_date(r[1:])
        if d is None:
            stats["role: invalid date"] += 1
            return None
        return Role(code, start=d) if r[0] == ">" else Role(code, end=d)
    if "-" in r:
        a, b = (parse_date(x) for x in r.split("-", 1))
        if a is None or b is None:
            stats["role: invalid date"] += 1
            return None
        if a >= b:
            stats["role: inverted range"] += 1
            return None
        return Role(code, start=a, end=b)
    stats["role: bare date (undocumented)"] += 1
    return None


# -- actors --------------------------------------------------------------------
@dataclass
class ActorEntry:
    names: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def _good_phrase(raw: str, stats: Counter) -> str | None:
    if "\x1a" in raw or "\ufffd" in raw:
        stats["phrase: lost characters"] += 1
        return None
    if raw != raw.upper():
        stats["phrase: lower case, upper-cased"] += 1
    w = words(raw)
    return w or None


def read_actors(text: str, stats: Counter) -> list[ActorEntry]:
    out: list[ActorEntry] = []
    cur: ActorEntry | None = None
    for raw in text.splitlines():
        if raw.startswith("<!"):
            continue
        tabbed = raw.startswith("\t")
        line = strip_comment(raw)
        if not line.strip():
            continue
        if tabbed or line.lstrip().startswith("["):
            if cur is None:
                stats["role: no entry"] += 1
                continue
            for c in _CODE.findall(line):
                role = parse_role(c, stats)
                if role is not None:
                    cur.roles.append(role)
            continue
        if line.startswith("+"):
            if cur is None:
                stats["synonym: no entry"] += 1
                continue
            name = _good_phrase(_CODE.sub("", line[1:]).strip(), stats)
            if name:
                cur.names.append(name)
            continue
        cur = ActorEntry()
        out.append(cur)
        head = line.split("[", 1)[0].strip()
        name = _good_phrase(head, stats)
        if name:
            cur.names.append(name)
        for c in _CODE.findall(line):
            role = parse_role(c, stats)
            if role is not None:
                cur.roles.append(role)
    kept = [e for e in out if e.names and e.roles]
    stats["actor entries"] += len(kept)
    stats["actor entries without names or roles (dropped)"] += len(out) - len(kept)
    return kept


def write_actors(entries: list[tuple[str, ActorEntry]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Compiled from PETRARCH-2's Phoenix actor dictionaries by tools/petrarch/compile.py "
                 "(MIT, see LICENSE.txt).\n")
        fh.write("# file: C(ountries) I(nternational) M(ilNonState); names: lower-case words, '|' "
                 "between them; roles: CODE or CODE@START-END (YYYYMMDD, START included, END "
                 "excluded), ';' between them, in file order\n")
        fh.write("file\tnames\troles\n")
        for tag, e in entries:
            names = [n for n in dict.fromkeys(e.names) if "|" not in n and "\t" not in n]
            fh.write(f"{tag}\t{'|'.join(names)}\t{';'.join(r.cell() for r in e.roles)}\n")


# -- agents --------------------------------------------------------------------
def _plural(w: str) -> str:
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    return w + "s"


def read_agents(text: str, stats: Counter) -> list[tuple[str, str, str]]:
    """(phrase, code, where) with where "suffix" ([~COP]: after the country) or "prefix"."""
    markers: dict[str, list[str]] = {}
    out: list[tuple[str, str, str]] = []
    for raw in text.splitlines():
        if raw.startswith("<!"):
            continue
        line = strip_comment(raw).strip()
        if not line:
            continue
        m = re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line)
        if m:
            markers[m.group(1)] = [words(x) for x in m.group(2).split(",") if x.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            stats["agent: no code (skipped)"] += 1
            continue
        code = codes[0].strip()
        if code.startswith("~"):
            code, where = code[1:], "suffix"
        elif code.endswith("~"):
            code, where = code[:-1], "prefix"
        else:
            stats["agent: code without ~ (skipped)"] += 1
            continue
        body = _CODE.sub("", line)
        plural = None
        pm = re.search(r"\{([^}]*)\}", body)
        if pm:
            plural = pm.group(1).strip()
            body = body[:pm.start()] + body[pm.end():]
        phrase = body.strip()
        forms = [phrase]
        for name, alts in markers.items():
            forms = [f.replace(name, " " + a.replace(" ", "_") + " ") if name in f else f
                     for f in forms for a in (alts if name in f else [None])]
        for f in forms:
            w = words(f)
            if not w or "!" in w:
                stats["agent: unknown marker (skipped)"] += 1
                continue
            out.append((w, code, where))
            if plural is None:
                head = w.split()
                out.append((" ".join(head[:-1] + [_plural(head[-1])]), code, where))
            elif plural and len(forms) == 1:
                out.append((words(plural), code, where))
    stats["agent phrases"] += len(out)
    return out


def write_agents(rows, path: Path) -> None:
    seen: set[str] = set()
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Compiled from PETRARCH-2's Phoenix.agents.txt by tools/petrarch/compile.py (MIT, "
                 "see LICENSE.txt).\n# phrase: lower-case words; code: CAMEO units; where: suffix "
                 "(after the actor's country: IND + COP) or prefix\n")
        fh.write("phrase\tcode\twhere\n")
        for phrase, code, where in rows:
            if phrase in seen:
                continue   # the first line that names a phrase wins
            seen.add(phrase)
            fh.write(f"{phrase}\t{code}\t{where}\n")


# -- discards ------------------------------------------------------------------
def read_discards(text: str, stats: Counter) -> list[tuple[str, str, str]]:
    """(words, level sentence|story, match word|stem)."""
    out = []
    for raw in text.splitlines():
        if raw.startswith("<!"):
            continue
        line = strip_comment(raw).strip()
        if not line:
            continue
        level = "sentence"
        if line.startswith("+"):
            level, line = "story", line[1:].strip()
        match = "word" if line.endswith("_") else "stem"
        w = words(line)
        if re.fullmatch(r"\d{4}", w):
            stats["discard: bare year (dropped)"] += 1
            continue
        if w:
            out.append((w, level, match))
    stats["discards"] += len(out)
    return out


# -- verbs ---------------------------------------------------------------------
@dataclass
class VerbPattern:
    block: str
    line: int
    active: str        # CAMEO code, "---" null, "" none
    passive: str
    subject: str = ""          # head word or &SET before the verb
    obj: str = ""              # head word or &SET after the verb
    obj_mods: str = ""         # other words of a {...} object phrase, "|" between them
    preps: str = ""            # "prep:head:mods" items, "|" between them
    particles: str = ""
    verb: str = ""             # the verb the pattern was written for (its comment), if one of the block's
    pre: str = ""              # the words before "*" as written (sequence reading), lower case
    post: str = ""             # the words after "*"
    raw: str = ""


def _code(c: str, paired: bool = False) -> tuple[str, str]:
    """``[173]``, ``[---]``, ``[042:043]``, ``[:1823]`` -> (active, passive).

    With ``paired`` (TABARI's and PETRARCH-1's reading, the validation suite's) ``[A:B]`` is
    a symmetric event, A from source to target and B back, not a code by voice: both
    columns keep ``A:B`` and the loader splits it."""
    c = c.strip()
    if ":" in c:
        a, p = (x.strip() for x in c.split(":", 1))
    else:
        a = p = c
    fix = [re.sub(r"[^0-9-]", "", x) for x in (a, p)]
    if paired and ":" in c:
        return f"{fix[0]}:{fix[1]}", f"{fix[0]}:{fix[1]}"
    return fix[0], fix[1]


_PTOK = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def parse_verb_pattern(text: str, block: str, line: int, synsets: dict, stats: Counter,
                       nested_sets: bool = False, paired: bool = False) -> VerbPattern | None:
    """One ``- PRE * POST [CODE]`` line; ``nested_sets``: read set references as the
    validation suite writes them (:func:`_sequence`), else a set must be named exactly;
    ``paired``: ``[A:B]`` is a symmetric event (:func:`_code`)."""
    body = text[1:].strip()                       # drop the leading "-"
    codes = _CODE.findall(body)
    if not codes:
        stats["pattern: no code (skipped)"] += 1
        return None
    active, passive = _code(codes[-1], paired)
    body = body[:body.rfind("[")].strip()
    if "*" not in body:
        stats["pattern: no verb mark (skipped)"] += 1
        return None
    pre, post = body.split("*", 1)
    p = VerbPattern(block, line, active, passive, pre=_sequence(pre, synsets, "pre"),
                    post=_sequence(post, synsets, "post"),
                    raw=" ".join(text.split()))

    def undefined(tok: str) -> bool:
        if nested_sets:
            return any(w.startswith("&") and w not in synsets
                       for w in re.split(r"[\s~]+", f"{p.pre} {p.post}"))
        return any(w.upper() not in synsets for w in re.findall(r"&\w+", tok))

    if undefined(body):
        stats["pattern: undefined synset (dropped)"] += 1
        return None
    pre_toks = [t for t in _PTOK.findall(pre) if t not in ("$", "+", "^", "%", "=", "|")]
    if pre_toks:
        last = pre_toks[-1]
        if last.startswith("(") or last.startswith("{"):
            inner = last.strip("(){}").split()
            p.subject = _word(inner[-1]) if inner else ""
        else:
            p.subject = _word(last)
    preps, particles, mods = [], [], []
    for tok in _PTOK.findall(post):
        if tok in ("$", "+", "^", "%", "=", "|"):
            continue
        if tok.startswith("("):
            inner = [_word(w.strip("{}")) for w in tok.strip("()").split()
                     if w.strip("{}") not in ("", "$", "+", "^", "%")]
            if not inner:
                continue
            prep, rest = inner[0], inner[1:]
            head = rest[-1] if rest else ""
            preps.append(f"{prep}:{head}:{','.join(rest[:-1])}")
        elif tok.startswith("{"):
            inner = [_word(w) for w in tok.strip("{}").split() if w not in ("$", "+", "^", "%")]
            if inner and not p.obj:
                p.obj, mods = inner[-1], inner[:-1]
        else:
            w = _word(tok)
            if w in PARTICLES and not p.obj:
                particles.append(w)
            elif not p.obj:
                p.obj = w
            else:
                mods.append(w)   # a word after the object: kept as a modifier to find nearby
    p.obj_mods = "|".join(mods)
    p.preps = "|".join(preps)
    p.particles = "|".join(particles)
    return p


def _sequence(part: str, synsets: dict, side: str) -> str:
    """One side of a pattern (``side`` "pre" or "post" of ``*``), for the sequence reading
    (TABARI, PETRARCH-1): words, ``&SETS`` and the markers ``$ + % ^`` separated by blanks,
    ``~`` where ``_`` joins two of them, and at the end of "pre" (start of "post") where it
    joins one to the verb (``IN_*`` -> ``in~``, ``*_UPON`` -> ``~upon``); a ``_`` next to a
    blank only marks a whole word (``WAS_ *``) and is dropped, as are the brackets of
    ``(PREP NOUN)`` and ``{MOD HEAD}`` (their words stay, in order).  A set is named as
    defined, the validation suite's loose references resolved: ``&PREPOSIT1`` for the set
    ``&PREPOSIT1_``, ``NEW_&TIETYPES_RELATIONS`` for a set between two joined words."""
    to_verb = part.endswith("_") if side == "pre" else part.startswith("_")
    part = re.sub(r"[(){}]", " ", part)
    part = re.sub(r"_+(?=\s|$)|(?<=\s)_+|^_+", " ", part)   # whole-word marks
    out = []
    for tok in part.split():
        pieces = [x for x in tok.split("_") if x]
        items: list[str] = []
        k = 0
        while k < len(pieces):
            w = pieces[k]
            if not w.startswith("&"):
                items.append(w.lower())
                k += 1
                continue
            name, j = w.upper(), k + 1
            for e in range(len(pieces), k, -1):   # the longest defined name
                cand = "_".join(pieces[k:e]).upper()
                if cand in synsets or cand + "_" in synsets:
                    name, j = (cand if cand in synsets else cand + "_"), e
                    break
            items.append(name)
            k = j
        out.append("~".join(items))
    if to_verb and out:
        out[-1 if side == "pre" else 0] = out[-1] + "~" if side == "pre" else "~" + out[0]
    return " ".join(out)


def _word(tok: str) -> str:
    return tok if tok.startswith("&") else words(tok).replace(" ", "_")


def read_verbs(text: str, stats: Counter, nested_sets: bool = False, paired: bool = False):
    """(synsets, verbs, patterns).  verbs: (lemma, block, code, before, after, line).

    One pass: a ``&NAME`` line opens a synonym set anywhere in the file (PETRARCH-2's file
    keeps them under one header, the validation suite's file between the verb blocks) and
    the ``+`` lines right after it are its members; a ``+`` line after a verb line is a
    multi-word verb.  Patterns are read once every set is known (a pattern may name a set
    defined further down)."""
    synsets: dict[str, list[str]] = {}
    verbs: list[tuple[str, str, str, str, str, int]] = []
    raw_patterns: list[tuple[str, str, int, str]] = []
    cur_set = None
    block = None
    block_code = ""
    for n, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("<!"):
            continue
        line = strip_comment(raw).strip()
        if not line:
            if not raw.strip():
                cur_set = None   # a blank line ends a set (a comment line inside one does not)
            continue
        if line.startswith("&"):
            cur_set = line.split()[0].upper()
            synsets[cur_set] = []
            continue
        if line.startswith("+") and cur_set:
            synsets[cur_set].append(line[1:].strip())
            continue
        cur_set = None
        if line.startswith("---"):
            m = re.match(r"-+\s*([^\[]+?)\s*\[([^\]]*)\]", line)
            if not m:
                stats["block: unreadable header"] += 1
                block = None
                continue
            block = "_".join(m.group(1).split())
            block_code = _code(m.group(2), paired)[0]
            stats["verb blocks"] += 1
            continue
        if block is None:
            continue
        if line.startswith("~"):
            stats["transformations (not compiled)"] += 1
            continue
        if line.startswith("-"):
            raw_patterns.append((line, block, n, raw))
            continue
        # a verb line: WORD [{forms}] [CODE]; "_" or a blank joins the words of a multi-word verb;
        # ";" starts an old TABARI comment ("SCRAP {SCRAPS ...};shan 8/30/93")
        line = line.split(";", 1)[0]
        codes = _CODE.findall(line)
        own = _code(codes[0], paired)[0] if codes else ""
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip()
        if not head:
            continue
        parts = [w for w in re.split(r"[_\s]+", head) if w and w != "+"]
        i = next((k for k, w in enumerate(parts) if w.startswith("+")), 0)
        verb = parts[i].lstrip("+").lower()
        before = " ".join(w.lower() for w in parts[:i])
        after = " ".join(w.lstrip("+").lower() for w in parts[i + 1:])
        if not re.fullmatch(r"[a-z][a-z\-']*", verb):
            stats["verb: unreadable (skipped)"] += 1
            continue
        verbs.append((verb, block, own or block_code, before, after, n))
        stats["verbs"] += 1
    block_verbs: dict[str, set[str]] = {}
    for v in verbs:
        block_verbs.setdefault(v[1], set()).add(v[0])
    patterns: list[VerbPattern] = []
    for line, blk, n, raw in raw_patterns:
        p = parse_verb_pattern(line, blk, n, synsets, stats, nested_sets, paired)
        if p is None:
            continue
        comment = raw.split("#", 1)[1].split() if "#" in raw else []
        if len(comment) == 1:
            p.verb = comment[0].lstrip("+").split("_")[0].lower()
        patterns.append(p)
        stats["patterns"] += 1
    by_block: dict[str, list[VerbPattern]] = {}
    for p in patterns:
        by_block.setdefault(p.block, []).append(p)
    for blk, ps in by_block.items():
        _keep_block_verbs(ps, block_verbs.get(blk, set()), stats)
    return synsets, verbs, patterns


def _keep_block_verbs(patterns: list[VerbPattern], verbs: set[str], stats: Counter) -> None:
    """A pattern's comment names a verb of its block ("# RESERVE"): the verb it was written for."""
    for p in patterns:
        if p.verb and p.verb not in verbs:
            p.verb = ""
        stats["patterns naming their verb"] += bool(p.verb)


def expand_synsets(synsets: dict[str, list[str]]) -> dict[str, list[str]]:
    """Members as lower-case words with regular plurals, unless member or label ends in '_'."""
    out = {}
    def flat(name: str, seen: tuple = ()) -> list[tuple[str, bool]]:
        # a member "&OTHER" stands for the other set's members (the validation suite nests
        # them, naming "&OTHER_" as "&OTHER"); (member, plurals wanted) by its own set's rule
        out: list[tuple[str, bool]] = []
        for m in synsets.get(name, []):
            if m.startswith("&"):
                ref = next((r for r in (m.upper(), m.upper() + "_") if r in synsets), None)
                if ref is not None and ref not in seen:
                    out += flat(ref, seen + (name,))
            else:
                out.append((m, not m.endswith("_") and not name.endswith("_")))
        return out

    for name in synsets:
        forms: list[str] = []
        for m, plurals in flat(name):
            w = words(m)
            if not w:
                continue
            forms.append(w)
            if plurals:
                ws = w.split()
                forms.append(" ".join(ws[:-1] + [_plural(ws[-1])]))
        out[name] = list(dict.fromkeys(forms))
    return out


def write_verbs(synsets, verbs, patterns, out: Path, source: str = VERB_FILE, semantics: str = "tree") -> None:
    """The three verb files and ``meta.tsv``: the source file's name (in pattern ids) and how
    its patterns are read: ``tree`` (PETRARCH-2: heads of the verb's phrases) or ``sequence``
    (TABARI and PETRARCH-1, for which the validation suite's file was written: words in
    order before and after the verb)."""
    head = f"# Compiled from {source} by tools/petrarch/compile.py (MIT, see LICENSE.txt).\n"
    with (out / "meta.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(head + "key\tvalue\n")
        fh.write(f"source\t{source}\nsemantics\t{semantics}\n")
    with (out / "synsets.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(head + "# members: lower-case words (regular plurals added), '|' between them\n")
        fh.write("name\tmembers\n")
        for name, members in sorted(synsets.items()):
            fh.write(f"{name}\t{'|'.join(members)}\n")
    with (out / "verbs.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(head + "# lemma: the verb word (base form); code: the verb's own code or its block's "
                 "default ('---' codes nothing; 'A:B' a symmetric event); before/after: other words of a multi-word verb\n")
        fh.write("lemma\tblock\tcode\tbefore\tafter\tline\n")
        for v in verbs:
            fh.write("\t".join(map(str, v)) + "\n")
    with (out / "verb_patterns.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(head + "# active/passive: CAMEO code by voice ('---' null: blocks the verb's code; "
                 "'' none; in a sequence dictionary 'A:B' in both: a symmetric event); subject/object: head word or &SET; preps: prep:head:modifiers; verb: the block's verb "
                 "the pattern's comment names (it was written for); pre/post: the words before and after '*' "
                 "as written ('_' joins words), for the sequence reading\n")
        fh.write("block\tline\tactive\tpassive\tsubject\tobject\tobject_mods\tpreps\tparticles\tverb\tpre\tpost\n")
        for p in patterns:
            fh.write("\t".join([p.block, str(p.line), p.active, p.passive, p.subject, p.obj,
                                p.obj_mods, p.preps, p.particles, p.verb, p.pre, p.post]) + "\n")


# -- the PETRARCH validation actors as a user KB for the petr_unit gold set ------------

_VREL = Path("shared") / "eval-data" / "petrarch-cameo" / "PETR.Validate.actors.txt"
VALIDATE_ACTORS = next((p / _VREL for p in ROOT.parents if (p / _VREL).is_file()), ROOT.parent / _VREL)
OUT_VALIDATE = ROOT / "src" / "communique" / "evaluate" / "sets" / "petr_unit_actors.jsonl"
VALIDATE_VERBS = VALIDATE_ACTORS.with_name("PETR.Validate.verbs.txt")
OUT_VALIDATE_VERBS = ROOT / "src" / "communique" / "evaluate" / "sets" / "petr_unit_verbs"
VALIDATE_DAY = "19950101"   # the date of most unit-test records: a user KB has no dated roles


_SECTORS = frozenset("GOV MIL COP JUD LEG SPY ELI OPP REB INS PTY BUS MED EDU HLH CVL REF LAB AGR REL "
                     "HRI CRM ENV DEV".split())


def _iso3() -> dict[str, list[str]]:
    """The bundled countries: ISO-3 code -> lower-case names."""
    path = ROOT / "src" / "communique" / "resolve" / "kb" / "countries.tsv"
    out = {}
    for ln in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = ln.split("\t")
        if len(cells) > 3:
            out[cells[0]] = [n.strip().lower() for n in [cells[2], *cells[3].split("|")] if n.strip()]
    return out


def _same_country(names: list[str], known: list[str]) -> bool:
    """Whether one of an entry's names is (a form of) a bundled country's name: the same
    first four letters ("ISRAELI", "ARGENTIN" for Argentina), not a made-up country that
    happens to use a real code ("ERIADOR" [ERI] is not Eritrea)."""
    return any(n[:4] == k[:4] for n in names for k in known)


def validate_kb(text: str, stats: Counter, day: str = VALIDATE_DAY,
                iso3: dict[str, list[str]] | None = None) -> list[dict]:
    """User-KB entries (one per actor code) from the validation suite's made-up actors
    (Arnor = ARN ...): the role on ``day``, else the undated default, else the latest."""
    iso3 = _iso3() if iso3 is None else iso3
    by_code: dict[str, dict] = {}
    for e in read_actors(text, stats):
        dated = [r for r in e.roles if r.dated and (not r.start or r.start <= day) and (not r.end or day < r.end)]
        undated = [r for r in e.roles if not r.dated]
        role = (dated or undated or sorted(e.roles, key=lambda r: r.start)[-1:])[0]
        code = role.code.upper()
        if code == "---":
            continue
        names = [n.title() for n in e.names]
        units = [code[i:i + 3] for i in range(0, len(code), 3)]
        if len(units) == 1 and units[0] in iso3 and _same_country(e.names, iso3[units[0]]):
            # a real country: the bundled KB knows it, but not the suite's other names for
            # it ("THE HERMIT KINGDOM" for North Korea): those alone are kept
            known = set(iso3[units[0]])
            names = [n for n in names if n.lower() not in known and not _same_country([n.lower()], list(known))]
            if not names:
                continue
        sector = next((u for u in units[1:] if u in _SECTORS), None)
        if len(units) == 1:
            kind = "country"
        elif units[0] in ("IGO", "NGO"):
            kind, sector = units[0].lower(), units[0]
        else:
            kind = {"GOV": "government", "MIL": "government", "COP": "government", "JUD": "government",
                    "REB": "armed_group", "INS": "armed_group"}.get(sector or "", "group")
        country = None if units[0] in ("IGO", "NGO", "IMG") else units[0]
        if code in by_code:
            by_code[code]["aliases"] += [n for n in names if n not in by_code[code]["aliases"]]
            continue
        by_code[code] = {"id": f"petr-validate:{code}", "name": names[0], "kind": kind,
                         "country": country, "sector": sector, "aliases": names[1:]}
    return list(by_code.values())


def write_validate_verbs(src: Path, out: Path) -> Counter:
    """The validation suite's verb dictionary, compiled like CAMEO.2.0.txt, read in sequence."""
    stats: Counter = Counter()
    out.mkdir(parents=True, exist_ok=True)
    synsets, verbs, patterns = read_verbs(_read(src), stats, nested_sets=True, paired=True)
    write_verbs(expand_synsets(synsets), verbs, patterns, out, source=src.name, semantics="sequence")
    lic = VALIDATE_ACTORS.with_name("LICENSE.petrarch2.MIT.txt")
    note = ("Compiled from PETRARCH's validation suite (PETR.Validate.verbs.txt, github.com/openeventdata/\n"
            "petrarch2) by tools/petrarch/compile.py --validate, for the petr_unit gold set only.\n\n")
    (out / "LICENSE.txt").write_text(note + (_read(lic) if lic.is_file() else "MIT, Open Event Data\n"),
                                     encoding="utf-8")
    return stats


def write_validate_kb(src: Path, out: Path) -> int:
    import json

    stats: Counter = Counter()
    rows = validate_kb(_read(src), stats)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# The PETRARCH validation suite's made-up actors (PETR.Validate.actors.txt, MIT, Open Event\n"
                 "# Data, github.com/openeventdata/petrarch2) as a user KB for the petr_unit gold set;\n"
                 f"# written by tools/petrarch/compile.py (roles as on {VALIDATE_DAY}).\n")
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


# -- driver --------------------------------------------------------------------
def _read(path: Path) -> str:
    if not path.is_file():
        raise DictionaryError(f"{path}: dictionary file not found")
    return path.read_bytes().decode("utf-8", errors="replace")


def compile_all(src: Path, out_events: Path, out_kb: Path) -> Counter:
    stats: Counter = Counter()
    out_events.mkdir(parents=True, exist_ok=True)
    out_kb.mkdir(parents=True, exist_ok=True)
    synsets, verbs, patterns = read_verbs(_read(src / VERB_FILE), stats)
    write_verbs(expand_synsets(synsets), verbs, patterns, out_events)
    entries = []
    for fname in ACTOR_FILES:
        for e in read_actors(_read(src / fname), stats):
            entries.append((fname.split(".")[1][0], e))
    write_actors(entries, out_kb / "actors.tsv")
    write_agents(read_agents(_read(src / AGENT_FILE), stats), out_kb / "agents.tsv")
    with (out_events / "discards.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Compiled from PETRARCH-2's Phoenix.discards.txt by tools/petrarch/compile.py "
                 "(MIT, see LICENSE.txt); bare years left out.\nwords\tlevel\tmatch\n")
        for row in read_discards(_read(src / DISCARD_FILE), stats):
            fh.write("\t".join(row) + "\n")
    lic = _read(src / "LICENSE")
    note = ("Data in this folder is compiled from the PETRARCH-2 dictionaries\n"
            "(github.com/openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf,\n"
            "petrarch2/data/dictionaries/) by tools/petrarch/compile.py.  Their licence:\n\n")
    for d in (out_events, out_kb):
        (d / "LICENSE.txt").write_text(note + lic, encoding="utf-8")
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out-events", type=Path, default=OUT_EVENTS)
    ap.add_argument("--out-kb", type=Path, default=OUT_KB)
    ap.add_argument("--validate", action="store_true",
                    help=f"only write {OUT_VALIDATE.name} and {OUT_VALIDATE_VERBS.name}/ from the "
                         "validation suite's dictionaries")
    a = ap.parse_args(argv)
    try:
        if a.validate:
            print(f"{write_validate_kb(VALIDATE_ACTORS, OUT_VALIDATE):8d}  validation actors")
            for k, v in sorted(write_validate_verbs(VALIDATE_VERBS, OUT_VALIDATE_VERBS).items()):
                print(f"{v:8d}  validation {k}")
            return 0
        stats = compile_all(a.src, a.out_events, a.out_kb)
    except DictionaryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for k, v in sorted(stats.items()):
        print(f"{v:8d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
