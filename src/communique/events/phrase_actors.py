"""The actors a phrase's words name, read from the resolve stage's public API.

``resolve_span`` resolves a phrase (a place named as a target stays a place: no actor is
made for it); ``place_country_actor`` gives a place named as a target its country's actor
("visited Amman", "attack on Gaza"); ``actors_overlapping`` the actors mentioned inside.
"""

from __future__ import annotations

import re

from ..document import Document, Span
# The resolve stage's helpers, through its public API.
from ..resolve.api import actor_for_entry as _actor_for_entry
from ..resolve.api import actors_in_span as _actors_in_span
from ..resolve.api import load_kb
from ..resolve.api import resolve_phrases as _resolve_phrases


def actors_overlapping(doc: Document, start: int, end: int) -> list[str]:
    return list(_actors_in_span(doc, start, end))


def is_place_name(doc: Document, start: int, end: int) -> bool:
    """The phrase is (the) name of a place the actors stage left as a place ("Gaza")."""
    core = doc.text[start:end]
    for m in doc.mentions:
        if m.place and not m.actor and m.start >= start and m.end <= end and len(m.text) >= len(core) - 4:
            return True
    return False


def place_country_actor(doc: Document, start: int, end: int) -> list[str]:
    """For a place named as a target ("visited Amman", "attack on Gaza"): its country's actor."""
    kb = doc.workspace.kb
    if kb is None:
        try:
            kb = load_kb()
        except Exception:  # the KB is another stage's; never fail the coder on it
            return []
    for m in doc.mentions:
        if m.place and m.start >= start and m.end <= end:
            p = doc.place(m.place)
            if p is None:
                continue
            entry = kb.get(p.country) if p.country else _country_by_compass(kb, m.text)
            if entry is not None:
                actor = _actor_for_entry(doc, entry)
                # The place's words are the actor's evidence: no actor without a mention,
                # and the mention says whom it stands for here.
                add_mention(actor, m.start, m.end)
                if m.actor is None:
                    m.actor = actor.id
                return [actor.id]
    return []


_COMPASS = re.compile(r"^(?:(?:north|south|east|west|northern|southern|eastern|western|central|"
                      r"upper|lower|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)+", re.I)


def _country_by_compass(kb, name: str):
    """ "South Lebanon", "northern Iraq": a part of a country named by its direction,
    when the gazetteer gave the place no country."""
    rest = _COMPASS.sub("", name.strip())
    if rest == name.strip() or not rest:
        return None
    return kb.country(rest)


def add_mention(actor, start: int, end: int) -> None:
    if not any(s.start == start and s.end == end for s in actor.mentions):
        actor.mentions.append(Span(start, end))
        actor.mentions.sort(key=lambda s: s.start)


def capital_government(doc: Document, start: int, end: int) -> list[str]:
    """A capital named where a government is meant ("criticised Beijing", "urged Tehran"):
    the government of its country; [] for any other place."""
    kb = doc.workspace.kb
    if kb is None:
        return []
    name = doc.text[start:end].strip()
    if name[:4].lower() == "the ":
        name = name[4:]
    if not any(m.how == "capital" and m.entry.kind == "country" for m in kb.exact(name)):
        return []
    return list(_resolve_phrases(doc, start, end, create=True))


def resolve_span(doc: Document, start: int, end: int) -> list[str]:
    # A place named as a target stays a place: no actor is made for it.
    create = not is_place_name(doc, start, end)
    return list(_resolve_phrases(doc, start, end, create=create))
