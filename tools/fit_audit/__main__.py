"""python -m tools.fit_audit collect | report  (tools/fit_audit/README.md)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRINGS = ROOT / "build/fit_audit/firings.json"
EXTRA_DIR = ROOT / "build/fit_audit/statements_extra"
UNGD_DB = ROOT / "build/ungd.db"
UNGD_CORPUS = ROOT.parent / "shared/eval-data/ungd-statements/ungd_sessions75-79_2020-2024.jsonl"
REPORT = ROOT / "reports/fit_audit.md"


def _collect(args) -> int:
    from communique.evaluate.run import find_gold_dir
    from tools.statements_extra import build

    from .collect import EVENT_SETS, collect_set

    gold = find_gold_dir(args.gold)
    if build.main(["-o", str(args.extra)]) != 0:
        return 1
    sets = [collect_set(name, gold) for name in args.sets]
    extra = collect_set("statements", args.extra, label="statements-extra")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"sets": sets, "extra": extra}), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def _report(args) -> int:
    from communique.evaluate.run import find_gold_dir

    from .corpus import event_firings, paragraphs, word_counts
    from .report import by_text, write

    try:
        data = json.loads(args.firings.read_text(encoding="utf-8"))
    except FileNotFoundError:
        print(f"error: no firings at {args.firings}: run `python -m tools.fit_audit collect` first",
              file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {args.firings} is no firings file of `collect` ({exc})", file=sys.stderr)
        return 2
    if args.db is None:   # the default archive is optional; one named on the command line is not
        args.db = UNGD_DB
    elif not args.db.exists():
        print(f"error: no archive at {args.db} (build it with `make ungd`)", file=sys.stderr)
        return 2
    paras = paragraphs([find_gold_dir(args.gold) / "statements.dev.jsonl",
                        args.extra / "statements.dev.jsonl"])
    ungd = event_firings(args.db, paras) if args.db.exists() else {}
    lines = None
    if args.db_commit:   # the archive was coded with the patterns file of that commit
        shown = subprocess.run(["git", "-C", str(ROOT), "show",
                                f"{args.db_commit}:src/communique/events/data/patterns.tsv"],
                               capture_output=True, text=True)
        if shown.returncode != 0:
            print(f"error: --db-commit {args.db_commit}: {shown.stderr.strip()}", file=sys.stderr)
            return 2
        lines = shown.stdout.splitlines()
    ungd = by_text(ungd, lines)
    words = word_counts(args.corpus, paras) if args.corpus.exists() else None
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    meta = {"commit": f"rules as of {commit}",
            "dev sets": ", ".join(f"{s['set']} (read {s['parts']['read']['records']}, scored "
                                  f"{s['parts']['scored']['records']})" for s in data["sets"]),
            "statements-extra": f"{sum(p['records'] for p in data['extra']['parts'].values())} passages",
            "UNGD": (f"{args.db.name} (coded at {args.db_commit or 'this commit'}): events of {len(ungd)} "
                     f"rules, joined to today's rules by their text (a rule rewritten since has none); "
                     f"gold and extra paragraphs ({len(paras)}) matched out by text")
                    if ungd else "no archive (make ungd)"}
    suspects = write(args.output, data["sets"], data["extra"], ungd, words, meta)
    print(f"wrote {args.output}: {len(suspects)} suspects")
    return 0


def main(argv: list[str] | None = None) -> int:
    from .collect import EVENT_SETS

    ap = argparse.ArgumentParser(prog="python -m tools.fit_audit", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect", help="code the dev sets and the extra set, count rule firings")
    c.add_argument("--gold", type=Path, default=None)
    c.add_argument("--extra", type=Path, default=EXTRA_DIR, help="where to build statements-extra")
    c.add_argument("--sets", nargs="+", default=list(EVENT_SETS))
    c.add_argument("-o", "--out", type=Path, default=FIRINGS)
    r = sub.add_parser("report", help="write the audit report from the firings and the UNGD archive")
    r.add_argument("--firings", type=Path, default=FIRINGS)
    r.add_argument("--gold", type=Path, default=None)
    r.add_argument("--extra", type=Path, default=EXTRA_DIR)
    r.add_argument("--db", type=Path, default=None,
                   help=f"archive of `make ungd` (default {UNGD_DB.relative_to(ROOT)}, used when present)")
    r.add_argument("--db-commit", default=None,
                   help="the commit the archive was coded at, when its patterns.tsv differs")
    r.add_argument("--corpus", type=Path, default=UNGD_CORPUS)
    r.add_argument("-o", "--output", type=Path, default=REPORT)
    args = ap.parse_args(argv)
    return _collect(args) if args.cmd == "collect" else _report(args)


if __name__ == "__main__":
    sys.exit(main())
