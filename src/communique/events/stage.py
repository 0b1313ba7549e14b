"""First-pass events: none.  (Replaced by the event coder.)"""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage


@stage("events", requires=("spacy", "actors", "places", "dates"), sets=("events",))
def events_stage(settings, config):
    """PLOVER / CAMEO events with attribution, modality and evidence."""

    def events(doc: Document) -> Document:
        doc.events = []
        return doc

    return events
