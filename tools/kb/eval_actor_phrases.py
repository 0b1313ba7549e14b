"""Score actor resolution on the PLOVER gold sources/targets (dev split only).

For each gold actor text found in the record, the noun phrase around it is
resolved with ``resolve_phrase``; country (ISO3) and CAMEO sector are compared
with the gold.  Usage: python tools/kb/eval_actor_phrases.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from communique import Extractor
from communique.config import load_config
from communique.resolve.actors import resolve_phrases

GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval-data" / "gold" / "plover_gsr.dev.jsonl"


def _phrase(doc, start: int, end: int) -> tuple[int, int]:
    sdoc = doc.scratch["spacy"]
    for chunk in sdoc.noun_chunks:
        if chunk.start_char <= start and end <= chunk.end_char:
            return chunk.start_char, chunk.end_char
    return start, end


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=25, help="misses to print")
    args = ap.parse_args()
    ex = Extractor(load_config())
    n = found = country_ok = sector_n = sector_ok = 0
    misses = []
    sector_misses = []
    rows = [json.loads(x) for x in GOLD.read_text("utf-8").splitlines() if x.strip()]
    for r in rows[: args.limit or None]:
        doc = ex.extract_text(r["text"])
        for gold in r["event"]["sources"] + r["event"]["targets"]:
            t = gold.get("text")
            if not t or t not in doc.text:
                continue
            n += 1
            s = doc.text.index(t)
            ids = resolve_phrases(doc, *_phrase(doc, s, s + len(t)))
            # Of several actors (a coordination), the one mentioned over the gold text.
            pick = [i for i in ids if any(m.start < s + len(t) and m.end > s
                                          for m in doc.actor(i).mentions)]
            aid = (pick or ids or [None])[0]
            a = doc.actor(aid) if aid else None
            found += a is not None
            got = a.country if a else None
            if got == gold.get("country"):
                country_ok += 1
            else:
                misses.append((t, gold.get("country"), got))
            if gold.get("sector"):
                sector_n += 1
                ok = bool(a and a.sector == gold["sector"])
                sector_ok += ok
                if not ok:
                    sector_misses.append((doc.text[slice(*_phrase(doc, s, s + len(t)))],
                                          gold["sector"], a.sector if a else None))
    print(f"actor texts: {n}; resolved to an actor: {found / n:.3f}; "
          f"country accuracy: {country_ok / n:.3f}; sector accuracy (where gold has one, "
          f"n={sector_n}): {sector_ok / max(sector_n, 1):.3f}")
    for m in misses[: args.show]:
        print("  country miss:", m)
    for m in sector_misses[: args.show]:
        print("  sector miss:", m)


if __name__ == "__main__":
    main()
