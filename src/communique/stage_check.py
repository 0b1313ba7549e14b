"""Checking that a stage changed only what it declares it sets.

A stage declares ``sets=(...)`` by the names of :class:`~communique.document.Document`
fields and :class:`~communique.workspace.Workspace` fields.  With checks on, the
pipeline takes a fingerprint of every such field before a stage sees a document and
compares it when the document comes back; a change to a field the stage does not
declare is a :class:`StageContractError` naming the stage and the fields.

Checks cost a walk over each document per stage, so they are off in production and
on in the test suite (``tests/conftest.py``) and wherever ``COMMUNIQUE_CHECK_STAGES=1``.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from .document import Document
from .workspace import Workspace

ENV_VAR = "COMMUNIQUE_CHECK_STAGES"

# Fields any stage may change: the errors it records, the pipeline's own bookkeeping, and
# a cache that depends only on the text (workspace.forum).
ALWAYS = frozenset({"errors", "done", "halted", "forum"})
# Fields that belong to another: a stage that declares the key may change the value too.
PART_OF = {"actor_state": "actors", "mentions.actor": "mentions", "mentions.place": "mentions"}
# Walked into (fingerprinted by value); any other object counts by identity: the spaCy
# Doc, the knowledge base (a stage swapping one for another is a change, its caches are not).
_BY_VALUE_MODULES = ("communique.document", "communique.workspace", "communique.resolve.actor_state")

DOCUMENT_FIELDS = tuple(f.name for f in dataclasses.fields(Document) if f.name != "workspace")
WORKSPACE_FIELDS = tuple(f.name for f in dataclasses.fields(Workspace))
KNOWN = frozenset(DOCUMENT_FIELDS + WORKSPACE_FIELDS + ("mentions.actor", "mentions.place"))


class StageContractError(AssertionError):
    """A stage changed a field of the document it does not declare."""


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "").strip().lower() not in ("", "0", "false", "no")


def _fingerprint(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_fingerprint(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(_fingerprint(v)) for v in value)))
    if isinstance(value, dict):
        return ("dict", tuple((repr(k), _fingerprint(v)) for k, v in value.items()))
    if dataclasses.is_dataclass(value) and type(value).__module__ in _BY_VALUE_MODULES:
        return (type(value).__name__,
                tuple(_fingerprint(getattr(value, f.name)) for f in dataclasses.fields(value)))
    return ("id", id(value))


# A mention's links to the actor and place it names are set by the stages that resolve
# them, not by the one that finds mentions: each is checked on its own.
MENTION_LINKS = ("actor", "place")


def snapshot(doc: Document) -> dict[str, Any]:
    """A fingerprint per field of the document and of its workspace."""
    shot = {name: _fingerprint(getattr(doc, name)) for name in DOCUMENT_FIELDS if name != "mentions"}
    shot["mentions"] = tuple((m.start, m.end, m.label, m.text, m.role, m.role_of, m.long_form)
                             for m in doc.mentions)
    for link in MENTION_LINKS:
        shot[f"mentions.{link}"] = tuple(getattr(m, link) for m in doc.mentions)
    shot.update({name: _fingerprint(getattr(doc.workspace, name)) for name in WORKSPACE_FIELDS})
    return shot


def undeclared(before: dict[str, Any], doc: Document, sets: tuple[str, ...]) -> list[str]:
    """The fields ``doc`` changed since ``before`` that ``sets`` does not cover."""
    after = snapshot(doc)
    allowed = set(sets) | ALWAYS
    return [name for name in after
            if after[name] != before[name] and name not in allowed
            and PART_OF.get(name) not in allowed]


def check(stage: str, sets: tuple[str, ...], before: dict[str, Any], doc: Document) -> None:
    bad = undeclared(before, doc, sets)
    if bad:
        raise StageContractError(
            f"stage {stage!r} changed {', '.join(bad)} of {doc.source.label}, which it does not "
            f"declare (sets: {', '.join(sets) or 'nothing'})")
