"""An organ of a state named in full once and short elsewhere in one document: "the Ministry
of Foreign Affairs of the Republic of Estovia" in the letterhead, "the Ministry of Foreign
Affairs" in the signature.  Both are one actor; the short name alone says no state, and a
second actor with no country would split the issuer in two."""

from __future__ import annotations

import re
from dataclasses import replace

from ..nlp.api import is_state_organ
from ..document import Actor, Document
from .actor_state import _add_mention
from .kb.normalize import key

_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def organ_short_keys(name: str) -> list[str]:
    """Keys of the shorter names of a state's organ named with its state: each part of the
    name before an " of <Name>" that is more than the organ's word ("Ministry of Foreign
    Affairs", "Ministry of Foreign Affairs of the Republic" for "... of the Republic of X");
    where the portfolio ends and the state begins is not told by the words alone."""
    name = name.strip()
    if not name or not is_state_organ(name.split()[0]):
        return []
    return [key(name[:m.start()]) for m in _OF.finditer(name) if " " in name[:m.start()].strip()]


def merge_short_organ_names(doc: Document, by_key: dict[str, str]) -> None:
    """Each actor named by the short name of exactly one state organ named in full (and of
    no other country) becomes that organ: its mentions move to the full name's actor."""
    longs: dict[str, list[Actor]] = {}
    for a in doc.actors:
        for k in organ_short_keys(a.name):
            longs.setdefault(k, []).append(a)
    if not longs:
        return
    # (a bare short name the knowledge base gives one state, "Ministry of Defence" the United
    # Kingdom's, is the organ the document names in full: its own words say whose it is)
    for short in [a for a in doc.actors if key(a.name) in longs]:
        owners = longs[key(short.name)]
        if len(owners) != 1 or owners[0] is short or (
                not short.known and short.country not in (None, owners[0].country)):
            continue   # two states' ministries named in full: the short name says neither
        full = owners[0]
        for m in doc.mentions:
            if m.actor == short.id:
                m.actor = full.id
        for span in short.mentions:
            _add_mention(full, span.start, span.end, short.name)
        doc.actors.remove(short)
        for a in doc.actors:   # "the Minister of the Ministry ...": roles held in it
            a.roles = [replace(r, of=full.id) if r.of == short.id else r for r in a.roles]
        doc.issuers = list(dict.fromkeys(full.id if i == short.id else i for i in doc.issuers))
        for ev in doc.issuer_evidence:
            if ev.get("actor") == short.id:
                ev["actor"] = full.id
        for k, aid in list(by_key.items()):
            if aid == short.id:
                by_key[k] = full.id

