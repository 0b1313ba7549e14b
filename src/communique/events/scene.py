"""The scene a report goes on with: place and date of an act told right after another.

"UNICEF is appalled by the attack on a school in Ituri on Wednesday. The attackers also
set fire to two classrooms and abducted a teacher."  The second sentence names no place or
date: news goes on telling the same scene, so an act done somewhere (an attack, an arrest,
a protest, a deployment) with neither of its own takes them from an act of that kind in the
sentence just before that states its own, not from the date line (an attack in Ituri is not
in Kinshasa, where the statement was issued).  What the next sentences do not tell stays the
document's; speech acts (a condemnation, a call) are told where and when the statement is.
"""

from __future__ import annotations

from ..document import Document, Event, Span
from .merge import own_date, own_place

# Acts done somewhere, whose scene a report goes on with.
SCENE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
# At most this many characters (blanks) between two sentences told one after the other.
_GAP = 3


def carry_scene(doc: Document, events: list[Event]) -> None:
    """Place and date, in place, for the acts of ``events`` (document order) that lack them."""
    sentences: list[list[Event]] = []
    for e in events:
        if sentences and sentences[-1][0].evidence.start == e.evidence.start:
            sentences[-1].append(e)
        else:
            sentences.append([e])
    for before, now in zip(sentences, sentences[1:]):
        gap = doc.text[before[0].evidence.end:now[0].evidence.start]
        if len(gap) > _GAP or gap.strip():
            continue   # not the very next sentence
        # (the sentence's news: an act told only to situate another sets no scene)
        told = [e for e in before if e.type in SCENE_TYPES and "background" not in e.fields]
        scene = next((e for e in told if own_place(e)), None)
        dated = next((e for e in told if own_date(e)), None)
        for e in now:
            if e.type not in SCENE_TYPES:
                continue
            if scene is not None and not own_place(e):
                e.place = scene.place
                e.fields["place"] = [Span(s.start, s.end) for s in scene.fields["place"]]
            if dated is not None and not own_date(e):
                e.date, e.date_precision = dated.date, dated.date_precision
                e.fields["date"] = [Span(s.start, s.end) for s in dated.fields["date"]]

