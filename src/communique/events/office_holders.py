"""Who holds an office a phrase names ("Kenya's presidency of the Council", "his chairmanship
of the Commission"): its possessive, not the body presided.  A thing of that office ("the
vision of X's presidency of the Assembly") then stands for X, not for the Assembly."""

from __future__ import annotations

from .stance_data import load_stances

# ("my / our presidency" is the issuer's and "your presidency" the one spoken to: read as before)
_SPEAKER_SIDE = load_stances().speaker_possessives | load_stances().addressee_possessives


def office_holder(h):
    """The possessive of ``h``, a noun of the word class held_office_nouns, or of such a noun in
    the "of" phrase of the common noun ``h`` ("the priorities of X's presidency"); else None."""
    if h.pos_ != "NOUN":
        return None
    offices = load_stances().held_offices
    if (h.lemma_ or h.lower_).lower() not in offices:
        inner = [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > h.i
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"][:1]
        if not inner or (inner[0].lemma_ or inner[0].lower_).lower() not in offices:
            return None
        h = inner[0]
    return next((c for c in h.children if c.dep_ == "poss" and c.lower_ not in _SPEAKER_SIDE), None)
