"""The agents dictionary (phrase -> CAMEO code added to an actor) and the discards."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .lines import CODE, content_lines, plural_of, words


def read_agents(text: str, stats: Counter) -> list[tuple[str, str, str]]:
    """(phrase, code, where) with where "suffix" ([~COP]: after the country) or "prefix"."""
    markers: dict[str, list[str]] = {}
    out: list[tuple[str, str, str]] = []
    for line in content_lines(text):
        m = re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line)
        if m:
            markers[m.group(1)] = [words(x) for x in m.group(2).split(",") if x.strip()]
            continue
        codes = CODE.findall(line)
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
        body = CODE.sub("", line)
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
                out.append((" ".join(head[:-1] + [plural_of(head[-1])]), code, where))
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



def read_discards(text: str, stats: Counter) -> list[tuple[str, str, str]]:
    """(words, level sentence|story, match word|stem)."""
    out = []
    for line in content_lines(text):
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
