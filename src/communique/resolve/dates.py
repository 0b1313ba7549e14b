"""First-pass dates: spans only.  (Replaced by the date resolver.)"""

from __future__ import annotations

from ..document import DateMention, Document
from ..pipeline import stage


@stage("dates", requires=("mentions",), sets=("dates",))
def dates_stage(settings, config):
    """Date expressions resolved to ISO values with precision."""

    def dates(doc: Document) -> Document:
        doc.dates = [
            DateMention(m.start, m.end, m.text, None, None, reason="not resolved yet")
            for m in doc.mentions if m.label == "DATE"
        ]
        return doc

    return dates
