"""States a document itself declares: "the Republic of Estovia", "the Kingdom of Norvania".

The knowledge base knows every real state; a name it does not know, written as a place
(GPE), is dropped as an actor and left to the places stage.  When the same document calls
that name a state by its form of government, a bare mention of it ("thanked Estovia for
its support") is that state acting or acted upon: a named actor with no country code,
never dropped.  Real states never reach this rule; the knowledge base finds them first.
"""

from __future__ import annotations

import functools
import re

from ..document import Document

# Forms of state that make "<form> of <Name>" a state.  Not "Government", "State",
# "Union" or "Federation": "the Government of National Unity", "the State of Law Coalition",
# "the Federation of Trade Unions" name bodies, not states.
_FORMS = "Republic|Kingdom|Principality|Sultanate|Emirate|Grand Duchy"
# (a name runs on one line: "of Estovia\n\nThe Minister" ends at "Estovia")
_DECLARED = re.compile(rf"\b(?:{_FORMS})[ ]+of[ ]+(?:the[ ]+)?([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)*)")
_FORM_PREFIX = re.compile(rf"^(?:the\s+)?(?:(?:[A-Z]\w+\s+)*(?:{_FORMS}))\s+of\s+(?:the\s+)?")


def declared_state_name(doc: Document, text: str) -> str | None:
    """The state's bare name if the document declares ``text`` (or its bare name) a state."""
    bare = _FORM_PREFIX.sub("", text.strip())
    if not bare or not bare[0].isupper():
        return None
    return bare if bare in _declared(doc.text) else None


@functools.lru_cache(maxsize=4)
def _declared(text: str) -> frozenset[str]:
    """The names a text declares states, read once per document (a long speech has many
    unknown names, each asking)."""
    return frozenset(m.group(1) for m in _DECLARED.finditer(text))
