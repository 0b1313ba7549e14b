"""The Phoenix actor dictionaries: entries with their names and dated roles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .lines import CODE, strip_comment, words
from .roles import Role, parse_role


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
            for c in CODE.findall(line):
                role = parse_role(c, stats)
                if role is not None:
                    cur.roles.append(role)
            continue
        if line.startswith("+"):
            if cur is None:
                stats["synonym: no entry"] += 1
                continue
            name = _good_phrase(CODE.sub("", line[1:]).strip(), stats)
            if name:
                cur.names.append(name)
            continue
        cur = ActorEntry()
        out.append(cur)
        head = line.split("[", 1)[0].strip()
        name = _good_phrase(head, stats)
        if name:
            cur.names.append(name)
        for c in CODE.findall(line):
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
