"""First-pass actors: one actor per distinct name.  (Replaced by the knowledge base.)"""

from __future__ import annotations

from ..document import Actor, Document, Span
from ..pipeline import stage

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}


@stage("actors", requires=("mentions",), sets=("actors", "issuers"))
def actors_stage(settings, config):
    """Mentions resolved to canonical actors."""

    def actors(doc: Document) -> Document:
        by_name: dict[str, Actor] = {}
        for m in doc.mentions:
            if m.label not in _KIND:
                continue
            a = by_name.get(m.text)
            if a is None:
                a = by_name[m.text] = Actor(f"a{len(by_name) + 1}", m.text, _KIND[m.label])
            a.mentions.append(Span(m.start, m.end))
            m.actor = a.id
        doc.actors = list(by_name.values())
        return doc

    return actors
