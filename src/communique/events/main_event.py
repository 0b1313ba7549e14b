"""The main event of a document: the one act the text reports as its news.

Data with one event per record (a news sentence coded once, a press release about one
incident) and users who want one row per document need to know which of a document's events
that is; the output marks it ``main: true`` on exactly one event of every document that has
any.  Ranked, first criterion first:

0. a PLOVER event: an act with a CAMEO code only (a claim of responsibility, 015) is never
   the main one when another act is;
1. news, not background: acts told only to situate another (``fields.background``: "two weeks
   after rebels kidnapped ...", a relative clause) are never the news when another act is;
2. said to have taken place: status ``asserted`` or ``reported`` and not negated, before
   denied, intended and hypothetical acts ("no civilians were injured" is not the incident);
3. the coder's confidence (main-clause verbs above nested and nominal ones);
4. position: the earlier, as news leads with its main act.
"""

from __future__ import annotations

from ..document import Document, Event
from .merge import TOOK_PLACE


def rank(event: Event) -> tuple:
    """Sort key, higher is more likely the main event."""
    return (event.type is not None,
            "background" not in event.fields,
            event.status in TOOK_PLACE and not event.negated,
            event.confidence,
            -event.evidence.start)


def mark_main(doc: Document) -> Document:
    """Set ``main`` on the highest-ranked event and clear it on the others."""
    best = max(doc.events, key=rank, default=None)
    for e in doc.events:
        e.main = e is best
    return doc
