"""A generic agent phrase whose country is said outside it: "its forces" after "Kenya
said", "police" in "the Egyptian army and police".  The events stage finds the owner
(a pronoun's antecedent, a shared nationality word); this gives the organ of that
country, the same actor as the country's organ of that sector already named."""

from __future__ import annotations

from ..document import Document
from .actor_phrases import _agent_actor, _agent_of
from .actor_state import CONF_UNKNOWN, _add_mention, _new_actor, _state
from .kb.normalize import key


def agent_of_country(doc: Document, start: int, end: int, country: str, *,
                     any_kind: bool = False) -> str | None:
    """The actor of the state organ the phrase [start, end) names ("forces", "police",
    "lawmakers"), as ``country``'s; with ``any_kind`` of any agent word ("its citizens").
    None when the phrase names no such agent or names a country of its own."""
    st = _state(doc)
    sdoc = doc.workspace.spacy
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    text = doc.text[start:end]
    agent = _agent_of(doc, st, span, text)
    if agent is None or agent[0] is not None or not (any_kind or agent[2] == "government"):
        return None
    _, sector, kind, name = agent
    return _agent_actor(doc, st, (country, sector, kind, name), start, end, text, create=True)


def named_group(doc: Document, start: int, end: int, name: str) -> str:
    """The actor of a group of states or bodies a phrase names by a common noun and what
    describes it ("the developed countries", "Nordic countries", "the Gulf States"): one per
    name in the document, of no country (its members are many)."""
    st = _state(doc)
    aid = st.by_key.get(key(name))
    if aid is None or doc.actor(aid) is None:
        aid = _new_actor(doc, st, name, "group", confidence=CONF_UNKNOWN).id
    _add_mention(doc.actor(aid), start, end)
    return aid
