"""The events stage: PLOVER 2.0 / CAMEO events with attribution, modality and evidence."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from .coder import Coder
from .main_event import mark_main


@stage("events", requires=("spacy", "actors", "places", "dates"), sets=("events",))
def events_stage(settings, config):
    """PLOVER / CAMEO events with attribution, modality and evidence."""
    coder = Coder(settings, nlp_name=config.parse.model)

    def events(doc: Document) -> Document:
        return mark_main(coder(doc))

    return events
