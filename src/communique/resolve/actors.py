"""Actors: mentions resolved to canonical actors through the knowledge base.

Public helpers for later stages (the event coder):

* :func:`actors_in_span` — ids of actors mentioned inside a character span;
* :func:`resolve_phrase` — the actor a noun phrase denotes, created on demand;
* :func:`resolve_phrases` — the same for plural or coordinated phrases
  ("Hamas and Islamic Jihad", "both movements").

One actor stands for one real-world entity in a document: "Hamas", "Hamas
Movement" and "Hamas's" are one actor, and so are "PIJ" and "Islamic Jihad".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Actor, Document, Mention, Role, Span
from ..pipeline import stage
from .kb import KBEntry, KnowledgeBase, Match, load_kb
from .kb.normalize import key
from .kb.words import guess_kind, is_place_type, names_place, split_body

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
    return doc.scratch.get("kb") or load_kb()


def _state(doc: Document) -> _State:
    st = doc.scratch.get("actor_state")
    if st is None:
        st = _State(_kb_for(doc))
        for a in doc.actors:  # actors made by someone else: index them too
            st.by_key.setdefault(key(a.name), a.id)
            m = re.fullmatch(r"a(\d+)", a.id)
            if m:
                st.next_n = max(st.next_n, int(m.group(1)) + 1)
        doc.scratch["actor_state"] = st
    return st


def _new_actor(doc: Document, st: _State, name: str, kind: str, **kw: Any) -> Actor:
    while doc.actor(f"a{st.next_n}") is not None:
        st.next_n += 1
    actor = Actor(f"a{st.next_n}", name, kind, **kw)
    st.next_n += 1
    doc.actors.append(actor)
    st.by_key.setdefault(key(name), actor.id)
    return actor


def _add_mention(actor: Actor, start: int, end: int, text: str | None = None) -> None:
    if not any(s.start == start and s.end == end for s in actor.mentions):
        actor.mentions.append(Span(start, end))
        actor.mentions.sort(key=lambda s: s.start)
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


# -- public helpers ----------------------------------------------------------
def actors_in_span(doc: Document, start: int, end: int) -> list[str]:
    """Ids of actors with a mention overlapping ``[start, end)``, in text order.

    Each actor appears once, at the position of its first overlapping mention.
    """
    hits: list[tuple[int, str]] = []
    for a in doc.actors:
        first = next((s.start for s in a.mentions if s.start < end and s.end > start), None)
        if first is not None:
            hits.append((first, a.id))
    return [aid for _, aid in sorted(hits)]


def resolve_phrase(doc: Document, start: int, end: int, *, create: bool = True) -> str | None:
    """The actor a noun phrase over ``doc.text[start:end]`` denotes, or None.

    In order: an existing actor whose mention covers the phrase's head (or, for
    a phrase without an agent word, any actor mentioned inside it); a generic
    agent ("the police", "Israeli troops", "the Egyptian foreign ministry") with
    its country taken from the phrase; a knowledge-base match of the phrase
    (countries by name, adjective, demonym or capital; organisations by name or
    acronym).  With ``create`` a new actor is added to ``doc.actors`` with the
    phrase as its mention; without it only existing actors are returned.  A
    phrase naming several actors ("Hamas and Islamic Jihad", "both movements")
    gives the first; use :func:`resolve_phrases` for all of them.
    """
    ids = resolve_phrases(doc, start, end, create=create)
    return ids[0] if ids else None


def resolve_phrases(doc: Document, start: int, end: int, *, create: bool = True) -> list[str]:
    """All actors a (possibly coordinated or plural) noun phrase denotes."""
    start, end = _trim(doc.text, start, end)
    if start >= end:
        return []
    sdoc = doc.scratch.get("spacy")
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is not None and len(span) > 0:
        parts = _conjuncts(span)
        if len(parts) > 1:
            out: list[str] = []
            for s, e in parts:
                aid = _resolve_one(doc, s, e, create=create)
                if aid and aid not in out:
                    out.append(aid)
            return out
        plural = _plural_reference(doc, span)
        if plural:
            return plural
        shared = _shared_head(doc, span, create=create)
        if shared:
            return shared
    aid = _resolve_one(doc, start, end, create=create)
    return [aid] if aid else []


# -- phrase resolution ---------------------------------------------------------
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


def _name_of(text: str) -> str:
    return _DETERMINERS.sub("", " ".join(text.split()))


def _resolve_one(doc: Document, start: int, end: int, *, create: bool) -> str | None:
    start, end = _trim(doc.text, start, end)
    if start >= end:
        return None
    st = _state(doc)
    text = doc.text[start:end]
    sdoc = doc.scratch.get("spacy")
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    head = span.root if span is not None and len(span) else None

    inside = [(s.start, s.end, a) for a in doc.actors for s in a.mentions
              if s.start >= start and s.end <= end]
    # An actor mentioned over the head word is what the phrase denotes.
    if head is not None:
        for s, e, a in inside:
            if s <= head.idx < e:
                if not a.known and not a.country and a.kind != "person":
                    # "the US Congress", "Iraqi Kurds": the country named around it.
                    a.country = _country_in(doc, st, _without(sdoc, span, s, e), text)
                return a.id
    # A known body named in full ("the Israeli army" is the IDF, "the State Department").
    known = next((m for m in st.kb.exact(_name_of(text))
                  if m.entry.kind not in ("country", "person") and m.how != "capital"), None)
    if known is not None and (create or known.entry.id in st.by_kb):
        actor = actor_for_entry(doc, known.entry, CONF_KB * known.score)
        _add_mention(actor, start, end, _name_of(text))
        return actor.id
    agent = _agent_of(doc, st, span, text)
    org = _modifying_org(inside, head) if head is not None else None
    if org is not None and (agent is None or _is_generic(st.kb, head)):
        # "Hamas leaders", "the PIJ movement", "Hezbollah's military wing": the organisation.
        return org.id
    if agent is None:
        # No agent word: an actor mentioned inside stands for the phrase
        # ("Hamas leaders" -> Hamas), the widest mention first.
        if inside:
            return max(inside, key=lambda t: t[1] - t[0])[2].id
        whole = st.kb.best(_name_of(text), fuzzy=False)
        if whole is None and span is not None and len(span) <= 2 and span.root.pos_ == "PROPN":
            # A misspelt country ("Ethopia"): fuzzy, but only against countries.
            whole = next((m for m in st.kb.lookup(_name_of(text))
                          if m.entry.kind == "country" and m.how == "fuzzy"), None)
        if whole is not None and whole.how == "capital":
            # "Washington said": the government of the country, not the city.
            return _government_of(doc, st, whole.entry, start, end, create=create)
        if whole is not None:
            if not create:
                return st.by_kb.get(whole.entry.id)
            actor = actor_for_entry(doc, whole.entry, CONF_KB * whole.score)
            _add_mention(actor, start, end, _name_of(text))
            return actor.id
        if not create or not _looks_named(text, span) or names_place(text):
            return None
        place = _place_country(doc, start, end)
        if place is not None:
            # A town named as an actor ("Samarra was shelled"): its country, less surely.
            actor = actor_for_entry(doc, place, CONF_UNKNOWN + 0.1)
            _add_mention(actor, start, end)
            return actor.id
        name = _name_of(text)
        aid = st.by_key.get(key(name))
        if aid is None:
            kind, sector = guess_kind(name, None)
            actor = _new_actor(doc, st, name, kind, sector=sector, confidence=CONF_UNKNOWN)
            aid = actor.id
        _add_mention(doc.actor(aid), start, end)
        return aid
    return _agent_actor(doc, st, agent, start, end, text, create=create)


def _agent_actor(doc: Document, st: _State, agent: tuple, start: int, end: int, text: str, *,
                 create: bool, display: str | None = None) -> str | None:
    """The actor for a generic agent (country, sector, kind, name), one per document."""
    country, sector, kind, name = agent
    k = (country, sector, None if kind == "government" else key(name))
    aid = st.by_agent.get(k)
    if aid is None and kind == "government" and country:
        # "Israeli troops" after "the Israel Defense Forces": the same body.
        aid = next((a.id for a in doc.actors if a.kind == "government"
                    and a.country == country and a.sector == sector), None)
    if aid is None:
        if not create:
            return None
        actor = _new_actor(doc, st, display or _agent_display(st.kb, country, name, text), kind,
                           country=country, sector=sector, confidence=CONF_AGENT)
        aid = st.by_agent[k] = actor.id
    _add_mention(doc.actor(aid), start, end, _name_of(text))
    return aid


def _government_of(doc: Document, st: _State, country: KBEntry, start: int, end: int, *,
                   create: bool) -> str | None:
    k = (country.id, "GOV", None)
    aid = st.by_agent.get(k) or next(
        (a.id for a in doc.actors if a.kind == "government" and a.country == country.id
         and a.sector == "GOV"), None)
    if aid is None:
        if not create:
            return None
        actor = _new_actor(doc, st, f"{country.name} government", "government",
                           country=country.id, sector="GOV", confidence=CONF_AGENT)
        aid = actor.id
    st.by_agent[k] = aid
    _add_mention(doc.actor(aid), start, end, doc.text[start:end])
    return aid


def _agent_display(kb: KnowledgeBase, country: str | None, name: str, text: str) -> str:
    """The phrase itself names the actor ("Egyptian foreign ministry"); a bare agent
    word gets its country's name ("Israel troops" would read badly, so only then)."""
    shown = _name_of(text)
    if len(shown.split()) > 1 or not country:
        return shown
    c = kb.get(country)
    return f"{c.name} {name}" if c else shown


