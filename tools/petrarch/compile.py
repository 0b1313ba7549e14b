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

The readers and writers of each format are in the ``petrarch_dicts`` package beside this file.
"""


from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

# (run as a script, this file's directory is on the path; loaded from its path, e.g. by the
# tests, it is put there so that the package beside it is found)
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from petrarch_dicts.actors import ActorEntry, read_actors, write_actors  # noqa: E402
from petrarch_dicts.agents import read_agents, read_discards, write_agents  # noqa: E402
from petrarch_dicts.lines import DictionaryError, read_text  # noqa: E402
from petrarch_dicts.roles import Role, parse_date, parse_role  # noqa: E402
from petrarch_dicts.validate import (OUT_VALIDATE, OUT_VALIDATE_VERBS, VALIDATE_ACTORS,  # noqa: E402
                                     VALIDATE_VERBS, validate_kb, write_validate_kb,
                                     write_validate_verbs)
from petrarch_dicts.verbs import (VERB_FILE, VerbPattern, expand_synsets, read_verbs,  # noqa: E402
                                  write_verbs)

__all__ = ["ActorEntry", "DictionaryError", "Role", "VerbPattern", "compile_all", "expand_synsets",
           "main", "parse_date", "parse_role", "read_actors", "read_agents", "read_discards",
           "read_verbs", "validate_kb", "write_actors", "write_agents", "write_validate_kb",
           "write_validate_verbs", "write_verbs"]

ROOT = Path(__file__).resolve().parents[2]
_REL = Path("shared") / "resources" / "petrarch2-dictionaries"
# ../shared beside the project (or beside a folder holding it, for a git worktree)
DEFAULT_SRC = next((p / _REL for p in ROOT.parents if (p / _REL).is_dir()), ROOT.parent / _REL)
OUT_EVENTS = ROOT / "src" / "communique" / "events" / "data" / "petrarch"
OUT_KB = ROOT / "src" / "communique" / "resolve" / "kb" / "petrarch"

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
DISCARD_FILE = "Phoenix.discards.txt"


def compile_all(src: Path, out_events: Path, out_kb: Path) -> Counter:
    stats: Counter = Counter()
    out_events.mkdir(parents=True, exist_ok=True)
    out_kb.mkdir(parents=True, exist_ok=True)
    synsets, verbs, patterns = read_verbs(read_text(src / VERB_FILE), stats)
    write_verbs(expand_synsets(synsets), verbs, patterns, out_events)
    entries = []
    for fname in ACTOR_FILES:
        for e in read_actors(read_text(src / fname), stats):
            entries.append((fname.split(".")[1][0], e))
    write_actors(entries, out_kb / "actors.tsv")
    write_agents(read_agents(read_text(src / AGENT_FILE), stats), out_kb / "agents.tsv")
    with (out_events / "discards.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Compiled from PETRARCH-2's Phoenix.discards.txt by tools/petrarch/compile.py "
                 "(MIT, see LICENSE.txt); bare years left out.\nwords\tlevel\tmatch\n")
        for row in read_discards(read_text(src / DISCARD_FILE), stats):
            fh.write("\t".join(row) + "\n")
    lic = read_text(src / "LICENSE")
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
