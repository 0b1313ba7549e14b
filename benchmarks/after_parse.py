"""CPU of the stages after the parse, the parse done once and replayed from bytes.

    .venv/bin/python benchmarks/after_parse.py [--rounds 5] [--limit 300] [--out FILE]

The full/bare ratio of ``bench_throughput.py`` is dominated by the parse, which is the same
work in both, and on a shared machine a single round's ratio moves by 0.1-0.3.  This
parses the short statements (``bench_throughput.short_records``) once, keeps each spaCy
``Doc`` as bytes, and then, round after round, rebuilds the documents up to the parse
(not timed), restores the ``Doc``s and times each later stage and ``to_dict`` alone.  A
change after the parse shows here undiluted; ``--out`` writes every document's output as
JSON lines, to check that a speed-up changes nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_throughput as bt  # noqa: E402


def parsed_once(extractor, config, lines):
    """The pipeline's stages, the index of its parse, a function giving fresh documents up
    to the parse, the parse of each as bytes and the vocabulary to read them back: the set-up
    shared by the benchmarks that time only the work after the parse."""
    from communique.ingest import read_jsonl
    from communique.pipeline import Pipeline

    stages = extractor.pipeline.components
    k = [name for name, _ in stages].index("parse")

    def before_parse():
        docs = list(read_jsonl(lines, config, "bench"))   # (the label of bench_throughput.run_full)
        for name, component in stages[:k]:
            docs = list(Pipeline._run_stage(name, component, docs))
        return docs

    parser = stages[k][1]
    parsed = list(Pipeline._run_stage("parse", parser, before_parse()))
    blobs = [d.workspace.spacy.to_bytes() if d.workspace.spacy is not None else None for d in parsed]
    return stages, k, before_parse, blobs, parser.nlp.vocab


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (after one warm-up)")
    ap.add_argument("--limit", type=int, default=300, help="short statements to take")
    ap.add_argument("--config", type=Path, help="a TOML file layered over the default configuration")
    ap.add_argument("--shared", type=Path, default=bt.ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="write the last round's to_dict output here (JSON lines)")
    ap.add_argument("--profile", type=int, metavar="N", default=0,
                    help="cProfile (CPU time) the last round's stages after the parse; print the "
                         "top N functions by own and by cumulative time")
    ap.add_argument("--profile-out", type=Path, help="with --profile: also dump the stats here "
                    "(pstats format, to read callers with pstats.Stats(FILE).print_callers)")
    args = ap.parse_args(argv)
    if not (args.shared / bt.ISAF).exists():
        print(f"error: {args.shared / bt.ISAF} not found (use --shared DIR)", file=sys.stderr)
        return 2
    from spacy.tokens import Doc

    from communique import Extractor
    from communique.config import load_config
    from communique.contract import to_dict
    from communique.pipeline import Pipeline
    from communique.scale.parallel import collector_for_a_run
    from communique.scale.worker import warm_up

    config = load_config(args.config)
    extractor = Extractor(config)
    warm_up(extractor.pipeline)
    lines = [json.dumps(r, ensure_ascii=False) for r in bt.short_records(args.shared, args.limit)]
    stages, k, before_parse, blobs, vocab = parsed_once(extractor, config, lines)
    times: dict[str, list[float]] = {}
    out = []
    # The collector as Extractor.pipe has it (scale.parallel.unswept): the loaded models out
    # of its reach (else full collections walk them, ~15 % of the events stage), young
    # objects collected less often
    with collector_for_a_run():
        for round_ in range(args.rounds + 1):
            docs = before_parse()
            for d, blob in zip(docs, blobs):
                if blob is not None:
                    d.workspace.spacy = Doc(vocab).from_bytes(blob)
                d.done.append("parse")
            row = {}
            prof = None
            if args.profile and round_ == args.rounds:
                prof = cProfile.Profile(time.process_time)
                prof.enable()
            for name, component in stages[k + 1:]:
                start = time.process_time()
                docs = list(Pipeline._run_stage(name, component, docs))
                row[name] = time.process_time() - start
            start = time.process_time()
            out = [to_dict(d) for d in docs]
            row["to_dict"] = time.process_time() - start
            if prof is not None:
                prof.disable()
            row["total"] = sum(row.values())
            if round_:   # (the first round warms per-process caches)
                for key, value in row.items():
                    times.setdefault(key, []).append(value)
    print(f"{len(lines)} documents, {args.rounds} rounds after a warm-up, CPU seconds per round")
    for key, values in times.items():
        print(f"  {key:10s} median {statistics.median(values):6.3f}  min {min(values):6.3f}  "
              + " ".join(f"{v:.3f}" for v in values))
    if prof is not None:
        for key in ("tottime", "cumulative"):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats(key).print_stats(args.profile)
            print(buf.getvalue())
        if args.profile_out:
            prof.dump_stats(str(args.profile_out))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for d in out:
                fh.write(json.dumps(d, sort_keys=True, ensure_ascii=False, default=str) + "\n")
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