def _without(sdoc, span, s: int, e: int):
    """The part of ``span`` before the char range [s, e) (its modifiers), or None."""
    if span is None:
        return None
    rest = [t for t in span if t.idx + len(t) <= s]
    return sdoc[rest[0].i:rest[-1].i + 1] if rest else None


def _place_country(doc: Document, start: int, end: int) -> KBEntry | None:
    """The country of a place mention covering the phrase, if the places stage resolved it."""
    for m in doc.mentions:
        if m.place and m.start <= start + 4 and m.end >= end:
            place = doc.place(m.place)
            if place is not None and place.country:
                return _state(doc).kb.get(place.country)
    return None


def _looks_named(text: str, span) -> bool:
    """A name worth an actor of its own: its head is a proper noun (or inside a named
    entity), and a lone word must be an acronym ("Organization" alone is no name)."""
    if span is not None and len(span):
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and not words[0].is_upper:
            w = words[0]
            # "Putin", "Kifaya" (tagged names) yes; "Organization", "State" no.
            return (w.pos_ == "PROPN" and w.ent_type_ in ("PERSON", "ORG", "NORP")
                    and guess_kind(w.text, None) == ("organization", None))
        head = span.root
        return head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "PERSON", "NORP")
    words = text.split()
    if len(words) == 1:
        return text.isupper()
    return words[-1][:1].isupper()


