"""A state's force with no country of its own ("police", "troops", "security forces") placed
by where it acts: "police arrested protesters in Nairobi" are Kenya's police, as event coders
read the location of an act of coercion; so are the police attacked there ("gunmen killed two
policemen in Peshawar": Pakistan's police, and the bare gunmen, facing them, none of theirs).
Run after the places are read
(:func:`place_actors.place_targets`), before the sentence's one country is spread."""

from __future__ import annotations

from ..document import Document
from .candidates import Candidate
from .place_actors import act_place_country

# Acts a state's force does on its own ground (arrests, dispersals, bans, raids): the place
# names its state.  An attack may well be abroad ("troops shelled villages in X").
_HOME_ACTS = {"COERCE"}
# Acts done to the police of the place they are done in.
_POLICE_HIT = {"ASSAULT", "COERCE"}
# Sectors of a state's forces of order and its authorities.
_FORCES = {"COP", "MIL", "GOV"}


def place_state_forces(doc: Document, cands: list[Candidate]) -> None:
    for c in cands:
        forces = _unplaced(doc, c.sources.actors, _FORCES) if c.trig.type in _HOME_ACTS else []
        if c.trig.type in _POLICE_HIT:
            # "gunmen killed three policemen in Peshawar": the police of the place attacked
            forces += _unplaced(doc, c.targets.actors, {"COP"})
        if not forces:
            continue
        country = act_place_country(doc, c)
        for a in forces if country else ():
            a.country = country


def _unplaced(doc: Document, ids: list[str], sectors: set[str]) -> list:
    """The generic state agents of these sectors among ``ids`` with no country."""
    return [a for a in map(doc.actor, ids) if a is not None and not a.country and not a.known
            and a.kind == "government" and (a.sector or "")[:3] in sectors]
