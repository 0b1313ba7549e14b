"""Modality and attribution: what the clause's status does to an event's type, and
who claims the event.

* A promised cooperative act is AGREE and an announced hostile act THREATEN, with
  the CAMEO "intent" code (``[intent]`` in plover.toml); status stays ``intended``.
  A negated act of a type with a refusal ("would not give permission") is that refusal.
* In a statement with issuers, an event whose sources are not issuers is
  ``reported`` with ``claimed_by`` = the issuers; "X said that ..." makes it
  ``reported`` with ``claimed_by`` = X, unless X is its source.
"""

from __future__ import annotations

from ..document import Document
from .cameo_parallel import parallel_code
from .candidates import Candidate
from .cues import Cues
from .ontology import Ontology
from .found import Found
from .referents import Referents

# Acts a narrator's plain future reports as planned, coded as the act (a meeting, a visit).
_PLANNED_TYPES = {"CONSULT"}


def modal_reading(ontology: Ontology, type_: str, mode: str | None, cameo: str,
                  c: Candidate) -> tuple[str, str | None, str, str, bool]:
    """(type, mode, cameo, status, negated) once negation, purpose and intent are read."""
    status = c.modality.status
    negated = c.modality.negated
    content = cameo
    if negated and type_ in ontology.negated:
        # "would not give permission": a refusal (before intent: it is no promise)
        type_, cameo = ontology.negated[type_]
        mode, negated = None, False
    if c.modality.purpose and status == "asserted":
        status = "intended"   # the aim of another act; its type stays
    elif status in ("intended", "hypothetical") and type_ in ontology.intent \
            and not getattr(c.modality, "scheduled", False) and not getattr(c.modality, "generic", False) \
            and not ((getattr(c.modality, "narrated_future", False) or getattr(c.modality, "dated_future", False))
                     and type_ in _PLANNED_TYPES):
        # (a meeting "scheduled to" take place is a meeting, not an actor's intent; nor is "any attack")
        type_, cameo = ontology.intent[type_]
        mode = None
        if negated and type_ in ontology.negated:
            type_, cameo = ontology.negated[type_]
            negated = False
    if cameo != content:
        cameo = parallel_code(ontology, cameo, content)
    return type_, mode, cameo, status, negated


def claims(doc: Document, c: Candidate, status: str, cues: Cues) -> tuple[str, list[str], Found]:
    """(status, claimed_by, speaker): who tells the event, and whether that makes it reported."""
    claimed_by: list[str] = []
    speaker = Found()
    if c.modality.speaker is not None:
        from_refs = Referents(doc, cues)
        speaker = from_refs.resolve(c.modality.speaker)
    if status == "asserted" or status == "reported":
        if speaker.actors and not set(speaker.actors) <= set(c.sources.actors):
            status, claimed_by = "reported", list(speaker.actors)
        elif not speaker.actors and doc.issuers and (
                not c.sources.actors or not set(c.sources.actors) <= set(doc.issuers)):
            status, claimed_by = "reported", list(doc.issuers)
    elif speaker.actors:
        claimed_by = list(speaker.actors)
    elif doc.issuers and not set(c.sources.actors) <= set(doc.issuers):
        claimed_by = list(doc.issuers)
    return status, claimed_by, speaker
