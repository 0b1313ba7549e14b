"""First-pass places: unresolved names.  (Replaced by the gazetteer.)"""

from __future__ import annotations

from ..document import Document, Place, Span
from ..pipeline import stage


@stage("places", requires=("mentions",), sets=("places",))
def places_stage(settings, config):
    """Place mentions resolved to gazetteer entries."""

    def places(doc: Document) -> Document:
        by_name: dict[str, Place] = {}
        for m in doc.mentions:
            if m.label not in ("GPE", "LOC", "FAC"):
                continue
            p = by_name.get(m.text)
            if p is None:
                p = by_name[m.text] = Place(f"p{len(by_name) + 1}", m.text, confidence=0.0)
            p.mentions.append(Span(m.start, m.end))
            m.place = p.id
        doc.places = list(by_name.values())
        return doc

    return places
