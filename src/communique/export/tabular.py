"""One flat row per event, for CSV and Parquet: list fields joined with '; '."""

from __future__ import annotations

import json
from typing import Any

from .cameo import goldstein, quad_class

SEP = "; "

COLUMNS = ["event_id", "document_id", "date", "date_precision", "type", "mode", "cameo",
           "quad_class", "goldstein", "status", "negated", "confidence",
           "source_actors", "source_countries", "source_sectors",
           "target_actors", "target_countries", "target_sectors", "claimed_by",
           "place", "place_country", "lat", "lon", "geonameid",
           "evidence", "evidence_start", "evidence_end", "field_evidence",
           "title", "published", "url", "path", "event_cluster", "cluster_sources",
           "pattern", "coding_version", "review_status"]


def _join(actors: list[dict[str, Any]], key: str) -> str:
    return SEP.join(a.get(key) or "" for a in actors)


def row(rec: dict[str, Any]) -> dict[str, Any]:
    e, doc, place = rec["event"], rec["document"], rec["place"] or {}
    return {
        "event_id": e["id"], "document_id": e["document_id"], "date": e["date"],
        "date_precision": e["date_precision"], "type": e["type"], "mode": e["mode"],
        "cameo": e["cameo"], "quad_class": quad_class(e["cameo"]), "goldstein": goldstein(e["cameo"]),
        "status": e["status"], "negated": bool(e["negated"]), "confidence": e["confidence"],
        "source_actors": _join(rec["sources"], "name"),
        "source_countries": _join(rec["sources"], "country"),
        "source_sectors": _join(rec["sources"], "sector"),
        "target_actors": _join(rec["targets"], "name"),
        "target_countries": _join(rec["targets"], "country"),
        "target_sectors": _join(rec["targets"], "sector"),
        "claimed_by": _join(rec["claimed_by"], "name"),
        "place": place.get("name"), "place_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"), "geonameid": place.get("geonameid"),
        "evidence": e["evidence_text"], "evidence_start": e["evidence_start"],
        "evidence_end": e["evidence_end"],
        "field_evidence": json.dumps(e.get("field_evidence") or {}, sort_keys=True),
        "title": doc["title"], "published": doc["published"], "url": doc["url"],
        "path": doc["path"], "event_cluster": e["cluster_id"], "cluster_sources": rec["cluster_size"],
        "pattern": e["pattern"], "coding_version": doc["coding_version"],
        "review_status": e.get("review_status", "coded"),
    }
