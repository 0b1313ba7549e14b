"""Whether a name the knowledge base matched only loosely (a skeleton or fuzzy hit on a
country) may be a misspelt country: not when the gazetteer knows it, by its own name, as a
place of another country ("Nakuru", a Kenyan town, is not "Nauru" misspelt)."""

from __future__ import annotations

from .gazetteer import HOW_NAME, load_gazetteer
from .kb import Match

_LOOSE = ("skeleton", "fuzzy")


def drop_known_places(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` without the loose country hits that ``text``, a place the gazetteer
    names, does not denote."""
    if not any(m.how in _LOOSE and m.entry.kind == "country" for m in matches):
        return matches
    places = {c.entry.country for c in load_gazetteer().lookup(text) if c.how <= HOW_NAME}
    if not places:
        return matches
    return [m for m in matches if not (m.how in _LOOSE and m.entry.kind == "country"
                                       and m.entry.country not in places)]
