"""First-pass structure: title only.  (Replaced by the press-release parser.)"""

from __future__ import annotations

from ..document import Document, Section
from ..pipeline import stage


@stage("structure", requires=("text",), sets=("sections", "title", "published", "issuer_names"))
def structure_stage(settings, config):
    """Title, header, date line, body, signature; publication date; issuers."""

    def structure(doc: Document) -> Document:
        first = doc.text.lstrip().split("\n", 1)[0].strip()
        doc.title = doc.source.title_hint or first or None
        doc.published = doc.source.published_hint or doc.source.date_hint
        doc.sections = [Section("body", 0, len(doc.text))]
        doc.scratch["issuer_names"] = []
        return doc

    return structure
