"""The clean stage: page debris out, every clean offset mapped back to the input."""

from __future__ import annotations

from ..config import Config, CleanConfig
from ..document import Document
from ..pipeline import stage
from .debris import find_debris
from .lines import split_lines
from .textmap import build_text


def clean_document(doc: Document, repeated_min: int = 3, repeated_max_chars: int = 200,
                   unwrap: bool = True) -> Document:
    """Fill ``doc.text``, ``doc.segments`` and ``doc.removed`` from ``doc.raw``."""
    raw = doc.raw
    lines = split_lines(raw)
    removed, whole = find_debris(raw, lines, repeated_min, repeated_max_chars)
    cuts = [(r.start, r.end) for r in removed]
    doc.text, doc.segments = build_text(raw, lines, whole, cuts, unwrap)
    doc.removed = removed
    if not doc.text.strip():
        # Nothing but buttons, captions and notices: there is no statement to code.
        doc.add_error("input.no_text",
                      f"{doc.source.label}: no text left after removing page debris "
                      f"({', '.join(sorted({r.reason for r in removed})) or 'blank'})", stage="clean")
    if doc.id is None:
        doc.id = doc.content_id()
    return doc


@stage("clean", requires=("raw",), sets=("text", "segments", "removed", "id"))
def clean_stage(settings: CleanConfig, config: Config):
    """Page debris out (captions, buttons, notices, link lists, repeated lines); offsets kept."""
    repeated_min = settings.repeated_line_min
    repeated_max = settings.repeated_line_max_chars
    unwrap = settings.unwrap_lines

    def clean(doc: Document) -> Document:
        return clean_document(doc, repeated_min, repeated_max, unwrap)

    return clean