def _agent_of(doc: Document, st: _State, span, text: str):
    """(country, sector, kind, name) when the phrase's head is a generic agent word."""
    kb = st.kb
    if span is None or not len(span):
        words = text.split()
        head_word, mods = (words[-1] if words else ""), words[:-1]
        compound = " ".join(words[-2:]).lower() if len(words) > 1 else ""
    else:
        head = span.root
        head_word = head.lemma_.lower() if head.lemma_ else head.lower_
        mods = [t.text for t in span if t.i != head.i]
        prev = doc.scratch["spacy"][head.i - 1] if head.i > span.start else None
        compound = f"{prev.lower_} {head.lower_}" if prev is not None else ""
    agent = kb.agent(compound) or kb.agent(head_word)
    if agent is None and (span is None or not len(span)):
        agent = kb.agent(text.split()[-1].lower()) if text.split() else None
    if agent is None:
        return None
    sector = agent.sector
    if agent.generic and span is not None and len(span):
        # "rebel leaders", "army officers": the modifier says who they are.
        for t in span:
            if t.i != span.root.i and t.head.i == span.root.i and t.dep_ in ("compound", "amod", "nmod"):
                mod = kb.agent(t.lemma_.lower()) or kb.agent(t.lower_)
                if mod is not None and not mod.generic:
                    return _country_in(doc, st, span, text), mod.sector, mod.kind, mod.name
    if not sector:
        return None  # "group", "members": an actor only with a telling modifier
    # "foreign ministry", "Ministry of Interior", "defence minister": the portfolio word.
    if agent.term in ("ministry", "minister", "official", "officials", "spokesman"):
        sector = _office_sector(kb, text) or sector
    country = _country_in(doc, st, span, text)
    return country, sector, agent.kind, agent.name


def _is_generic(kb: KnowledgeBase, head) -> bool:
    """A head that names part of an organisation: leaders, officials, movement, wing."""
    agent = kb.agent(head.lemma_.lower()) or kb.agent(head.lower_)
    if agent is not None and agent.generic:
        return True
    return guess_kind(head.text, None)[0] != "organization" or head.lower_ in (
        "movement", "organization", "organisation", "group", "network")


