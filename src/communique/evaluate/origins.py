"""Where each coded event's trigger came from, read from the output contract (issue 13 asks for
the share of events whose trigger came from the compiled dictionaries).

An event's ``pattern`` names the rule that fired: ``petrarch:...`` is a pattern of PETRARCH-2's
compiled verb dictionary, ``patterns.tsv:<type>.<hash>`` one of the project's own verb and
noun patterns (``patterns.tsv:<line>`` in archives coded before those ids were hashes), anything
else a rule over a word class (``stances.toml:...``, ``cues.toml:...``).
An own pattern whose CAMEO code the dictionary refined carries ``cameo`` field evidence.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from . import contract as C

DICTIONARY, REFINED, OWN, WORD_CLASS = (
    "compiled dictionary", "own pattern, code from the dictionary", "own pattern", "word-class rule")
ORIGINS = (DICTIONARY, REFINED, OWN, WORD_CLASS)


def origin(event: dict[str, Any]) -> str:
    pattern = str(event.get("pattern") or "")
    if pattern.startswith("petrarch:"):
        return DICTIONARY
    if pattern.startswith("patterns.tsv:"):
        return REFINED if (event.get("field_evidence") or {}).get("cameo") else OWN
    return WORD_CLASS


def count(outputs: Iterable[dict[str, Any]]) -> Counter:
    """Events of the outputs by the origin of their trigger."""
    return Counter(origin(e) for out in outputs for e in C.events(out))
