"""A place the tagger took for a person ("Goma", "Bukavu"): PETRARCH's Phoenix dictionary
codes such a name with its country alone, no sector (a city stands for its state, as the
field codes it), and the gazetteer knows a town of that name in that country.  The mention is
then the country's, as "Jordan" tagged as a person is the country, not a person."""

from __future__ import annotations

from ..document import Document, Mention
from .gazetteer import HOW_ALIAS, load_gazetteer
from .kb import KBEntry, KnowledgeBase
from .kb.dated_actors import split_code


def country_of_place_person(doc: Document, kb: KnowledgeBase, m: Mention) -> KBEntry | None:
    """The knowledge base's country whose town the person-tagged mention ``m`` names, or None."""
    if m.role or kb.dated is None:
        return None
    code = kb.dated.code_on(m.text, doc.published)
    if not code:
        return None
    country, sector, kind = split_code(code, kb.entries.keys())
    if kind != "country" or sector is not None or country is None:
        return None
    towns = [c for c in load_gazetteer().lookup(m.text)
             if c.how <= HOW_ALIAS and c.entry.kind in ("city", "admin2", "admin1")
             and c.entry.country == country]
    return kb.get(country) if towns else None
