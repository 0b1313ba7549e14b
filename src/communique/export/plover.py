"""PLOVER JSON records, laid out as the PLOVER specification and its gold
standard records (PLOVER_GSR) do: ``id``, ``date``, ``event``, ``mode``,
``context``, ``source``/``target`` lists of ``{actorText, code, sector}``,
``eventLoc``, ``text`` (the evidence), with communique's evidence offsets,
attribution, provenance and ``reviewStatus`` (coded, confirmed, corrected, added)
added.  Null fields are left out, as in the GSR."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def _actor(a: dict[str, Any]) -> dict[str, Any]:
    return _compact({"actorText": a["name"], "code": (a.get("country") or None),
                     "sector": a.get("sector"), "kind": a.get("kind"), "wikidata": a.get("wikidata"),
                     "actorId": a["id"]})


def record(rec: dict[str, Any]) -> dict[str, Any]:
    e, doc, place = rec["event"], rec["document"], rec["place"]
    spans = e.get("field_evidence") or {}
    # The words that name the event: the coder files them under "type" (or "event"/"trigger").
    trigger = spans.get("type") or spans.get("event") or spans.get("trigger")
    event_text = None
    if trigger:
        text = e["evidence_text"]
        base = e["evidence_start"]
        event_text = " ".join(text[s["start"] - base:s["end"] - base] for s in trigger
                              if base <= s["start"] <= s["end"] <= base + len(text)) or None
    coded = doc["coded_at"]
    return _compact({
        "id": e["id"],
        "date": e["date"] or doc["published"],
        "datePrecision": e["date_precision"],
        "event": e["type"],
        "mode": e["mode"],
        "context": [],
        "cameo": e["cameo"],
        "source": [_actor(a) for a in rec["sources"]] or None,
        "target": [_actor(a) for a in rec["targets"]] or None,
        "eventText": event_text,
        "eventLoc": None if not place else _compact({
            "placeName": place["name"], "lat": place["lat"], "lon": place["lon"],
            "geonameid": place["geonameid"], "countryCode": place["country"],
            "admin1": place["admin1"], "precision": place["precision"]}),
        "text": e["evidence_text"],
        "textInfo": {"documentId": e["document_id"], "start": e["evidence_start"],
                     "end": e["evidence_end"], "fieldEvidence": e.get("field_evidence") or {}},
        "status": e["status"],
        "claimedBy": [_actor(a) for a in rec["claimed_by"]] or None,
        "negated": e["negated"] or None,
        "confidence": e["confidence"],
        "eventCluster": _compact({"id": e["cluster_id"], "sourceCount": rec["cluster_size"]}) or None,
        "language": doc["language"],
        "publication": doc["sitename"] or doc["url"] or doc["path"],
        "title": doc["title"],
        "coder": "communique",
        "version": doc["coding_version"],
        "dateCoded": coded.date().isoformat() if isinstance(coded, datetime) else coded,
        "reviewStatus": e.get("review_status", "coded"),
    })


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != {} or k == "context"}
