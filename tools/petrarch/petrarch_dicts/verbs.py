"""The CAMEO verb dictionary: synonym sets, verbs by block, and the blocks' patterns."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .lines import CODE, plural_of, strip_comment, words

VERB_FILE = "CAMEO.2.0.txt"

# Bare words in a verb pattern that are particles or adverbs of the verb, not the head
# of its object ("SET OUT VIEWS", "PUT FORWARD", "CALL OFF").
PARTICLES = frozenset("""out off up down back away forward over aside along ahead apart around
    about through together in on""".split())


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
    codes = CODE.findall(body)
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
        codes = CODE.findall(line)
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
                forms.append(" ".join(ws[:-1] + [plural_of(ws[-1])]))
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
