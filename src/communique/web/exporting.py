"""Export buttons of the events table.

The archive's own exporters (``communique export``) are used when the store
provides them; until then the table's rows are written here as JSONL (one
event per line, ``communique.document/1`` event fields plus document id) or CSV.
"""

from __future__ import annotations

import csv
import json

BATCH = 500
CSV_FIELDS = ("document_id", "event_id", "date", "type", "mode", "cameo", "sources", "targets",
              "place", "status", "negated", "confidence", "evidence", "review")


def formats() -> list[str]:
    return ["jsonl", "csv"]


def _rows(archive, f):
    offset = 0
    while True:
        page = archive.events(f, offset, BATCH)
        yield from page.rows
        offset += BATCH
        if offset >= page.total or not page.rows:
            return


def export(archive, fmt: str, f, out, reviewed=None) -> int:
    """Write the events matching ``f`` (the archive's own filters; this module is used by
    the archive, so it does not import it); ``reviewed`` maps rows to their reviewed values."""
    rows = _rows(archive, f)
    if reviewed is not None:
        rows = reviewed(rows)
    n = 0
    if fmt == "jsonl":
        for r in rows:
            e = r["event"]
            out.write(json.dumps({"document_id": r["document_id"], **e,
                                  "source_names": [r["actor_names"].get(a, a) for a in e.get("sources", [])],
                                  "target_names": [r["actor_names"].get(a, a) for a in e.get("targets", [])],
                                  "place_name": r.get("place_name")}, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(CSV_FIELDS)
        for r in rows:
            e = r["event"]
            names = r["actor_names"]
            w.writerow([r["document_id"], e["id"], e.get("date") or r.get("published") or "", e["type"],
                        e.get("mode") or "", e.get("cameo") or "",
                        "; ".join(names.get(a, a) for a in e.get("sources", [])),
                        "; ".join(names.get(a, a) for a in e.get("targets", [])),
                        r.get("place_name") or "", e.get("status"), e.get("negated"), e.get("confidence"),
                        (e.get("evidence") or {}).get("text", ""),
                        (e.get("review") or {}).get("decision", "")])
            n += 1
    else:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(formats())}")
    return n
