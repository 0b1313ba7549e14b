"""Clean text with its annotations as safe HTML.

Spans may nest or overlap (an actor inside an event's evidence, two events over
one sentence), so the text is cut at every span boundary and each piece is
wrapped once in a ``<mark>`` that lists every annotation covering it.  The
result is always well-formed, and every piece of text and every attribute value
is escaped: document text is untrusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

KINDS = ("actor", "place", "date", "event", "field")


@dataclass(frozen=True, slots=True)
class Annotation:
    start: int
    end: int
    kind: str          # one of KINDS: gives the CSS class and the data attribute
    ref: str           # id of the thing annotated (actor id, event id, ...)


def annotations_from_document(doc: dict) -> list[Annotation]:
    """Annotations of a ``communique.document/1`` dict (actors, places, dates, events)."""
    out: list[Annotation] = []
    for a in doc.get("actors", []):
        out += [Annotation(m["start"], m["end"], "actor", a["id"]) for m in a.get("mentions", [])]
    for p in doc.get("places", []):
        out += [Annotation(m["start"], m["end"], "place", p["id"]) for m in p.get("mentions", [])]
    for i, d in enumerate(doc.get("dates", [])):
        out.append(Annotation(d["start"], d["end"], "date", d.get("value") or f"date{i}"))
    for e in doc.get("events", []):
        ev = e.get("evidence") or {}
        if "start" in ev and "end" in ev:
            out.append(Annotation(ev["start"], ev["end"], "event", e["id"]))
        for spans in (e.get("field_evidence") or {}).values():
            out += [Annotation(s["start"], s["end"], "field", e["id"]) for s in spans]
    return out


def highlight(text: str, annotations: Iterable[Annotation], selected: str | None = None) -> Markup:
    """HTML for ``text`` with each annotated piece in a ``<mark>``.

    Spans outside the text or empty are ignored.  Line breaks stay characters (the
    page shows the text with ``white-space: pre-wrap``), so the text nodes of the
    result concatenate to exactly ``text`` and a browser selection maps back to
    offsets.  Pieces of the ``selected`` event get the class ``hl-selected``.
    """
    n = len(text)
    spans = [a for a in annotations if 0 <= a.start < a.end <= n]
    cuts = {0, n}
    for a in spans:
        cuts.add(a.start)
        cuts.add(a.end)
    bounds = sorted(cuts)
    # Which annotations open and close at each boundary: one sweep, O(n log n).
    opening: dict[int, list[Annotation]] = {}
    closing: dict[int, list[Annotation]] = {}
    for a in spans:
        opening.setdefault(a.start, []).append(a)
        closing.setdefault(a.end, []).append(a)
    active: dict[Annotation, int] = {}
    parts: list[str] = []
    for left, right in zip(bounds, bounds[1:]):
        for a in closing.get(left, ()):
            if active.get(a, 0) <= 1:
                active.pop(a, None)
            else:
                active[a] -= 1
        for a in opening.get(left, ()):
            active[a] = active.get(a, 0) + 1
        piece = _text(text[left:right])
        if not active:
            parts.append(piece)
            continue
        parts.append(_mark(sorted(active, key=lambda a: (a.kind, a.ref)), left, right, piece, selected))
    return Markup("".join(parts))


# Bidi controls (U+202E and kin) in a statement would reorder what a reviewer reads.
# Each is kept (offsets must not move) but put alone in an isolating span, where it
# has nothing to act on; the page shows its code point beside it (CSS ::before).
_BIDI = re.compile("([\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069])")


def _text(s: str) -> str:
    out = str(escape(s))
    if _BIDI.search(out):
        out = _BIDI.sub(lambda m: f'<span class="ctl" data-cp="U+{ord(m.group(1)):04X}">{m.group(1)}</span>', out)
    return out


def _mark(active: list[Annotation], start: int, end: int, piece: str, selected: str | None) -> str:
    kinds = sorted({a.kind for a in active})
    classes = ["hl-" + k for k in kinds]
    if selected and any(a.ref == selected and a.kind in ("event", "field") for a in active):
        classes.append("hl-selected")
    attrs = [f'class="{" ".join(classes)}"',
             f'data-start="{start}"', f'data-end="{end}"']
    for kind in kinds:
        refs = " ".join(dict.fromkeys(a.ref for a in active if a.kind == kind))
        attrs.append(f'data-{kind}="{escape(refs)}"')
    return f"<mark {' '.join(attrs)}>{piece}</mark>"
