"""Where each coded event's trigger came from, read from the output contract (issue 13 asks for
the share of events whose trigger came from the compiled dictionaries).

An event's ``pattern`` names the rule that fired: ``petrarch:...`` is a pattern of PETRARCH-2's
compiled verb dictionary, ``<file>:<TYPE>.<hash>`` a line of a pattern file, the bundled
``patterns.tsv`` or an extra one the configuration adds (``events.extra_patterns``; the id
carries that file's name, events/patterns.pattern_id), ``<file>:<line>`` the same in archives
coded before those ids were hashes; anything else a rule over a word class
(``stances.toml:thanks``, ``cues.toml:reporting/allegation``).
An own pattern whose CAMEO code the dictionary refined carries ``cameo`` field evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable

from . import contract as C

# A pattern file's line: "patterns.tsv:ACCUSE.3f2a9c1b", "my_coups.tsv:COERCE.0a1b2c3d", or the
# older "patterns.tsv:424" (a word-class rule's id names a key, in lower case: "stances.toml:thanks")
_PATTERN_LINE = re.compile(r"[^:]+:(?:[A-Z]+\.[0-9a-f]{8}|\d+)")

DICTIONARY, REFINED, OWN, WORD_CLASS = (
    "compiled dictionary", "own pattern, code from the dictionary", "own pattern", "word-class rule")
ORIGINS = (DICTIONARY, REFINED, OWN, WORD_CLASS)


def origin(event: dict[str, Any]) -> str:
    pattern = str(event.get("pattern") or "")
    if pattern.startswith("petrarch:"):
        return DICTIONARY
    if _PATTERN_LINE.fullmatch(pattern):
        return REFINED if (event.get("field_evidence") or {}).get("cameo") else OWN
    return WORD_CLASS


def count(outputs: Iterable[dict[str, Any]]) -> Counter:
    """Events of the outputs by the origin of their trigger."""
    return Counter(origin(e) for out in outputs for e in C.events(out))
