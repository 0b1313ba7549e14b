"""Measure how long the gazetteer takes to load and how much memory it holds.

    .venv/bin/python tools/gazetteer/measure_load.py          # as users get it (cache on)
    COMMUNIQUE_NO_CACHE=1 .venv/bin/python tools/gazetteer/measure_load.py   # a cold build

Prints wall and CPU seconds (CPU is the honest figure on a shared machine) and the
process's peak resident memory before and after the load.
"""

from __future__ import annotations

import resource
import time


def main() -> None:
    import communique.resolve.places  # noqa: F401  (the imports the stage needs anyway)

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall, cpu = time.perf_counter(), time.process_time()
    from communique.resolve.gazetteer import load_gazetteer

    g = load_gazetteer()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"entries {len(g):,}  names {len(g.slots):,}")
    print(f"load: wall {wall:.2f} s, cpu {cpu:.2f} s")
    print(f"peak resident memory: {before:.0f} MB before, {after:.0f} MB after")


if __name__ == "__main__":
    main()
