"""Whose are a force's means ("troops backed by fire from US warships", "backed by air cover
from Russia"): a side named with them gives support.  A force's own means ("fire from their
own tanks") and means from a place ("artillery from Abeche", "fire from Congolese territory")
name no one who gives it: only a nation or organisation, a country's name or an actor noun
does, and not inside a phrase of a place noun (judged_sides place_nouns)."""

from __future__ import annotations

from ..resolve.api import load_gazetteer
from . import judged_sides
from .clause_parts import names_of
from .coding_kb import current_kb
from .cues import load_cues

_SIDES = ("NORP", "ORG")


def names_a_giver(m) -> bool:
    """Word ``m`` of a means' phrase names a side that could give them."""
    if m.pos_ == "PRON" or _in_a_place(m):
        return False
    if m.ent_type_ in _SIDES:
        return not _a_place_name(m)
    if m.ent_type_ == "GPE" or m.pos_ == "PROPN":
        return _a_country(m)
    return bool(names_of(m) & load_cues().actor_nouns)


def _in_a_place(m) -> bool:
    """``m`` is a place noun or hangs, at any depth below the verb, on one ("Congolese
    territory")."""
    places, w = judged_sides.load().place_nouns, m
    while w.pos_ not in ("VERB", "AUX"):
        if w.lower_ in places:
            return True
        if w.head.i == w.i:
            return False
        w = w.head
    return False


def _a_place_name(m) -> bool:
    """``m`` is in a name the parse took for a group's but that the knowledge base does not
    know and the gazetteer knows as a place ("artillery from Abeche" tagged ORG)."""
    if m.pos_ != "PROPN":
        return False
    name = _entity_text(m)
    return current_kb().best(name, fuzzy=False) is None and bool(load_gazetteer().lookup(name))


def _entity_text(m) -> str:
    ent = next((e for e in m.doc.ents if e.start <= m.i < e.end), None)
    return ent.text if ent is not None else m.text


def _a_country(m) -> bool:
    """``m`` is in a name of a country (a town's name is none: "artillery from Abeche")."""
    kb = current_kb()
    return any(kb.country(t) is not None for t in {m.text, _entity_text(m)})
