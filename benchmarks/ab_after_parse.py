"""Paired A/B timing of the stages after the parse: modules as of a git revision against the
working tree, in one process.

    .venv/bin/python benchmarks/ab_after_parse.py --rev main --rounds 6 \
        communique.events.matcher communique.events.dict_prefilter

On a machine shared with other work, two runs of ``after_parse.py`` differ by more than a
small speed-up.  Here the short statements are parsed once (as in ``after_parse.py``) and
the rounds alternate between the code of the working tree ("new") and, for each module
named, its source at ``--rev`` ("old"): every function of the module is swapped
wherever the package holds a reference to it, so one process times both, a busy spell
slowing a pair of rounds alike.  Each pair's difference (old - new, CPU seconds of the stages
after the parse plus ``to_dict``) is printed with their median; the outputs of both codes
are compared document by document (a speed-up must change nothing).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_throughput as bt  # noqa: E402
from after_parse import parsed_once  # noqa: E402


def old_module(name: str, rev: str, keep: frozenset[str] = frozenset()) -> types.ModuleType:
    """Module ``name`` executed from its source at git revision ``rev``, under another name;
    its classes are today's except those named in ``keep`` (private helper classes)."""
    mod = importlib.import_module(name)
    rel = Path(mod.__file__).resolve().relative_to(bt.ROOT)
    source = subprocess.run(["git", "-C", str(bt.ROOT), "show", f"{rev}:{rel.as_posix()}"],
                            check=True, capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader(name + "__old", loader=None, origin=str(rel))
    old = importlib.util.module_from_spec(spec)
    old.__package__ = mod.__package__
    old.__file__ = mod.__file__
    sys.modules[spec.name] = old   # (dataclasses look their module up)
    exec(compile(source, f"{rev}:{rel}", "exec"), old.__dict__)
    # The old functions work on today's classes (an object made by one must pass the
    # isinstance tests of the other): only functions are swapped.
    for attr, value in list(vars(old).items()):
        if attr not in keep and isinstance(value, type) and isinstance(getattr(mod, attr, None), type):
            setattr(old, attr, getattr(mod, attr))
    return old


def swaps(names: list[str], rev: str, keep: frozenset[str] = frozenset()
          ) -> list[tuple[object, str, object, object]]:
    """(holder, attribute, new, old) for every reference in the package to a function
    defined in one of the named modules."""
    pairs = {}
    for name in names:
        mod = importlib.import_module(name)
        old = old_module(name, rev, keep)
        for attr, value in vars(mod).items():
            if isinstance(value, types.FunctionType) and value.__module__ == name:
                if isinstance(vars(old).get(attr), types.FunctionType):
                    pairs[id(value)] = (value, vars(old)[attr])
            elif attr in keep and isinstance(value, type) and isinstance(vars(old).get(attr), type):
                pairs[id(value)] = (value, vars(old)[attr])
    out = []
    for mname, mod in list(sys.modules.items()):
        if not mname.startswith("communique") or mod is None:
            continue
        for attr, value in list(vars(mod).items()):
            if id(value) in pairs and pairs[id(value)][0] is value:
                out.append((mod, attr, value, pairs[id(value)][1]))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("modules", nargs="+", help="modules whose source at --rev is the old code")
    ap.add_argument("--rev", default="main")
    ap.add_argument("--rounds", type=int, default=6, help="pairs of timed rounds (after one warm-up pair)")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--old-class", action="append", default=[], metavar="NAME",
                    help="also take this class of the named modules from --rev (a private helper "
                         "class no other module tests with isinstance)")
    ap.add_argument("--shared", type=Path, default=bt.ROOT.parent / "shared")
    args = ap.parse_args(argv)
    from spacy.tokens import Doc

    from communique import Extractor
    from communique.config import load_config
    from communique.contract import to_dict
    from communique.pipeline import Pipeline
    from communique.scale.worker import warm_up

    config = load_config(None)
    extractor = Extractor(config)
    warm_up(extractor.pipeline)
    lines = [json.dumps(r, ensure_ascii=False) for r in bt.short_records(args.shared, args.limit)]
    stages, k, before_parse, blobs, vocab = parsed_once(extractor, config, lines)
    table = swaps(args.modules, args.rev, frozenset(args.old_class))
    print(f"{len(table)} references swapped: " + ", ".join(sorted({a for _, a, _, _ in table})))

    def use(which: str) -> None:
        for holder, attr, new, old in table:
            setattr(holder, attr, new if which == "new" else old)

    def one_round(which: str):
        use(which)
        docs = before_parse()
        for d, blob in zip(docs, blobs):
            if blob is not None:
                d.workspace.spacy = Doc(vocab).from_bytes(blob)
            d.done.append("parse")
        spent = {}
        start = time.process_time()
        for name, component in stages[k + 1:]:
            t = time.process_time()
            docs = list(Pipeline._run_stage(name, component, docs))
            spent[name] = time.process_time() - t
        out = [json.dumps(to_dict(d), sort_keys=True, ensure_ascii=False, default=str) for d in docs]
        spent["total"] = time.process_time() - start
        use("new")
        return spent, out

    one_round("old"), one_round("new")   # warm-up
    diffs, olds, news, same = [], [], [], True
    for r in range(args.rounds):
        order = ("old", "new") if r % 2 == 0 else ("new", "old")
        got = {w: one_round(w) for w in order}
        o, n = got["old"][0], got["new"][0]
        same = same and got["old"][1] == got["new"][1]
        diffs.append(o["total"] - n["total"])
        olds.append(o["total"])
        news.append(n["total"])
        print(f"  pair {r + 1}: old {o['total']:.3f} new {n['total']:.3f}  (events {o['events']:.3f} "
              f"-> {n['events']:.3f})", flush=True)
    print(f"median old {statistics.median(olds):.3f} s, new {statistics.median(news):.3f} s, "
          f"old - new per pair: median {statistics.median(diffs):+.3f} s "
          f"(min {min(diffs):+.3f}, max {max(diffs):+.3f}); outputs {'identical' if same else 'DIFFER'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
