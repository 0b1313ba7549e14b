"""Acts that the doers do to each other: "Armenia and Azerbaijan accused each other of ...",
"fired at one another".  A reciprocal pronoun (word class ``reciprocal_pronouns``) as the
verb's object, or as the object of one of its prepositions that take the one acted on (word
list ``target_preps`` in ``data/mutual_acts.toml``: "at", "against", "to" ..., never "alongside"
or "beside", which name companions), names no other side: each doer
acts on the others, one event per doer (no actor acts on itself).  Acts done together
(:func:`is_joint`: agreeing, cooperating, consulting, signing) stay one event of the joint
doers ("X and Y trade with each other"), as PLOVER codes partners."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

from ..document import Event
from .ontology import read_data_toml
from .patterns import load_word_classes

DATA = Path(__file__).parent / "data" / "mutual_acts.toml"


# Acts done together, whose doers are each other's partners (also candidates: an issuer's
# partners in them are its targets).
JOINT_TYPES = frozenset({"AGREE", "COOPERATE", "CONSULT"})
JOINT_CODES = ("050", "057")   # (cooperating, signing)


def is_joint(type_: str | None, cameo: str | None) -> bool:
    """Whether an act of this PLOVER type and CAMEO code is done together."""
    return type_ in JOINT_TYPES or (cameo or "").startswith(JOINT_CODES)


@functools.cache
def _target_preps() -> frozenset[str]:
    return frozenset(read_data_toml(DATA, keys=("target_preps",))["target_preps"])


def reciprocal_object(t) -> bool:
    """Whether verb ``t`` acts on "each other" / "one another" (its object, or the object of
    a preposition that takes the one acted on: not "alongside each other", a companion)."""
    words = set(load_word_classes()["reciprocal_pronouns"])
    preps = _target_preps()
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ in preps
             for p in c.children if p.dep_ == "pobj"]
    return any(" ".join(w.lower_ for w in o.subtree) in words for o in objs)


def each_other(e: Event) -> list[Event]:
    """One event per source of ``e`` towards the other sources (``e`` itself when it has
    fewer than two sources, already a target, or is done together)."""
    srcs = list(dict.fromkeys(e.sources))
    if e.targets or len(srcs) < 2 or is_joint(e.type, e.cameo):
        return [e]
    spans = e.fields.get("sources") or []
    paired = len(spans) == len(srcs)
    out = []
    for i, s in enumerate(srcs):
        fields = dict(e.fields)
        if paired:
            fields["sources"] = [spans[i]]
            fields["targets"] = [sp for j, sp in enumerate(spans) if j != i]
        out.append(replace(e, sources=[s], targets=[t for t in srcs if t != s], fields=fields))
    return out
