"""Every output of the full pipeline over the benchmark's short statements, as JSON lines.

    PYTHONPATH=src .venv/bin/python benchmarks/short_outputs.py --out /tmp/new.jsonl
    PYTHONPATH=/path/to/main/src .venv/bin/python benchmarks/short_outputs.py --out /tmp/old.jsonl
    cmp /tmp/old.jsonl /tmp/new.jsonl

A speed-up must change no output: run it with the code before and after and compare the
files.  The texts are those ``bench_throughput.py --corpus short --short-limit N`` times,
read and coded the same way (``Extractor.pipe`` over the JSONL records, then ``to_dict``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_throughput as bt  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="the JSON lines file to write")
    ap.add_argument("--limit", type=int, default=300, help="short statements to take")
    ap.add_argument("--config", type=Path, help="a TOML file layered over the default configuration")
    ap.add_argument("--shared", type=Path, default=bt.ROOT.parent / "shared")
    args = ap.parse_args(argv)
    if not (args.shared / bt.ISAF).exists():
        print(f"error: {args.shared / bt.ISAF} not found (use --shared DIR)", file=sys.stderr)
        return 2
    from communique import Extractor
    from communique.config import load_config
    from communique.contract import to_dict
    from communique.ingest import read_jsonl

    config = load_config(args.config)
    extractor = Extractor(config)
    lines = [json.dumps(r, ensure_ascii=False) for r in bt.short_records(args.shared, args.limit)]
    n = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for doc in extractor.pipe(read_jsonl(lines, config, "bench"), n_process=1):
            fh.write(json.dumps(to_dict(doc), sort_keys=True, ensure_ascii=False, default=str) + "\n")
            n += 1
    print(f"{n} documents written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
