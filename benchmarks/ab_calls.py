"""Paired per-call timing of pure functions: each call runs the code of a git revision and the
working tree's, one after the other, over a round of the stages after the parse.

    .venv/bin/python benchmarks/ab_calls.py --rev main --rounds 3 \
        communique.events.attach:own_tokens communique.events.attach:_Sentence

``ab_after_parse.py`` times whole rounds; on a loaded machine two rounds of the same code
differ by more than a change worth a few per cent.  Here every call of each named function
(or class: its construction) is made twice, old and new, in alternating order, on the same
arguments, and the two times are summed apart: a busy spell slows both alike.  The results
are compared call by call (``==``; for a class, the attributes both versions set): only for
functions without side effects.  The stages after the parse run with the new code; the
old one is timed beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_throughput as bt  # noqa: E402
from ab_after_parse import old_module  # noqa: E402
from after_parse import parsed_once  # noqa: E402


def _same(a, b) -> bool:
    """Equal results; for two instances of a class, equal attributes where both have one
    (a class whose new version keeps other state: its methods are tested elsewhere)."""
    if type(a).__eq__ is object.__eq__ and hasattr(a, "__dict__") and hasattr(b, "__dict__"):
        va, vb = vars(a), vars(b)
        return all(va[k] == vb[k] for k in va.keys() & vb.keys())
    return a == b


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="+", help="module:function (or module:Class)")
    ap.add_argument("--rev", default="main")
    ap.add_argument("--rounds", type=int, default=3, help="rounds over the short statements")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--shared", type=Path, default=bt.ROOT.parent / "shared")
    args = ap.parse_args(argv)
    import importlib

    from spacy.tokens import Doc

    from communique import Extractor
    from communique.config import load_config
    from communique.pipeline import Pipeline
    from communique.scale.worker import warm_up

    config = load_config(None)
    extractor = Extractor(config)
    warm_up(extractor.pipeline)
    lines = [json.dumps(r, ensure_ascii=False) for r in bt.short_records(args.shared, args.limit)]
    stages, k, before_parse, blobs, vocab = parsed_once(extractor, config, lines)

    spent: dict[str, list] = {}   # target -> [calls, old s, new s, mismatches]
    for target in args.targets:
        mname, attr = target.split(":")
        mod = importlib.import_module(mname)
        new = getattr(mod, attr)
        old = getattr(old_module(mname, args.rev, frozenset({attr})), attr)
        tally = spent[target] = [0, 0.0, 0.0, 0]

        def paired(*a, _new=new, _old=old, _tally=tally, **kw):
            clock = time.process_time
            first = _tally[0] % 2 == 0
            t0 = clock()
            r1 = (_old if first else _new)(*a, **kw)
            t1 = clock()
            r2 = (_new if first else _old)(*a, **kw)
            t2 = clock()
            ro, rn = (r1, r2) if first else (r2, r1)
            _tally[0] += 1
            _tally[1] += (t1 - t0) if first else (t2 - t1)
            _tally[2] += (t2 - t1) if first else (t1 - t0)
            _tally[3] += not _same(ro, rn)
            return rn

        for name, m in list(sys.modules.items()):
            if name.startswith("communique") and m is not None and vars(m).get(attr) is new:
                setattr(m, attr, paired)

    for r in range(args.rounds + 1):
        if r == 1:   # (the first round warms per-process caches)
            for tally in spent.values():
                tally[:] = [0, 0.0, 0.0, 0]
        docs = before_parse()
        for d, blob in zip(docs, blobs):
            if blob is not None:
                d.workspace.spacy = Doc(vocab).from_bytes(blob)
            d.done.append("parse")
        for name, component in stages[k + 1:]:
            docs = list(Pipeline._run_stage(name, component, docs))
    bad = 0
    for target, (calls, o, n, mismatches) in spent.items():
        bad += mismatches
        print(f"{target}: {calls} calls over {args.rounds} rounds; per round old {o / args.rounds:.4f} s, "
              f"new {n / args.rounds:.4f} s ({(n - o) / args.rounds:+.4f} s); "
              f"{mismatches} results differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
