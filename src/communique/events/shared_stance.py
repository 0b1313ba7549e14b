"""A call on others to condemn or reject someone is the caller's own condemnation or rejection.

"We call on the international community to condemn X's interference", "I urge all members to
speak out against X's aggression": the request's content (an accusation, a rejection) is no
event of its own (the ones called on have not condemned anyone yet), but the caller plainly
holds the stance it asks for; it is the caller's act towards the same target, said with the
request (same source and modality).  Not when the content is negated ("urge X not to reject
...") or aims at the caller itself.
"""

from __future__ import annotations

from dataclasses import replace

from .candidates import Candidate
from .triggers import governing

# The content types a caller shares with those it calls on.
SHARED_TYPES = frozenset({"ACCUSE", "REJECT"})


def shared_stances(cands: list[Candidate], content: set[int], by_tok: dict) -> list[Candidate]:
    """Candidates for the caller's own stance, one per accusation or rejection asked for."""
    out = []
    for c in cands:
        t = c.trig.token
        if t.i not in content or c.trig.type not in SHARED_TYPES or not c.targets.actors:
            continue
        if any(ch.dep_ == "neg" for ch in t.children):
            continue
        g, _ = governing(c.trig, by_tok)
        if g is None or g.type != "REQUEST":
            continue
        caller = next((x for x in cands if x.trig is g), None)
        if caller is None or not caller.sources.actors or set(caller.sources.actors) & set(c.targets.actors):
            continue
        # (said with the request: its place and date too)
        out.append(replace(c, sources=caller.sources, modality=caller.modality, attached=caller.attached))
    return out
