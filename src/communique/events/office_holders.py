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
    poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ not in _SPEAKER_SIDE), None)
    if poss is not None and poss.pos_ != "NOUN":
        return poss   # a name or pronoun: "Kenya's presidency", "its chairmanship"
    # "the chairmanship of X by Y", "this year's presidency ... by Y": Y holds it, not a common
    # noun's possessive (a time's, "this year's", is no holder).  The parser hangs that "by" on
    # the office noun, on the body presided, or on the verb the office is the object of
    hosts = [h] + [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > h.i
                   for g in c.children if g.dep_ == "pobj"][:1]
    if h.dep_ == "dobj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in h.head.children):
        hosts.append(h.head)
    by = [g for x in hosts for c in x.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
          and c.i > h.i for g in c.children if g.dep_ == "pobj"]
    return by[0] if by else poss
