"""python -m tools.ungd_audit draw|report (see README.md)."""
from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
from pathlib import Path

from tools.ungd_audit.report import write_report
from tools.ungd_audit.sample import draw, show

HERE = Path(__file__).resolve().parent


def _commit() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True, cwd=HERE).stdout.strip()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.ungd_audit")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="draw a seeded sample, store its keys, print it to read")
    d.add_argument("--db", default="build/ungd.db")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--size", type=int, default=150)
    d.add_argument("--name", required=True, help="sample name: A, B ...")
    d.add_argument("-o", "--out", help="where to print the units to read (default stdout)")
    r = sub.add_parser("report", help="precision from the judgements, into a Markdown report")
    r.add_argument("--names", nargs="+", help="samples to report (default: every sample_<name>.json here)")
    r.add_argument("-o", "--out", default="reports/ungd_audit.md")
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        if not Path(args.db).is_file():   # (sqlite3 would create an empty one and fail later)
            raise SystemExit(f"{args.db}: no archive here (build it with `make ungd`)")
        sample, same = draw(args.db, args.seed, args.size)
        conn = sqlite3.connect(args.db)
        versions = sorted(v for (v,) in conn.execute(
            "SELECT DISTINCT coding_version FROM documents"))
        conn.close()
        meta = {"name": args.name, "seed": args.seed, "size": args.size, "commit": _commit(),
                "coding_versions": versions, "keys": [u.key for u in sample],
                "same_country": [u.key for u in same]}
        (HERE / f"sample_{args.name}.json").write_text(json.dumps(meta, indent=1) + "\n")
        text = ("## sample\n\n" + show(args.db, sample) + "\n## same-country dyads\n\n"
                + show(args.db, same))
        if args.out:
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            Path(args.out).write_text(text)
        else:
            print(text)
    else:
        args.names = args.names or sorted(p.stem.removeprefix("sample_") for p in HERE.glob("sample_*.json"))
        missing = [n for n in args.names if not (HERE / f"sample_{n}.json").is_file()]
        if missing:
            raise SystemExit(f"no sample {', '.join(missing)} in {HERE} (draw it first)")
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        write_report(HERE, args.names, Path(args.out))


if __name__ == "__main__":
    main()
