"""A role of a known body, as one mention: "the Chairs of the Group of 77 and China", "the
Ministers of ECOWAS".  The mention keeps the role's words (``role``) and
the body's name (``role_of``); the actors stage links it to the body, which stands for its
office-holders as it does for its organs.  Only when the role's first word is a title
(titles.txt, a plural too: "Heads", "Ministers") and the body is no country or person (a
state's office is the state's, which the phrase's country says).
"""

from __future__ import annotations

import re

from ..document import Mention
from .lexicon import is_title

# "Heads of State and Government of the ", "Chair of ": a role's words and its "of" before a name
_ROLE_OF = re.compile(r"^(([A-Za-z-]+)(?: [A-Za-z-]+)*?) of (?:the )?$")
_OF = re.compile(r" of (?:the )?")


def _titled(word: str) -> bool:
    return is_title(word) or word[-1:] in "sS" and is_title(word[:-1])


def role_into_name(text: str, s: int, e: int, near) -> tuple[int, str] | None:
    """(start, words) of a role that the one entity a known name ``[s, e)`` overlaps opens
    and the name ends: "the Chairs of the Group of 77" + "China" in "... of the Group of 77
    and China", where the model's entity ended inside a group's name whose "and" coordinates
    a country; "the Heads of State of ECOWAS" too.  Entities inside
    the name ("China") give way to it."""
    role = None
    for a, b in near:
        if not (a < e and s < b) or s <= a and b <= e:
            continue   # (apart, or inside the name)
        m = _ROLE_OF.match(text[a:s]) if role is None and a < s < b <= e else None
        if not _titled(m.group(2) if m else ""):
            return None
        role = (a, m.group(1))
    return role


def join_roles_of_bodies(text: str, found: list[Mention], kb) -> list[Mention]:
    """ "the Heads of State and Government" + "the African Union": a role the model tagged
    alone (an ORG entity whose first word is a title), right before "of (the)" and a known
    body's name, is that body's role: one mention, as when the entity runs into the name."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == "ORG" and not prev.role_of and m.label in ("ORG", "GPE")
                and _OF.fullmatch(text[prev.end:m.start])
                and _titled(prev.text.split()[0]) and _body(kb, m.text)):
            out[-1] = Mention(prev.start, m.end, "ORG", text[prev.start:m.end], role=prev.text, role_of=m.text)
            continue
        out.append(m)
    return out


def _body(kb, name: str) -> bool:
    matches = kb.exact(name)
    return bool(matches) and matches[0].entry.kind not in ("country", "person")