def _modifying_org(inside, head):
    """An organisation (not a country, not a person) mentioned before the head word."""
    best = None
    for s, e, a in inside:
        if a.kind in ("country", "person") or e > head.idx:
            continue
        if best is None or e > best[1]:
            best = (s, e, a)
    return best[2] if best else None


def _office_sector(kb: KnowledgeBase, text: str) -> str | None:
    """The sector of a portfolio named in a phrase ("defence ministry" -> MIL)."""
    low = " ".join(text.lower().split())
    for word in sorted(kb.offices, key=len, reverse=True):
        if re.search(rf"\b{re.escape(word)}\b", low):
            return kb.offices[word]
    return None


def _country_in(doc: Document, st: _State, span, text: str) -> str | None:
    """The country named in a phrase: an adjective, a possessive, an "of X"."""
    # An actor already resolved inside the phrase (a country, or an organisation's country).
    s, e = (span.start_char, span.end_char) if span is not None else (None, None)
    if s is not None:
        for a in doc.actors:
            for m in a.mentions:
                if m.start >= s and m.end <= e and a.country:
                    return a.country
        # A place resolved by the places stage ("rebels in Darfur", "Tripoli militias").
        for m in doc.mentions:
            if m.place and m.start >= s and m.end <= e:
                place = doc.place(m.place)
                if place is not None and place.country:
                    return place.country
        tokens = list(span)
        # "United States", "Saudi Arabia": try two-word names before one word.
        for n in (3, 2, 1):
            for i in range(len(tokens) - n + 1):
                if i > 0 and tokens[i - 1].text == "-":
                    continue  # "Pan-American", "Afro-Asian": not the country
                chunk = doc.text[tokens[i].idx:tokens[i + n - 1].idx + len(tokens[i + n - 1])]
                c = st.kb.country(chunk)
                if c is not None:
                    return c.id
        return None
    for w in re.findall(r"[A-Z][\w.'’-]*", text):
        c = st.kb.country(w)
        if c is not None:
            return c.id
    return None


def _conjuncts(span) -> list[tuple[int, int]]:
    """Char spans of coordinated noun phrases inside a span ("A and B")."""
    root = span.root
    conj = [t for t in root.conjuncts if span.start <= t.i < span.end]
    if not conj:
        return []
    heads = sorted([root, *conj], key=lambda t: t.i)
    out = []
    for h in heads:
        toks = [t for t in h.subtree if span.start <= t.i < span.end
                and t.dep_ not in ("cc", "conj", "punct") or t.i == h.i]
        # Drop the words of the other conjuncts below this head (the first one's
        # subtree holds the rest of the coordination).
        others = [c for c in heads if c.i != h.i and h.is_ancestor(c)]
        toks = [t for t in toks if not any(t.i == c.i or c.is_ancestor(t) for c in others)]
        if toks:
            out.append((min(t.idx for t in toks), max(t.idx + len(t) for t in toks)))
    return out


def _shared_head(doc: Document, span, *, create: bool) -> list[str]:
    """ "US and British forces", "Senior Hungarian and Romanian officials": one agent
    per country, each with its own adjective as the mention."""
    st = _state(doc)
    root = span.root
    for mod in root.children:
        if mod.i >= root.i or mod.dep_ not in ("amod", "compound", "nmod"):
            continue
        group = sorted([mod, *[c for c in mod.conjuncts if span.start <= c.i < span.end]],
                       key=lambda t: t.i)
        if len(group) < 2:
            continue
        countries = [st.kb.country(t.text) for t in group]
        if not all(countries) or len({c.id for c in countries}) < 2:
            continue
        agent = _agent_of(doc, st, span, span.text)
        if agent is None:
            return []
        out = []
        for tok, c in zip(group, countries):
            own = (c.id, *agent[1:])
            shown = f"{tok.text} {doc.text[root.idx:root.idx + len(root)]}"
            aid = _agent_actor(doc, st, own, tok.idx, tok.idx + len(tok), shown,
                               create=create, display=shown)
            if aid and aid not in out:
                out.append(aid)
        return out
    return []


_PLURAL_REF = re.compile(r"^(?:both|the two|the 2|all|the)\s+(\w+)s$", re.I)


