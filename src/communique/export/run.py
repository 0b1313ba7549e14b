"""Write the archive's events in one of the export formats, streaming."""

from __future__ import annotations

import csv
import json
from typing import IO

from dataclasses import replace

from .. import rows
from ..store import Archive
from ..store.errors import StoreError
from ..store.filters import Filters
from ..store.reader import Reader
from . import cameo, plover

FORMATS = ("plover-jsonl", "cameo-tsv", "csv", "parquet", "geojson")
BINARY = ("parquet",)


def export(source: Archive | Reader, fmt: str, out: IO, *, query: str | None = None,
           filters: Filters | None = None, coded_only: bool = False) -> dict[str, int]:
    """Write the events matching ``filters`` (and the full-text ``query``, the same as
    ``filters.q``) to ``out`` (a binary stream for parquet, text otherwise).  Returns
    counts: events read, rows written, events left out (and why).

    ``source``: an archive, or a reader over one (the workbench passes its own).  Events
    are written as reviewed (``review_status`` says how), or as the coder wrote them
    with ``coded_only`` (or a reader made so)."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    filters = filters or Filters()
    if query and query.strip():
        filters = replace(filters, q=query)
    filters.query()  # nothing to search for: an error before anything is written
    if isinstance(source, Reader):
        return _WRITERS[fmt](source.records(filters), out)
    return _WRITERS[fmt](_records(source, filters, coded_only), out)


def _records(archive: Archive, filters: Filters, coded_only: bool):
    # A generator: an error of the writer (a full disk) is not the archive's.
    with Reader.of(archive, coded_only=coded_only) as reader:
        yield from reader.records(filters)


def _plover(records, out) -> dict[str, int]:
    events = n = no_type = 0
    for rec in records:
        events += 1
        if not rec["event"]["type"]:
            # a CAMEO code with no PLOVER type (a claim or denial of responsibility, 015/016;
            # with petrarch_verbs = "only", any code the table maps to no type): no PLOVER
            # record can say what it is; the CAMEO export keeps it
            no_type += 1
            continue
        out.write(json.dumps(plover.record(rec), ensure_ascii=False, default=str) + "\n")
        n += 1
    return {"events": events, "rows": n, "without_plover_type": no_type}


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
