"""Score actor resolution on gold data (dev splits only).

1. PLOVER GSR: for each gold source/target text found in the record, the noun
   phrase around it is resolved with ``resolve_phrases``; country (ISO3) and
   CAMEO sector are compared with the gold.
2. PLOVER GSR and PETRARCH2 GSR: document-level country recall: the share of
   gold source/target countries that some actor of the document carries.

Usage: python tools/kb/eval_actor_phrases.py [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from communique import Extractor
from communique.config import load_config
from communique.resolve.actors import resolve_phrases

GOLD_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval-data" / "gold"
GOLD = GOLD_DIR / "plover_gsr.dev.jsonl"
PETR = GOLD_DIR / "petr2_gsr.dev.jsonl"


def country_recall(ex, rows, golds) -> tuple[int, int]:
    """(found, total) gold countries among the document's actors."""
    found = total = 0
    for r in rows:
        doc = ex.extract_text(r["text"])
        have = {a.country for a in doc.actors if a.country}
        for c in golds(r):
            if c:
                total += 1
                found += c in have
    return found, total


def _phrase(doc, start: int, end: int) -> tuple[int, int]:
    sdoc = doc.workspace.spacy
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
    plover = lambda r: [g.get("country") for g in r["event"]["sources"] + r["event"]["targets"]]
    f, t = country_recall(ex, rows[: args.limit or None], plover)
    print(f"plover_gsr document-level country recall: {f / t:.3f} ({f}/{t})")
    if PETR.exists():
        prow = [json.loads(x) for x in PETR.read_text("utf-8").splitlines() if x.strip()]
        petr = lambda r: [c for k in r.get("codings", [])
                          for c in (k.get("source_country"), k.get("target_country"))]
        f, t = country_recall(ex, prow[: args.limit or None], petr)
        print(f"petr2_gsr document-level country recall: {f / t:.3f} ({f}/{t})")
    for m in misses[: args.show]:
        print("  country miss:", m)
    for m in sector_misses[: args.show]:
        print("  sector miss:", m)


if __name__ == "__main__":
    main()
