"""CAMEO rows in the column layout of the Phoenix event data.

TSV is dyadic: an event with several sources or targets becomes one row per
source-target pair.  QuadClass and GoldsteinScore come from the CAMEO root code
(``communique.cameo_scale``).
ReviewStatus, after the Phoenix columns, says whether a person reviewed the event.
"""

from __future__ import annotations

import itertools
from typing import Any

from ..cameo_scale import goldstein, quad_class, root_of

COLUMNS = ["EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
           "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
           "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass",
           "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode",
           "SentenceID", "URLs", "NewsSources", "ReviewStatus"]


def _actor_codes(actor: dict[str, Any] | None) -> tuple[str, str, str, str]:
    """(Full, Entity, Role, Attribute) in the Phoenix style: entity is the
    country (or IGO/NGO), role the sector; full is their concatenation."""
    if not actor:
        return "", "", "", ""
    entity = (actor.get("country") or "").upper()
    if not entity and actor.get("kind") in ("igo", "ngo"):
        entity = actor["kind"].upper()
    role = (actor.get("sector") or "").upper()
    return entity + role, entity, role, ""


def rows(rec: dict[str, Any]) -> list[list[Any]]:
    e, doc, place = rec["event"], rec["document"], rec["place"] or {}
    code = e["cameo"] or ""
    date = e["date"] or doc["published"] or ""
    year, month, day = (date.split("-") + ["", "", ""])[:3]
    pairs = list(itertools.product(rec["sources"] or [None], rec["targets"] or [None]))
    out = []
    for n, (src, tgt) in enumerate(pairs, start=1):
        event_id = e["id"] if len(pairs) == 1 else f"{e['id']}#{n}"
        out.append([
            event_id, date.replace("-", ""), year, month, day, *_actor_codes(src),
            *_actor_codes(tgt), code, root_of(code) or "", quad_class(code) or "",
            "" if goldstein(code) is None else goldstein(code), "",
            _num(place.get("lat")), _num(place.get("lon")), place.get("name") or "",
            place.get("admin1") or "", place.get("country") or "",
            f"{e['document_id']}_{e['evidence_start']}", doc["url"] or doc["path"] or "",
            doc["sitename"] or "", e.get("review_status", "coded"),
        ])
    return out


def _num(x) -> Any:
    return "" if x is None else x
