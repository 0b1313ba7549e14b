"""CPU time of the dates stage, and a check that a change leaves its output identical.

    .venv/bin/python benchmarks/dates_speed.py --save /tmp/dates_before.json
    ... change the dates code ...
    .venv/bin/python benchmarks/dates_speed.py --compare /tmp/dates_before.json

To time an older revision beside the current one under the same machine load:
``git archive REV src | tar -x -C /tmp/before`` and run the first command with
``PYTHONPATH=/tmp/before/src``.

Corpora (read from ../shared beside the repository):

* ``short``: the first 300 short statements of ``bench_throughput.py`` (bundled
  examples and ISAF dev press releases; ``--short``), fed as there (id and text only);
* ``ungd``: the first 40 UN General Debate speeches, published on 22 September
  of their year (so relative dates resolve);
* ``te3``: the TempEval-3 dev texts with their document dates.

Each text goes through clean, structure, parse and mentions once; the documents
(with their spaCy parse as a ``DocBin``) are cached under ``--cache`` so later
runs time only the dates stage: ``resolve_dates`` over every document, the
first pass (compiling patterns, first dateparser call) apart from the best of
``--repeat`` warm passes (CPU seconds, ``time.process_time``).

``grammar`` is a wider output check without a parse: ``find_dates`` with no
spaCy Doc and no entities over every UNGD speech (``--grammar-limit``) and every
short statement, with and without an anchor date.

``--save`` writes every date mention (start, end, text, value, precision,
reason) and the timings as JSON; ``--compare`` runs again and reports, per
corpus, how many mentions are identical and the CPU time before and after.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from datetime import date
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_throughput import UNGD, short_records  # noqa: E402

TE3 = "eval-data/gold/te3_dates.dev.jsonl"
STAGES = ["clean", "structure", "parse", "mentions"]


def ungd_records(shared: Path, limit: int) -> list[dict]:
    with open(shared / UNGD, encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return [{"id": r["id"], "text": r["text"], "published": f"{r['year']}-09-22"}
                for r in islice(rows, limit)]


def te3_records(shared: Path) -> list[dict]:
    with open(shared / TE3, encoding="utf-8") as fh:
        return [{"id": r["id"], "text": r["text"], "published": r.get("published")}
                for r in map(json.loads, filter(str.strip, fh))]


# -- documents up to the mentions stage, cached ------------------------------
def prepared(name: str, records: list[dict], cache: Path):
    """Documents after ``STAGES``, with ``workspace.spacy``; parsed once, then cached."""
    from spacy.tokens import DocBin
    import spacy

    path = cache / f"{name}.pkl"
    if not path.exists():
        from communique.config import load_config
        from communique.ingest import read_jsonl
        from communique.pipeline import Pipeline
        from communique.workspace import Workspace

        config = load_config(overrides={"pipeline": {"stages": STAGES}})
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
        docs = list(Pipeline(config).pipe(read_jsonl(lines, config, name)))
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d.workspace.spacy)
            d.workspace = Workspace()
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps({"docs": docs, "spacy": bin_.to_bytes()}))
    data = pickle.loads(path.read_bytes())
    sdocs = DocBin().from_bytes(data["spacy"]).get_docs(spacy.blank("en").vocab)
    docs = data["docs"]
    for d, s in zip(docs, sdocs):
        d.workspace.spacy = s
    return docs


def mention_rows(mentions) -> list[list]:
    return [[m.start, m.end, m.text, m.value, m.precision, m.reason] for m in mentions]


def time_stage(docs, repeat: int) -> tuple[list, float, float]:
    """(outputs, CPU of the first pass, best CPU of ``repeat`` warm passes)."""
    from communique.resolve.dates import resolve_dates
    from communique.resolve.temporal import load_lexicon

    lex = load_lexicon()
    t = time.process_time()
    out = [mention_rows(resolve_dates(d, lexicon=lex)) for d in docs]
    first = time.process_time() - t
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for d in docs:
            resolve_dates(d, lexicon=lex)
        best = min(best, time.process_time() - t)
    return out, first, best


def grammar_check(shared: Path, limit: int, repeat: int) -> tuple[list, float, float]:
    """find_dates over raw texts with no parse, anchored and not."""
    from communique.resolve.temporal import find_dates

    texts = [r["text"] for r in ungd_records(shared, limit)] + \
            [r["text"] for r in short_records(shared, None)]
    anchors = (date(2021, 9, 22), None)
    t = time.process_time()
    out = [mention_rows(find_dates(text, a)) for text in texts for a in anchors]
    first = time.process_time() - t
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for text in texts:
            for a in anchors:
                find_dates(text, a)
        best = min(best, time.process_time() - t)
    return out, first, best


def run(args) -> dict:
    shared = Path(args.shared)
    corpora = {
        "short": lambda: short_records(shared, None),  # cached whole, timed on the first --short
        "ungd": lambda: ungd_records(shared, args.ungd),
        "te3": lambda: te3_records(shared),
    }
    result = {}
    for name, records in corpora.items():
        if args.only and name not in args.only:
            continue
        docs = prepared(f"{name}{args.ungd if name == 'ungd' else ''}", records(), Path(args.cache))
        if name == "short":
            docs = docs[:args.short]
        out, first, best = time_stage(docs, args.repeat)
        result[name] = {"docs": len(docs), "chars": sum(len(d.text) for d in docs),
                        "first_cpu": first, "warm_cpu": best, "mentions": out}
        print(f"[{name}] {len(docs)} docs, {sum(map(len, out))} dates: "
              f"first pass {first:.3f} s, warm {best:.3f} s CPU", flush=True)
    if not args.only or "grammar" in args.only:
        out, first, best = grammar_check(shared, args.grammar_limit, max(1, args.repeat // 3))
        result["grammar"] = {"docs": len(out), "first_cpu": first, "warm_cpu": best, "mentions": out}
        print(f"[grammar] {len(out)} texts, {sum(map(len, out))} dates: "
              f"first pass {first:.3f} s, warm {best:.3f} s CPU", flush=True)
    return result


def compare(before: dict, after: dict) -> bool:
    same_all = True
    print("\n| corpus | docs | dates before | dates after | identical docs | differing docs "
          "| CPU before (warm) | CPU after (warm) | after/before | first pass before | after |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, a in after.items():
        b = before.get(name)
        if b is None or b["docs"] != a["docs"]:
            print(f"| {name} | {a['docs']} | (not in the saved run) |")
            same_all = False
            continue
        diff = [i for i, (x, y) in enumerate(zip(b["mentions"], a["mentions"])) if x != y]
        same_all &= not diff
        nb, na = sum(map(len, b["mentions"])), sum(map(len, a["mentions"]))
        print(f"| {name} | {a['docs']} | {nb} | {na} | {a['docs'] - len(diff)} | {len(diff)} "
              f"| {b['warm_cpu']:.3f} | {a['warm_cpu']:.3f} | {a['warm_cpu'] / b['warm_cpu']:.2f} "
              f"| {b['first_cpu']:.3f} | {a['first_cpu']:.3f} |")
        for i in diff[:5]:
            old, new = map(lambda m: {tuple(x) for x in m}, (b["mentions"][i], a["mentions"][i]))
            print(f"    doc {i}: only before {sorted(old - new)[:4]}  only after {sorted(new - old)[:4]}")
    print("\nIDENTICAL" if same_all else "\nOUTPUT DIFFERS")
    return same_all


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/communique-dates-speed")
    ap.add_argument("--short", type=int, default=300, help="short statements (default 300)")
    ap.add_argument("--ungd", type=int, default=40, help="UNGD speeches (default 40)")
    ap.add_argument("--grammar-limit", type=int, default=200, help="UNGD speeches for the no-parse check")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", nargs="*", choices=["short", "ungd", "te3", "grammar"])
    ap.add_argument("--save", help="write this run's output and timings as JSON")
    ap.add_argument("--compare", help="JSON of an earlier run to compare with")
    args = ap.parse_args(argv)
    result = run(args)
    if args.save:
        Path(args.save).write_text(json.dumps(result), encoding="utf-8")
    if args.compare:
        return 0 if compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), result) else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
