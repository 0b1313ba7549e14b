"""How many events' triggers come from the compiled PETRARCH dictionaries, per dev set.

    .venv/bin/python tools/petrarch/dict_share.py [--config FILE] [SET ...]

Codes each set's dev records as `communique evaluate` does (the set's own overrides on top
of the configuration) and counts the events whose pattern id starts with ``petrarch:``
(a verb dictionary's pattern or default code) against all events, and beside them the
events of an own pattern whose CAMEO code the dictionary refined (``field_evidence.cameo``,
``petrarch_verbs = "refine"``).  Default sets:
plover_gsr petr2_gsr isaf petr_unit.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter


def main(argv: list[str] | None = None) -> int:
    from communique.config import load_config
    from communique.errors import CommuniqueError
    from communique.evaluate.registry import gold_sets
    from communique.evaluate.run import code, find_gold_dir, read_records
    from communique.extract import Extractor

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", default=["plover_gsr", "petr2_gsr", "isaf", "petr_unit"])
    ap.add_argument("--config", help="a TOML file layered over the default configuration")
    a = ap.parse_args(argv)
    try:
        config = load_config(a.config) if a.config else load_config()
        gold_dir = find_gold_dir()
        total = Counter()
        for name in a.sets:
            g = gold_sets()[name]
            recs = g.records(gold_dir, "dev") if g.records is not None else read_records(gold_dir, name, "dev")
            outs = code(g, recs, Extractor(config.with_overrides(g.overrides)))
            events = [e for o in outs for e in o.get("events") or []]
            n_dict = sum(1 for e in events if str(e.get("pattern") or "").startswith("petrarch:"))
            n_code = sum(1 for e in events if "cameo" in (e.get("field_evidence") or {}))
            total["events"] += len(events)
            total["dict"] += n_dict
            total["code"] += n_code
            print(f"{name:12s} {n_dict:5d} of {len(events):5d} events from the dictionaries "
                  f"({100 * n_dict / max(1, len(events)):.1f} %); {n_code} more with their code "
                  f"({100 * n_code / max(1, len(events)):.1f} %)")
        print(f"{'all':12s} {total['dict']:5d} of {total['events']:5d} "
              f"({100 * total['dict'] / max(1, total['events']):.1f} %); {total['code']} more with their code "
              f"({100 * total['code'] / max(1, total['events']):.1f} %)")
    except (CommuniqueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
