"""Per-document actor bookkeeping: one actor per entity, ids "a1", "a2", ...

Shared by the phrase resolver (:mod:`.actor_phrases`) and the mention linker
(:mod:`.actor_linking`); :mod:`.actors` is the public face.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Actor, Document, Role, Span
from .kb import KBEntry, KnowledgeBase, load_kb
from .kb.normalize import key


# Confidence of an actor by how it was found.
CONF_KB = 0.95
CONF_AGENT = 0.8
CONF_UNKNOWN = 0.5


# -- per-document state ------------------------------------------------------
@dataclass
class _State:
    """Indexes over ``doc.actors`` so a name seen twice gives one actor."""

    kb: KnowledgeBase
    by_kb: dict[str, str] = field(default_factory=dict)      # KB entry id -> actor id
    by_key: dict[str, str] = field(default_factory=dict)     # normalised name -> actor id
    by_agent: dict[tuple, str] = field(default_factory=dict)  # (country, sector, name) -> id
    next_n: int = 1


def _kb_for(doc: Document) -> KnowledgeBase:
    return doc.workspace.kb or load_kb()


def _state(doc: Document) -> _State:
    st = doc.workspace.actor_state
    if st is None:
        st = _State(_kb_for(doc))
        for a in doc.actors:  # actors made by someone else: index them too
            st.by_key.setdefault(key(a.name), a.id)
            m = re.fullmatch(r"a(\d+)", a.id)
            if m:
                st.next_n = max(st.next_n, int(m.group(1)) + 1)
        doc.workspace.actor_state = st
    return st


def _new_actor(doc: Document, st: _State, name: str, kind: str, **kw: Any) -> Actor:
    taken = {a.id for a in doc.actors}   # (what doc.actor(id) is not None tells, in one pass)
    while f"a{st.next_n}" in taken:
        st.next_n += 1
    actor = Actor(f"a{st.next_n}", name, kind, **kw)
    st.next_n += 1
    doc.actors.append(actor)
    st.by_key.setdefault(key(name), actor.id)
    return actor


_DASHES = " -\u2010\u2011\u2012\u2013\u2014"


def _add_mention(actor: Actor, start: int, end: int, text: str | None = None) -> None:
    if not any(s.start == start and s.end == end for s in actor.mentions):
        actor.mentions.append(Span(start, end))
        actor.mentions.sort(key=lambda s: s.start)
    # (a name cut by a hyphen is its word: "Russian- and Iranian-made" names "Russian")
    text = text.strip(_DASHES) if text else text
    if text and text not in actor.aliases and key(text) != key(actor.name):
        actor.aliases.append(text)


def actor_for_entry(doc: Document, entry: KBEntry, confidence: float = CONF_KB) -> Actor:
    """The document's actor for a KB entry, created (with its KB aliases) on first use."""
    st = _state(doc)
    aid = st.by_kb.get(entry.id)
    if aid is not None:
        actor = doc.actor(aid)
        actor.confidence = max(actor.confidence, confidence)
        return actor
    actor = _new_actor(
        doc, st, entry.name, entry.kind, country=entry.country, sector=entry.sector,
        wikidata=entry.wikidata, aliases=[a for a in entry.all_names if a != entry.name],
        confidence=confidence, known=True,
    )
    if entry.role:
        of = None
        if entry.affiliation and st.kb.get(entry.affiliation):
            of = actor_for_entry(doc, st.kb.get(entry.affiliation)).id
        actor.roles.append(Role(entry.role, of))
    st.by_kb[entry.id] = actor.id
    return actor


_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|both|all|some|several|many|few|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozens|hundreds|thousands|of|up|to|about|around|over|nearly|at|least|its|"
    r"their|his|her|our|senior|top|high-ranking|other|these|those|this|that|[\d,.]+)\s+)+",
    re.I)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    elif text[start:end].endswith(("'", "’")):
        end -= 1
    return start, end


@functools.lru_cache(maxsize=1 << 14)   # (phrases recur: the regex was ~1 % of the coder's time)
def _name_of(text: str) -> str:
    return _DETERMINERS.sub("", " ".join(text.split()))


def drop_actor(doc: Document, st: _State, aid: str) -> None:
    """Actor ``aid``, left with no mention, out of the document and its indexes (a stale
    index entry would hand a later mention an actor the document no longer has)."""
    doc.actors = [x for x in doc.actors if x.id != aid]
    for index in (st.by_kb, st.by_key):
        for k in [k for k, v in index.items() if v == aid]:
            del index[k]
    by_agent = st.by_agent
    for k in [k for k, v in by_agent.items() if v == aid]:
        del by_agent[k]

