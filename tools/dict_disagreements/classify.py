"""Why the compiled verb dictionary's code was or was not taken for an own-pattern verb event.

The order follows ``events/dict_refine.refine_codes``: a dictionary pattern with fewer
constraints than the own pattern is never read; then the code must have a PLOVER type, the
own event's type, and be no coarser than the own code.
"""

from __future__ import annotations

from communique.events.dict_refine import depth

SAME, REFINED, LESS_SPECIFIC, NO_TYPE, OTHER_TYPE, COARSER, OTHER = (
    "same code", "refined", "dictionary less specific", "dictionary code has no PLOVER type",
    "other PLOVER type", "coarser", "not taken, other reason")
CATEGORIES = (SAME, REFINED, LESS_SPECIFIC, NO_TYPE, OTHER_TYPE, COARSER, OTHER)


def category(own_code: str, own_type: str, own_spec: float, dict_code: str, dict_type: str | None,
             dict_spec: float, final_code: str) -> str:
    """One of :data:`CATEGORIES` for an own verb event (code, PLOVER type, pattern
    specificity), the dictionary's reading of its verb (code, its PLOVER type or None,
    specificity) and the code the event ended with."""
    if dict_code == own_code:
        return SAME
    if final_code == dict_code:
        return REFINED
    if dict_spec < own_spec:
        return LESS_SPECIFIC
    if dict_type is None:
        return NO_TYPE
    if dict_type != own_type:
        return OTHER_TYPE
    if depth(dict_code) < depth(own_code):
        return COARSER
    return OTHER