def _plural_reference(doc: Document, span) -> list[str]:
    """ "both movements", "the two leaderships": the issuers when they fit."""
    m = _PLURAL_REF.match(" ".join(span.text.split()))
    if not m or not span.text.lower().startswith(("both", "the two", "the 2")):
        return []
    if len(doc.issuers) >= 2:
        return list(doc.issuers)
    return []


# -- mentions -> actors ---------------------------------------------------------
# Labels that denote places rather than actors unless the knowledge base says
# otherwise (a country, an organisation) or the name acts (capital metonymy).
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_AGENTIVE_DEPS = {"nsubj", "nsubjpass", "agent", "poss"}


def link_mentions(doc: Document, st: _State, settings: dict[str, Any]) -> None:
    """Give each actor-denoting mention its actor, creating actors as needed."""
    persons: list[Mention] = []
    for m in doc.mentions:
        if _before_place_word(doc, m):
            continue  # "Khan Neshin district", "Yahya Khel village": a place
        if m.label == "PERSON":
            if not names_place(m.text):  # "COVID-19" tagged as a person
                persons.append(m)
            continue
        if m.label not in ("ORG", "NORP", "GPE", "LOC", "FAC"):
            continue
        actor = _actor_for_name_mention(doc, st, m)
        if actor is not None and not actor.known and not actor.country and m.label != "NORP":
            actor.country = _country_before(doc, m)
        if actor is not None:
            m.actor = actor.id
            _add_mention(actor, m.start, m.end, _name_of(m.text))
    # Persons last: their roles refer to the organisations above.
    for m in persons:
        actor = _person_actor(doc, st, m)
        m.actor = actor.id
        _add_mention(actor, m.start, m.end, m.text)


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts)\s+of"
    r"|\b(?:village|town|city|district|province|region|area|governorate|suburb)\s+of)"
    r"\s+(?:the\s+)?$", re.I)


def _before_place_word(doc: Document, m: Mention) -> bool:
    """A name written as a place: "Khan Neshin district", "the village of Ser Banader",
    "north of Alaqehdari"."""
    if m.label not in ("PERSON", "ORG", "GPE", "LOC"):
        return False
    nxt = re.match(r"\s+([A-Za-z]+(?: camp)?)", doc.text[m.end:m.end + 30])
    if nxt and is_place_type(nxt.group(1)):
        return True
    return bool(_PLACE_BEFORE.search(doc.text[max(0, m.start - 30):m.start]))


def _country_before(doc: Document, m: Mention) -> str | None:
    """ "Ivory Coast's Supreme Court", "Iraqi Kurds": a country mention just before."""
    before = doc.text[max(0, m.start - 4):m.start]
    gap = len(before) - len(before.rstrip("'’s ")) if before.rstrip("'’s ") != before else 0
    for other in doc.mentions:
        if other.actor and other.end in (m.start - 1, m.start - gap) and other.end < m.start:
            a = doc.actor(other.actor)
            if a is not None and a.kind == "country":
                return a.country
    return None


def _is_agentive(doc: Document, m: Mention) -> bool:
    sdoc = doc.scratch.get("spacy")
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    return span is not None and len(span) > 0 and span.root.dep_ in _AGENTIVE_DEPS


_NORP_PREFIX = re.compile(r"^(?:intra|inter|pan|all)-", re.I)


