"""python -m tools.tuple_causes [--gold DIR]: the petr2_gsr READ part's differing CAMEO tuples by
cause (tools/tuple_causes/causes.py), with the sentence and the rule that coded each predicted
event.  Only the read part is coded and shown: the scored part is never looked at."""

from __future__ import annotations

import argparse
from collections import Counter

from .causes import CAUSES, causes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.tuple_causes")
    ap.add_argument("--gold", help="folder of normalised gold JSONL")
    args = ap.parse_args(argv)

    from communique.config import load_config
    from communique.evaluate import run
    from communique.evaluate.parts import READ, part_of
    from communique.evaluate.registry import gold_sets
    from communique.evaluate.sets.petr2_gsr import gold_tuples, predicted, sentence_tuples
    from communique.extract import Extractor

    gold = gold_sets()["petr2_gsr"]
    records = [r for r in run.read_records(run.find_gold_dir(args.gold), "petr2_gsr", "dev")
               if part_of(str(r.get("id"))) == READ]
    config = load_config(None, {})
    outputs = run.code(gold, records, Extractor(config.with_overrides(gold.overrides, where="petr2_gsr")))
    total = Counter()
    for rec, out in zip(records, outputs):
        found = causes(gold_tuples(rec), sentence_tuples(out))
        if not found:
            continue
        print(f"{rec.get('id')}: {rec['text']}")
        for cause, g, p in found:
            total[cause] += 1
            print(f"  {cause}: gold {g or '-'} predicted {p or '-'}")
        for e in predicted(out):
            print(f"  event {e['cameo']} {e.get('type')} {e.get('pattern')}"
                  + (" (background)" if "background" in (e.get("field_evidence") or {}) else ""))
    print(f"{len(records)} read records; " + ", ".join(f"{c}: {total[c]}" for c in CAUSES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
