"""A name no table of ours knows, read in PETRARCH-2's Phoenix actor dictionaries: "the Duma"
(RUSLEG), "the Bundestag" (DEUGOVLEG), by its role on the document's publication date."""

from __future__ import annotations

from ..document import Document
from .kb import KnowledgeBase
from .kb.dated_actors import split_code


def dated_name(doc: Document, kb: KnowledgeBase, name: str) -> tuple[str | None, str | None, str] | None:
    """(country, sector, kind) the dictionary gives ``name`` on the document's date, or None
    (also when it gives neither a country nor a sector)."""
    if kb.dated is None:
        return None
    code = kb.dated.code_on(name, doc.published)
    if not code:
        return None
    country, sector, kind = split_code(code, kb.entries.keys())
    return (country, sector, kind) if country or sector else None