def _actor_for_name_mention(doc: Document, st: _State, m: Mention) -> Actor | None:
    kb = st.kb
    text = m.long_form if m.long_form and not kb.exact(m.text) else m.text
    if m.label == "NORP":
        text = _NORP_PREFIX.sub("", text)  # "intra-Palestinian" is about Palestinians
    matches = kb.lookup(text, fuzzy=m.label in ("ORG", "GPE"))
    if m.label == "GPE" and matches and matches[0].how in ("skeleton", "fuzzy"):
        # A misspelt country ("Ethopia") is fine; a city near an organisation's name is not.
        matches = [x for x in matches if x.entry.kind == "country"]
    if not matches and m.long_form and text != m.text:
        matches = kb.lookup(m.text, fuzzy=False)
    if not matches and m.label == "ORG":
        matches = _prefix_match(kb, text)
    match = _choose(_in_context(doc, matches), m.label)
    if match is not None:
        e = match.entry
        if match.how == "capital":
            if not _is_agentive(doc, m):
                return None  # "a meeting in Cairo": a place, not Egypt acting
            aid = _government_of(doc, st, e, m.start, m.end, create=True)
            return doc.actor(aid)
        if e.kind == "country" and m.label in ("LOC", "FAC"):
            return None
        conf = CONF_KB * match.score * _label_fit(e, m.label)
        return actor_for_entry(doc, e, conf)
    if m.label in _PLACE_LABELS or names_place(m.text):
        return None  # cities, regions, buildings: the places stage handles them
    if not any(c.isupper() for c in m.text):
        return None  # "solidarity", "discos": the model's misfires, not names
    if " " not in m.text.strip() and not m.text.isupper() and not m.long_form:
        # One common capitalised word ("State", "International", "Army"): a generic
        # agent at most, never a named organisation of its own.
        agent = kb.agent(m.text.lower())
        if agent is None or not agent.sector:
            return None
        aid = _agent_actor(doc, st, (None, agent.sector, agent.kind, agent.name),
                           m.start, m.end, m.text, create=True)
        return doc.actor(aid)
    # "Hamas Political Bureau", "PIJ Political Bureau": an organ stands for its organisation.
    parts = split_body(m.text)
    if parts is not None:
        parent = _choose(kb.lookup(parts[0], fuzzy=False), "ORG")
        if parent is not None:
            return actor_for_entry(doc, parent.entry, CONF_KB * parent.score)
        aid = st.by_key.get(key(parts[0]))
        if aid:
            return doc.actor(aid)
    name = _name_of(m.long_form or m.text)
    aid = st.by_key.get(key(name)) or st.by_key.get(key(m.text))
    if aid is not None:
        actor = doc.actor(aid)
        if m.long_form:
            st.by_key.setdefault(key(m.text), aid)
        return actor
    kind, sector = guess_kind(name, m.label)
    if m.label == "NORP":
        kind, sector = "group", sector
    # "Ministry of Interior of Egypt", "Iraqi Kurdistan Council": the country named inside.
    sdoc = doc.scratch.get("spacy")
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    country = _country_in(doc, st, span, m.text) if m.label != "NORP" else None
    if kind == "government":
        sector = _office_sector(st.kb, m.text) or sector
    actor = _new_actor(doc, st, name, kind, sector=sector, country=country,
                       confidence=CONF_UNKNOWN)
    if m.long_form:
        st.by_key.setdefault(key(m.text), actor.id)
        actor.aliases.append(m.text)
    return actor


def _prefix_match(kb: KnowledgeBase, text: str) -> list[Match]:
    """ "Hamas Islamic Resistance": a known name followed only by words of its other names."""
    words = text.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        for m in kb.exact(head):
            if m.entry.kind in ("country", "person"):
                continue
            known = {w for name in m.entry.all_names for w in key(name).split()}
            rest = key(" ".join(words[n:])).split()
            if rest and all(w in known or guess_kind(w, None)[0] != "organization"
                            or w in ("movement",) for w in rest):
                return [Match(m.entry, "prefix", round(m.score * 0.9, 3))]
    return []


def _in_context(doc: Document, matches: list[Match]) -> list[Match]:
    """Order equally good matches of an ambiguous name (RSF, PLC) by the document.

    An entry whose full name is written in the text wins; then one whose country
    is already among the document's actors.  An unresolved tie lowers the score.
    """
    if len(matches) < 2 or matches[0].score != matches[1].score:
        return matches
    low = doc.text.casefold()
    countries = {a.country for a in doc.actors if a.country}

    def rank(m: Match) -> tuple[int, int]:
        named = any(len(n) > 5 and n.casefold() in low for n in (m.entry.name, *m.entry.aliases))
        return (0 if named else 1, 0 if m.entry.country in countries else 1)

    ranked = sorted(matches, key=rank)
    if rank(ranked[0]) == rank(ranked[1]):
        ranked[0] = Match(ranked[0].entry, ranked[0].how, round(ranked[0].score * 0.7, 3))
    return ranked


def _label_fit(entry: KBEntry, label: str) -> float:
    """How well the NER label agrees with the entry's kind (Jordan the person vs the country)."""
    if label == "PERSON":
        return 0.6 if entry.kind != "person" else 1.0
    if entry.kind == "person":
        return 0.7
    return 1.0


