"""Event clusters: the same event told by several documents.

Two events fall in one cluster when they have the same type, the same source and
target actors (by country code when known, else by case-folded name), the same
date and the same place.  The cluster id is a hash of that key, so it is the same
whichever document comes first and however often a run is restarted.
"""

from __future__ import annotations

import hashlib
from typing import Any


def _actor_key(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "?"
    if actor.get("country") and actor.get("kind") in ("country", "government"):
        return actor["country"].upper()
    return " ".join((actor.get("name") or "?").split()).casefold()


def _place_key(place: dict[str, Any] | None) -> str:
    if not place:
        return ""
    if place.get("geonameid"):
        return f"gn:{place['geonameid']}"
    return " ".join((place.get("name") or "").split()).casefold()


def event_cluster_key(event: dict[str, Any], actors: dict[str, dict], places: dict[str, dict]) -> str:
    """A readable key: TYPE|sources|targets|date|place."""
    sources = ",".join(sorted({_actor_key(actors.get(a)) for a in event.get("sources", [])}))
    targets = ",".join(sorted({_actor_key(actors.get(a)) for a in event.get("targets", [])}))
    return "|".join([
        (event.get("type") or "").upper(), sources, targets,
        event.get("date") or "", _place_key(places.get(event.get("place") or "")),
    ])


def event_cluster_id(key: str) -> str:
    return "evc_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
