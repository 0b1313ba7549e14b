"""Actors: mentions resolved to canonical actors through the knowledge base.

Public helpers for later stages (the event coder):

* :func:`actors_in_span` — ids of actors mentioned inside a character span;
* :func:`resolve_phrase` — the actor a noun phrase denotes, created on demand;
* :func:`resolve_phrases` — the same for plural or coordinated phrases
  ("Hamas and Islamic Jihad", "US and British forces").

One actor stands for one real-world entity in a document: "Hamas", "Hamas
Movement" and "Hamas's" are one actor, and so are "PIJ" and "Islamic Jihad".
The work is split: :mod:`.actor_state` (ids, one actor per entity),
:mod:`.phrase_groups` and :mod:`.actor_phrases` (noun phrases), :mod:`.actor_linking` (mentions).
"""

from __future__ import annotations

from ..config import Config, ActorsConfig
from ..document import Document
from ..pipeline import stage
from .actor_linking import link_mentions, resolve_phrase_text
from .phrase_groups import resolve_phrase, resolve_phrases
from .actor_state import _state, actor_for_entry
from .issuers import kept_issuer_name, resolve_issuer_refs
from .office_issuers import settle_office_issuers
from .organ_names import merge_short_organ_names
from .shared_names import shared_short_names
from .kb import load_kb


def _section_at(doc: Document, at: int) -> str:
    """The section (title, header, signature, body) holding an offset."""
    return next((s.name for s in doc.sections if s.start <= at < s.end), "body")


def actors_in_span(doc: Document, start: int, end: int) -> list[str]:
    """Ids of actors with a mention overlapping ``[start, end)``, in text order.

    Each actor appears once, at the position of its first overlapping mention.
    """
    hits: list[tuple[int, str]] = []
    for a in doc.actors:
        first = next((s.start for s in a.mentions if s.start < end and s.end > start), None)
        if first is not None:
            hits.append((first, a.id))
    return [aid for _, aid in sorted(hits)]


# -- the stage -----------------------------------------------------------------
# Also reads structure's issuer_refs and issuer_spans when that stage ran (optional).
@stage("actors", requires=("spacy", "mentions"),
       sets=("actors", "issuers", "issuer_evidence", "mentions.actor", "kb"))
def actors_stage(settings: ActorsConfig, config: Config):
    """Mentions resolved to canonical actors (knowledge base, agents, roles, issuers)."""
    kb = load_kb(settings.user_kb, settings.fuzzy_threshold,
                 settings.petrarch_agents, settings.petrarch_actors)

    def actors(doc: Document) -> Document:
        doc.workspace.kb = kb
        doc.workspace.actor_state = None
        doc.actors = []
        link_mentions(doc, _state(doc), settings)
        doc.issuer_evidence = []
        issuers = resolve_issuer_refs(doc, doc.workspace.issuer_refs)
        for s, e in doc.workspace.issuer_spans:
            aid = resolve_phrase(doc, s, e, create=True)
            field = _section_at(doc, s)
            if aid is None and field in ("title", "header"):
                # a name the title gives as an issuer is kept even when nothing knows it
                aid = kept_issuer_name(doc, s, e)
            if aid:
                doc.issuer_evidence.append({"actor": aid, "field": field,
                                            "text": doc.text[s:e], "start": s, "end": e})
            if aid and aid not in issuers:
                issuers.append(aid)
        doc.issuers = issuers
        merge_short_organ_names(doc, _state(doc))   # the signature's short name too
        shared_short_names(doc)   # "Congo": the issuer's own, or the one its places say
        settle_office_issuers(doc, _state(doc))   # "Statement by the Spokesperson": whose?
        return doc

    return actors


__all__ = ["actors_in_span", "resolve_phrase", "resolve_phrases", "actor_for_entry",
           "link_mentions", "resolve_phrase_text"]
