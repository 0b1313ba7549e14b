"""Load time and memory of the places gazetteer and the actors' knowledge base.

    .venv/bin/python benchmarks/gazetteer_load.py [--runs 3]

Each run is a new Python process that imports the gazetteer, loads it
(``load_gazetteer()``) and loads the knowledge base (``load_kb()``), as the
first document of a new process does:

* ``fresh``: with an empty cache folder (``COMMUNIQUE_CACHE`` pointing at a new
  temporary folder): the gazetteer is built from the package tables, as in CI
  and for every new user;
* ``cached``: the same folder again, so the gazetteer is read from the cache the
  fresh run wrote.

It prints the median over the runs of the wall-clock time (imports included),
the CPU time of the process (the fairer figure on a machine shared with other
work), the gazetteer's own build or load time, the knowledge base's, the peak
resident memory of the process (``ru_maxrss``) and its resident memory once both
are loaded, as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = r"""
import json, resource, time
w0, c0 = time.perf_counter(), time.process_time()
from communique.resolve.gazetteer import load_gazetteer
from communique.resolve.kb import load_kb
w1 = time.perf_counter()
g = load_gazetteer()
w2 = time.perf_counter()
kb = load_kb()
w3 = time.perf_counter()
try:  # resident memory once loaded (Linux)
    with open("/proc/self/statm") as fh:
        rss_now = int(fh.read().split()[1]) * resource.getpagesize() / 2**20
except OSError:
    rss_now = float("nan")
print(json.dumps({
    "rss_now_mb": rss_now,
    "wall": w3 - w0, "cpu": time.process_time() - c0, "imports": w1 - w0,
    "gazetteer": w2 - w1, "kb": w3 - w2, "entries": len(g),
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""

LIMIT_SECONDS = 2.0
LIMIT_MB = 400


def run_once(cache_dir: str) -> dict:
    env = {**os.environ, "COMMUNIQUE_CACHE": cache_dir}
    env.pop("COMMUNIQUE_NO_CACHE", None)
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs of each kind (median shown)")
    args = ap.parse_args()

    fresh, cached = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="communique-gaz-") as d:
            fresh.append(run_once(d))
            cached.append(run_once(d))

    print(f"gazetteer + knowledge base load, median of {args.runs} runs "
          f"({fresh[0]['entries']:,} gazetteer entries; limits {LIMIT_SECONDS:.0f} s, "
          f"{LIMIT_MB} MB)\n")
    print("| load | wall s | CPU s | imports s | gazetteer s | KB s | peak RSS MB | RSS after MB |")
    print("|---|---|---|---|---|---|---|---|")
    for name, rows in (("fresh (no cache)", fresh), ("cached", cached)):
        print(f"| {name} | {median(rows, 'wall'):.2f} | {median(rows, 'cpu'):.2f} | "
              f"{median(rows, 'imports'):.2f} | {median(rows, 'gazetteer'):.2f} | "
              f"{median(rows, 'kb'):.2f} | {median(rows, 'rss_mb'):.0f} | "
              f"{median(rows, 'rss_now_mb'):.0f} |")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{os.cpu_count()} CPUs, load average {load:.2f} at the end of the runs")


if __name__ == "__main__":
    main()
