"""The events stage: PLOVER 2.0 / CAMEO events with attribution, modality and evidence."""

from __future__ import annotations

from ..config import Config, EventsConfig
from ..document import Document
from ..pipeline import stage
from ..resolve.api import own_voices
from .coder import Coder
from .main_event import mark_main


# The coder creates actors for the parties it finds (and fills in their country), so it
# declares actors and the mentions' links to them.  It also reads the date line (optional).
@stage("events", requires=("spacy", "actors", "kb", "places", "dates", "event_date_fallback"),
       sets=("events", "actors", "mentions.actor"))
def events_stage(settings: EventsConfig, config: Config):
    """PLOVER / CAMEO events with attribution, modality and evidence."""
    coder = Coder(settings, nlp_name=config.parse.model)

    def events(doc: Document) -> Document:
        doc = coder(doc)
        own_voices(doc)   # "The Spokesperson condemned ...": the issuer's own, once made
        return mark_main(doc)

    return events
