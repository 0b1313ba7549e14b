"""Taking targets off a coded event, with the field evidence that names them."""

from __future__ import annotations

from ..document import Document, Event


def keep_targets(doc: Document, e: Event, keep: list[str]) -> None:
    """``e`` with only the targets ``keep``: a span of its ``targets`` field evidence goes
    when it names a dropped target and none kept (a span naming both stays), and the field
    goes when no span is left."""
    mentions = lambda ids: [m for t in ids if (a := doc.actor(t)) is not None for m in a.mentions]
    gone, kept = mentions([t for t in e.targets if t not in keep]), mentions(keep)
    covers = lambda s, ms: any(s.start <= m.start and m.end <= s.end for m in ms)
    e.targets = keep
    spans = [s for s in e.fields.get("targets", []) if covers(s, kept) or not covers(s, gone)]
    if spans:
        e.fields["targets"] = spans
    else:
        e.fields.pop("targets", None)
