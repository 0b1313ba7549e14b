"""Append hand-coded annotations to annotations.jsonl from compact lines (annotator's aid).

One line per passage: speech|start:end|TYPE[,TYPE]|target_country|target_pattern|needle
(empty fields for no target; the pattern may itself hold "|", the needle is the last field).
The digest of the passage and a title are added here.
"""
from __future__ import annotations

import argparse
import json
import sys

from .corpus import ANNOTATIONS, load_annotations, load_speeches
from .passage_check import digest
from .passages import passage_text
from .titles import title_for


def parse(line: str, speeches: dict) -> dict:
    sid, span, types, tc, rest = line.rstrip("\n").split("|", 4)
    tp, needle = rest.rsplit("|", 1)
    start, end = (int(x) for x in span.split(":"))
    rec = speeches[sid]
    text = passage_text(rec["text"], start, end)
    if text.count(needle) != 1:
        raise ValueError(f"{sid}: needle {needle!r} occurs {text.count(needle)} times")
    title = title_for(sid, rec["country_iso3"], rec["session"])
    return {"speech": sid, "start": start, "end": end, "sha1": digest(text), "title": title,
            "expect": {"types": types.split(","), "source_country": rec["country_iso3"],
                       "target_pattern": tp or None, "target_country": tc or None, "needle": needle}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("lines", type=argparse.FileType("r"))
    args = ap.parse_args()
    speeches = load_speeches()
    have = {a["speech"] for a in load_annotations()} if ANNOTATIONS.exists() else set()
    new = []
    for line in args.lines:
        if line.strip() and not line.startswith("#"):
            ann = parse(line, speeches)
            if ann["speech"] in have:
                sys.exit(f"error: {ann['speech']} already annotated")
            have.add(ann["speech"])
            new.append(ann)
    with ANNOTATIONS.open("a", encoding="utf-8") as fh:
        for ann in new:
            fh.write(json.dumps(ann, ensure_ascii=False) + "\n")
    print(f"added {len(new)}")


if __name__ == "__main__":
    main()
