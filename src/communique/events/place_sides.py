"""A "side" that is a place, not a party: "refugees were on the Syrian side of the border",
"troops remained on the other side of the frontier".  The patterns of siding with someone
("we stand / remain / are on the side of X", "by X's side": SUPPORT of X) read the side's
owner as the one sided with; a side of a border, line or river (word class place_sides) or
the other side (word class place_side_words) is where someone is, and sides with no one.
"""

from __future__ import annotations

from .clause_parts import pobj
from .patterns import load_word_classes


def on_a_place_side(tr) -> bool:
    """A siding pattern (SUPPORT, a preposition whose object must be "side") whose "side"
    is a place: the side of a thing of word class place_sides, or the other side."""
    p = tr.pattern
    if tr.type != "SUPPORT" or not tr.is_verb or "side" not in p.need_prep_heads:
        return False
    classes = load_word_classes()
    places, words = classes["place_sides"], classes["place_side_words"]
    for pr in tr.token.children:
        if pr.dep_ != "prep" or pr.lower_ != p.need_prep:
            continue
        side = pobj(pr)
        if side is None or side.lemma_.lower() != "side":
            continue
        if any(c.lower_ in words for c in side.children if c.dep_ in ("amod", "det", "compound")):
            return True
        owners = [pobj(c) for c in side.children if c.dep_ == "prep" and c.lower_ == "of"]
        if any(o is not None and not _named(o) and (o.lower_ in places or o.lemma_.lower() in places)
               for o in owners):
            return True
    return False


def _named(o) -> bool:
    """An owner that is a name, or in one ("the Polisario Front", "the National Liberation
    Front"): a party, whatever its head noun; but for the name of a place ("the Blue Line",
    "the Litani River": entities of places and structures), still a place."""
    return (o.pos_ == "PROPN" or bool(o.ent_type_)) and o.ent_type_ not in ("LOC", "FAC")
