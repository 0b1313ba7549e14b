"""A probe of the statement coder on UN General Debate sentences: which constructions it misses.

    python tools/ungd_probe.py [--corpus PATH] [--sentences 600] [--seed 14] [--examples 3]
                              [--report reports/ungd_probe.md] [--label NAME]

NOT a gold evaluation: there is no gold here.  The probe picks, from many speeches of the UN
General Debate corpus (CC0; ``../shared/eval-data/ungd-statements/``), sentences whose grammar
marks an act of the speaker, and checks the coder on them:

1. Selection, with the probe's OWN small verb list and spaCy's parse (never the coder's code):
   paragraphs that a regular expression says may hold one, taken in a fixed hash order (``--seed``)
   so every speech gives at most one sentence before any gives a second; in them, a sentence
   whose speech-act verb (``VERBS``: thank, welcome, call on, urge, condemn, reject, warn, sign
   ...) has a subject of the speaker: "we", "I", "my/our delegation|country|Government|nation",
   "the Kingdom|Republic|Government", the country's own name, "let me"/"allow me to", "I wish /
   would like to", a sentence-opening participle ("Welcoming ..."), a nominal ("our condemnation
   of ..."), "we join others in condemning".  Negated, conditional, interrogative, relative and
   "must/should" clauses are left out: they are not plainly the speaker's act.  The speeches of
   the statements dev set are left out (only their ids are read), so the probe is new material.
2. Each picked sentence's paragraph (or five sentences around it) is coded as
   ``communique extract --jsonl`` codes ``{id, title, published, text}``, with the title the
   statements records use ("Statement by <country> at the general debate of the seventy-... session
   of the United Nations General Assembly") and the corpus's country as the speaker.
3. The sentence is *found* when an event has its evidence starting in it, a type of the verb's
   class, a source of the speaker's country, and, when the verb's object or its "on/upon/to/with"
   phrase names a state or organisation (spaCy GPE/ORG/NORP), a target whose mention is one of
   those names.  A miss is put down to the first condition no event meets (no event, type, source,
   target), as ``evaluate statements`` does; or to "told elsewhere" when the act is there but
   merged into a telling in another sentence (the sentence is only in its ``evidence_more``),
   or "evidence starts before" when its evidence begins in the sentence before.

It prints the share found and the misses grouped by construction (subject kind x verb class x
clause shape) with a few examples each, so a fix aims at a class, not a sentence; ``--report``
writes the figures to a Markdown file, keeping the earlier runs of the same selection version
(``SELECTION``) as rows above.  The selection is cached in ``build/`` (it parses a few thousand
paragraphs: minutes); coding the picked paragraphs takes under a minute.  ``make ungd-probe``.

The parts are in the ``ungd_probe`` package beside this file (its docstring lists them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# (run as a script, this file's directory is on the path; the package there of the same name is
# what ``import ungd_probe`` finds, as a package comes before a module of its name)
from ungd_probe import CORPUS
from ungd_probe.check import check
from ungd_probe.report import summarize, write_report
from ungd_probe.select import cached


def probe(args) -> dict:
    picked, speeches = cached(args)
    seconds = check(picked)
    return {"picked": picked, "speeches": speeches, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sentences", type=int, default=600, help="how many sentences to pick (default 600)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--examples", type=int, default=3, help="examples shown per construction")
    ap.add_argument("--report", type=Path, help="write the figures to this Markdown file")
    ap.add_argument("--label", default="latest", help="the run's name in the report (e.g. a commit)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"error: {args.corpus}: no such corpus file", file=sys.stderr)
        return 1
    text, figures = summarize(probe(args), args.examples)
    print(text)
    if args.report:
        write_report(args.report, figures, args.label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
