"""An organ of a state named in full once and short elsewhere in one document: "the Ministry
of Foreign Affairs of the Republic of Estovia" in the letterhead, "the Ministry of Foreign
Affairs" in the signature.  Both are one actor; the short name alone says no state, and a
second actor with no country would split the issuer in two."""

from __future__ import annotations

import re
from dataclasses import replace

from ..nlp.api import is_state_organ
from ..document import Actor, Document
from .actor_state import _add_mention, _State, drop_actor
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


def merge_short_organ_names(doc: Document, st: _State) -> None:
    """The bare short name of exactly one state organ named in full (and of no other country)
    is that organ: those mentions move to the full name's actor, and an actor left with none
    goes ("the UK Ministry of Defence", named otherwise, stays the United Kingdom's)."""
    longs: dict[str, list[Actor]] = {}
    for a in doc.actors:
        for k in organ_short_keys(a.name):
            longs.setdefault(k, []).append(a)
    if not longs:
        return
    # (a bare short name the knowledge base gives one state, "Ministry of Defence" the United
    # Kingdom's, is the organ the document names in full: its own words say whose it is)
    for short in [a for a in doc.actors if key(a.name) in longs]:
        k, owners = key(short.name), longs[key(short.name)]
        if len(owners) != 1 or owners[0] is short or (
                not short.known and short.country not in (None, owners[0].country)):
            continue   # two states' ministries named in full: the short name says neither
        full = owners[0]
        bare = {(sp.start, sp.end) for sp in short.mentions if key(doc.text[sp.start:sp.end]) == k}
        if not bare:
            continue
        for m in doc.mentions:
            if m.actor == short.id and (m.start, m.end) in bare:
                m.actor = full.id
        for start, end in sorted(bare):
            _add_mention(full, start, end, short.name)
        short.mentions = [sp for sp in short.mentions if (sp.start, sp.end) not in bare]
        for ev in doc.issuer_evidence:
            if ev.get("actor") == short.id and key(ev.get("text", "")) == k:
                ev["actor"] = full.id
        st.by_key[k] = full.id
        if short.mentions or any(m.actor == short.id for m in doc.mentions):
            continue
        for a in doc.actors:   # "the Minister of the Ministry ...": roles held in it
            a.roles = [replace(r, of=full.id) if r.of == short.id else r for r in a.roles]
        doc.issuers = list(dict.fromkeys(full.id if i == short.id else i for i in doc.issuers))
        drop_actor(doc, st, short.id)
