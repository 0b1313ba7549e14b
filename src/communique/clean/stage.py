"""First-pass cleaning: the raw text as is.  (Replaced by the debris cleaner.)"""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage


@stage("clean", requires=("raw",), sets=("text", "removed"))
def clean_stage(settings, config):
    """Page debris out, Unicode normalised, offsets kept."""

    def clean(doc: Document) -> Document:
        doc.text = doc.raw
        doc.segments = [(0, 0, len(doc.raw))]
        if doc.id is None:
            doc.id = doc.content_id()
        return doc

    return clean
