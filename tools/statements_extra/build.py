"""Write the extra statements set in the gold format: python -m tools.statements_extra.build -o DIR.

Records are rebuilt from the UNGD corpus (text is never stored in annotations.jsonl); any annotation
that no longer matches the corpus stops the build with a one-line error naming it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .corpus import ANNOTATIONS, CORPUS, DEBATE_START, CorpusMissing, load_annotations, load_speeches
from .passage_check import AnnotationMismatch, rebuild


def records(annotations: list[dict], speeches: dict) -> list[dict]:
    out = []
    for ann in annotations:
        text = rebuild(ann, speeches)
        session = speeches[ann["speech"]]["session"]
        out.append({"id": f"extra-{ann['speech']}", "title": ann["title"],
                    "published": DEBATE_START[session], "text": text, "expect": ann["expect"]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-o", "--out", required=True, type=Path, help="folder for statements.dev.jsonl")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    args = ap.parse_args(argv)
    try:
        speeches = load_speeches(args.corpus)
        recs = records(load_annotations(args.annotations), speeches)
    except (CorpusMissing, AnnotationMismatch, OSError, json.JSONDecodeError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "statements.dev.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
