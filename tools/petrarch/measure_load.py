"""Measure how long the compiled PETRARCH-2 dictionaries take to load and what memory they hold.

    .venv/bin/python tools/petrarch/measure_load.py

Prints wall and CPU seconds per file group (CPU is the honest figure on a shared machine)
and the growth of the process's peak resident memory.  Target (issue 13): < 1 s, < 150 MB.
"""

from __future__ import annotations

import resource
import time


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from communique.events.dictionary import load_verb_dictionary
    from communique.resolve.kb.dated_actors import load_agents, load_dated_actors

    before = _rss_mb()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    sizes = []
    for name, load in (("verbs", load_verb_dictionary), ("actors", load_dated_actors),
                       ("agents", load_agents)):
        w, c = time.perf_counter(), time.process_time()
        got = load()
        n = len(got.names) if name == "actors" else len(got)
        sizes.append(n)
        print(f"{name:7s} {n:7,d} items  wall {time.perf_counter() - w:.3f} s  cpu {time.process_time() - c:.3f} s")
    print(f"total   wall {time.perf_counter() - wall0:.3f} s  cpu {time.process_time() - cpu0:.3f} s")
    print(f"peak resident memory: {before:.0f} MB before, {_rss_mb():.0f} MB after "
          f"(+{_rss_mb() - before:.0f} MB)")


if __name__ == "__main__":
    main()
