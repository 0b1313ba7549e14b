"""What stages hand each other that is not part of the output.

A :class:`Workspace` rides on every :class:`~communique.document.Document`
(``doc.workspace``).  Each field says which stage sets it and which read it; a stage
declares the fields it sets in ``@stage(..., sets=...)`` like the document's own fields,
and the pipeline can check that it changed nothing else (:mod:`communique.stage_check`).
Nothing here is serialised: a document leaving a worker process drops its workspace
(``scale.worker.strip``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:   # only for the annotation: the document model does not import spaCy
    from spacy.tokens import Doc as SpacyDoc


@dataclass
class Workspace:
    # parse sets the spaCy parse of ``doc.text``; mentions, actors, dates and events read it.
    spacy: SpacyDoc | None = None
    # actors sets the knowledge base it resolved with (a resolve.kb.KnowledgeBase, not
    # imported: this layer is below the stages), so events resolves with the same one.
    kb: Any = None
    # Indexes over ``doc.actors`` (resolve/actor_state.py), so a name seen twice gives one
    # actor.  Part of the actors annotation: actors resets and fills it; a later stage that
    # creates actors (events) extends it, and declares "actors".
    actor_state: Any = None
    # structure sets the date line's date: (start, end, resolved value or None); dates reads it.
    dateline_date: tuple[int, int, str | None] | None = None
    # structure sets the date line's place words (start, end); places reads them.
    dateline_place: tuple[int, int] | None = None
    # structure sets the phrases that may name the issuer (dicts: text, field, start/end,
    # person, office; see resolve/issuers.py) and the spans of organisations that issue the
    # statement; actors reads both.
    issuer_refs: list[dict[str, Any]] = field(default_factory=list)
    issuer_spans: list[tuple[int, int]] = field(default_factory=list)
    # dates sets ``[dates] event_date_fallback`` (month, day or none); events reads it through
    # resolve.dates.document_date_for_event.
    event_date_fallback: str | None = None
    # places sets why each unresolved place stayed so, by place id (also ``Place.reason``).
    place_reasons: dict[str, str] = field(default_factory=dict)
    # A cache of resolve.forums.forum_of (UN, EU, AU, ASEAN; "" for none; None: not looked
    # at yet).  It depends only on the title and text, so any stage may fill it.
    forum: str | None = None
    # The pipeline sets it when a stage failed on the document: the later stages pass it by.
    halted: bool = False