def _choose(matches: list[Match], label: str) -> Match | None:
    if not matches:
        return None
    if label == "PERSON":
        persons = [m for m in matches if m.entry.kind == "person"]
        if persons:
            return persons[0]
    elif label in ("ORG", "NORP"):
        non_person = [m for m in matches if m.entry.kind != "person"]
        if non_person:
            return non_person[0]
    return matches[0]


def _person_actor(doc: Document, st: _State, m: Mention) -> Actor:
    kb = st.kb
    name = m.text
    # A known person (transliteration-tolerant); a one-word name must match exactly.
    match = _choose(kb.lookup(name, fuzzy=len(name.split()) > 1), "PERSON")
    if match is not None and match.entry.kind != "person":
        # "Jordan" tagged PERSON: the country, with less confidence.
        return actor_for_entry(doc, match.entry, CONF_KB * match.score * _label_fit(match.entry, "PERSON"))
    if match is not None:
        actor = actor_for_entry(doc, match.entry, CONF_KB * match.score)
    else:
        actor = _same_person(doc, st, name)
        if actor is None:
            actor = _new_actor(doc, st, name, "person", confidence=CONF_UNKNOWN + 0.2)
    if m.role:
        of = None
        if m.role_of:
            of = resolve_phrase_text(doc, m.role_of, near=m.start)
        if not any(r.title == m.role for r in actor.roles):
            actor.roles.append(Role(m.role, of))
        org = doc.actor(of) if of else None
        if org is not None and org.country and not actor.country:
            actor.country = org.country
        if not actor.sector:
            actor.sector = _role_sector(doc, st, m, org)
    return actor


def _role_sector(doc: Document, st: _State, m: Mention, org: Actor | None) -> str | None:
    """A person's sector from the role: the organisation's ("Islamic Jihad commander" ->
    REB), else the title's ("Israeli Prime Minister" -> GOV, "army general" -> MIL)."""
    if org is not None and org.kind != "country" and org.sector:
        return org.sector
    words = m.role.replace("-", " ").lower().split()
    found = None
    for w in words:
        agent = st.kb.agent(w)
        if agent is not None and not (agent.generic and found):
            found = agent.sector if (found is None or not agent.generic) else found
    return found or (_office_sector(st.kb, m.role) if "minist" in m.role.lower() else None)


def _same_person(doc: Document, st: _State, name: str) -> Actor | None:
    """An earlier person actor this name refers to ("Haniyeh" after "Ismail Haniyeh")."""
    k = key(name)
    aid = st.by_key.get(k)
    if aid is not None and doc.actor(aid).kind == "person":
        return doc.actor(aid)
    words = k.split()
    for a in doc.actors:
        if a.kind != "person":
            continue
        full = key(a.name).split()
        if len(words) == 1 and words[0] == full[-1]:
            return a
        if len(words) < len(full) and full[-len(words):] == words:
            return a
    return None


def resolve_phrase_text(doc: Document, text: str, near: int = 0) -> str | None:
    """The actor id for a name given as text (a role's organisation), nearest mention first."""
    st = _state(doc)
    for m in sorted(doc.mentions, key=lambda m: abs(m.start - near)):
        if m.actor and key(m.text) == key(text):
            return m.actor
    match = _choose(st.kb.lookup(text, fuzzy=False), "ORG")
    if match is not None:
        return actor_for_entry(doc, match.entry, CONF_KB * match.score).id
    parts = split_body(text)
    if parts is not None:
        return resolve_phrase_text(doc, parts[0], near)
    return st.by_key.get(key(_name_of(text)))


# -- the stage -----------------------------------------------------------------
@stage("actors", requires=("mentions",), sets=("actors", "issuers"))
def actors_stage(settings, config):
    """Mentions resolved to canonical actors (knowledge base, agents, roles, issuers)."""
    kb = load_kb(settings.get("user_kb") or "", float(settings.get("fuzzy_threshold", 90)))
    def actors(doc: Document) -> Document:
        doc.scratch["kb"] = kb
        doc.scratch.pop("actor_state", None)
        doc.actors = []
        link_mentions(doc, _state(doc), settings)
        issuers: list[str] = []
        for s, e in doc.scratch.get("issuer_spans", []) or []:
            aid = resolve_phrase(doc, s, e, create=True)
            if aid and aid not in issuers:
                issuers.append(aid)
        doc.issuers = issuers
        return doc

    return actors


__all__ = ["actors_in_span", "resolve_phrase", "resolve_phrases", "actor_for_entry",
           "Match", "Mention"]
