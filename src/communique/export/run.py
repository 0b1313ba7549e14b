"""Write the archive's events in one of the export formats, streaming."""

from __future__ import annotations

import csv
import json
from typing import IO

from .. import rows
from ..store import Archive
from ..store.errors import StoreError
from ..store.search import Filters
from . import cameo, plover
from .records import iter_events

FORMATS = ("plover-jsonl", "cameo-tsv", "csv", "parquet", "geojson")
BINARY = ("parquet",)


def export(archive: Archive, fmt: str, out: IO, *, query: str | None = None,
           filters: Filters | None = None, coded_only: bool = False,
           selection=None, include_rejected: bool = False) -> dict[str, int]:
    """Write events to ``out`` (a binary stream for parquet, text otherwise).
    Returns counts: events read, rows written, events left out (and why).

    Events are written as reviewed (``review_status`` says how), or as the coder
    wrote them with ``coded_only``; ``selection`` and ``include_rejected``: see
    :func:`records.iter_events`."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    records = iter_events(archive, query, filters, coded_only=coded_only, selection=selection,
                          include_rejected=include_rejected)
    return _WRITERS[fmt](records, out)


def _plover(records, out) -> dict[str, int]:
    n = 0
    for rec in records:
        out.write(json.dumps(plover.record(rec), ensure_ascii=False, default=str) + "\n")
        n += 1
    return {"events": n, "rows": n}


def _cameo(records, out) -> dict[str, int]:
    w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(cameo.COLUMNS)
    events = rows = no_code = 0
    for rec in records:
        events += 1
        if not rec["event"]["cameo"]:
            no_code += 1  # a CAMEO row without an event code means nothing
            continue
        for r in cameo.rows(rec):
            w.writerow(r)
            rows += 1
    return {"events": events, "rows": rows, "without_cameo_code": no_code}


def _csv(records, out) -> dict[str, int]:
    w = csv.DictWriter(out, fieldnames=rows.COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for rec in records:
        w.writerow(rows.row(rec))
        n += 1
    return {"events": n, "rows": n}


def _parquet(records, out) -> dict[str, int]:
    n = rows.write_parquet((rows.row(rec) for rec in records), out)
    return {"events": n, "rows": n}


def _geojson(records, out) -> dict[str, int]:
    events = written = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for rec in records:
        events += 1
        place = rec["place"]
        if not place or place.get("lat") is None or place.get("lon") is None:
            continue
        props = rows.row(rec)
        for k in rows.GEOMETRY:
            props.pop(k)
        feature = {"type": "Feature", "id": rec["event"]["id"],
                   "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                   "properties": props}
        out.write(("\n" if not written else ",\n") + json.dumps(feature, ensure_ascii=False, default=str))
        written += 1
    out.write("\n]}\n")
    return {"events": events, "rows": written, "without_place": events - written}


_WRITERS = {"plover-jsonl": _plover, "cameo-tsv": _cameo, "csv": _csv, "parquet": _parquet,
            "geojson": _geojson}
