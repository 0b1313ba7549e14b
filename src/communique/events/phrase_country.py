"""A group with no country of its own placed by the country its phrase locates it in
("refugees fleeing the war in X", "parties to the conflict in X")."""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document

# Kinds of actors a phrase may place in a country, and the prepositions that do it.
_PLACEABLE_KINDS = {"group", "armed_group", "organization", "party"}
_LOCATING_PREPS = {"in", "of", "from", "inside", "within"}


def place_by_phrase(doc: Document, h, aid: str, base: int, mentions_at: Callable[[int], list]) -> None:
    """Give actor ``aid`` (named by the phrase headed by ``h``; ``base``: the parse's offset in
    the text) the country of a place or country named after its head in a locating phrase,
    when it is a group with no country and not a known actor."""
    a = doc.actor(aid)
    if a is None or a.country or a.known or a.kind not in _PLACEABLE_KINDS:
        return
    for t in h.subtree:
        if t.i <= h.i or t.ent_type_ not in ("GPE", "LOC"):
            continue
        prep = next((x for x in t.ancestors if x.dep_ == "prep"), None)
        if prep is None or prep.lower_ not in _LOCATING_PREPS or prep.i < h.i:
            continue
        at = base + t.idx
        for m in mentions_at(at):
            place = doc.place(m.place) if m.place else None
            other = doc.actor(m.actor) if m.actor else None
            country = (other.country if other is not None and other.kind == "country"
                       else place.country if place is not None else None)
            if country:
                a.country = country
                return
