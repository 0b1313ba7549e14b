"""First-pass mentions: spaCy entities.  (Replaced by the mention finder.)"""

from __future__ import annotations

from ..document import Document, Mention
from ..pipeline import stage


@stage("mentions", requires=("spacy",), sets=("mentions",))
def mentions_stage(settings, config):
    """Named entities with spans, roles from appositions, acronyms tied to long forms."""
    labels = set(settings["labels"])

    def mentions(doc: Document) -> Document:
        sdoc = doc.scratch["spacy"]
        doc.mentions = [
            Mention(e.start_char, e.end_char, e.label_, e.text)
            for e in sdoc.ents if e.label_ in labels
        ]
        return doc

    return mentions
