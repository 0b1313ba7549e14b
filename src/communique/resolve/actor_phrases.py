"""One noun phrase -> its actor: "the Egyptian foreign ministry", "Israeli troops",
"Washington", "Hamas leaders" (coordinations are split by :mod:`.phrase_groups`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..document import Document
from .actor_state import (CONF_AGENT, CONF_KB, CONF_UNKNOWN, _add_mention, _name_of,
                          _new_actor, _state, _State, _trim, actor_for_entry)
from .dated_names import dated_name
from .kb import KBEntry, KnowledgeBase
from .kb.normalize import fold, key
from .gazetteer.ranking import generic_word_regex
from .group_counts import counted as _counted
from .kb.words import guess_kind, names_a_body, names_place, names_sponsor, regional_demonyms, title_qualifiers
from .misspelt_countries import drop_known_places


def _resolve_one(doc: Document, start: int, end: int, *, create: bool, parsed=None) -> str | None:
    """``parsed``: ``(start, end, span)``, a caller's span of the parse over those offsets
    (made again here only when the trimmed offsets differ)."""
    start, end = _trim(doc.text, start, end)
    if start >= end:
        return None
    st = _state(doc)
    text = doc.text[start:end]
    sdoc = doc.workspace.spacy
    if parsed is not None and parsed[0] == start and parsed[1] == end:
        span = parsed[2]
    else:
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
    # (a body's name is written with a capital: "offered an amnesty" names no Amnesty International;
    # a text written all in lower case says nothing by its case)
    written = not _name_of(text).islower() or doc.text.islower()
    known = next((m for m in st.kb.exact(_name_of(text))
                  if m.entry.kind not in ("country", "person") and m.how != "capital"), None) if written else None
    if known is not None and (create or known.entry.id in st.by_kb):
        actor = actor_for_entry(doc, known.entry, CONF_KB * known.score)
        _add_mention(actor, start, end, _name_of(text))
        return actor.id
    agent = _agent_of(doc, st, span, text)
    org = _modifying_org(inside, head) if head is not None else None
    if org is not None and (agent is None or _is_generic(st.kb, head)):
        # "Hamas leaders", "the PIJ movement", "Hezbollah's military wing": the organisation.
        return org.id
    if agent is None and (led := _led_by(st.kb, head)) is not None:
        # "the Russian-led alliance", "a Kenya-led mission": a body the country leads, not the
        # country itself; the leader's country is its own (a led coalition the KB knows too)
        return _agent_actor(doc, st, (led, None, "igo", head.lower_), start, end, text, create=create)
    if agent is None:
        # No agent word: an actor mentioned inside stands for the phrase
        # ("Hamas leaders" -> Hamas), the widest mention first.
        if inside:
            return max(inside, key=lambda t: t[1] - t[0])[2].id
        whole = st.kb.best(_name_of(text), fuzzy=False) if written else None
        if whole is None and span is not None and len(span) <= 2 and span.root.pos_ == "PROPN":
            # A misspelt country ("Ethopia"): fuzzy, but only against countries.
            whole = next((m for m in drop_known_places(_name_of(text), st.kb.lookup(_name_of(text)))
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
        if not create or not _looks_named(text, span) or names_place(text) \
                or written_after_place_word(doc.text, start):
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
            country, dated = None, dated_name(doc, st.kb, name)
            if dated is not None:   # "the Duma": the field's dictionary knows it
                country, sector, kind = dated[0], dated[1] or sector, dated[2] if dated[2] != "country" else kind
            actor = _new_actor(doc, st, name, kind, sector=sector, country=country, confidence=CONF_UNKNOWN)
            aid = actor.id
        _add_mention(doc.actor(aid), start, end)
        return aid
    titled = _titled_person(doc, span, agent)
    if titled is not None:
        _add_mention(titled, start, end)
        return titled.id
    return _agent_actor(doc, st, agent, start, end, text, create=create)


# Agent words that name one holder of an office ("the Minister", "the envoy"), not a body.
_OFFICE_HOLDERS = {"minister", "envoy", "ambassador", "president", "governor", "premier", "mayor",
                   "spokesperson", "chancellor", "commissioner", "secretary"}


def _titled_person(doc: Document, span, agent: tuple | None):
    """ "Foreign Minister Lena Varga ... The Minister condemned ...": a definite singular
    title with no country is the one person the document names with that title (none
    when two or more bear it, nor when the title says it is another holder: "the outgoing
    President", "the President of the Assembly")."""
    if agent is None or span is None or not len(span):
        return None
    country, _sector, kind, name = agent
    head = span.root
    if country or kind != "government" or name not in _OFFICE_HOLDERS or head.tag_ not in ("NN", "NNP") \
            or not any(t.dep_ == "det" and t.lower_ == "the" for t in head.children):
        return None
    if any(c.dep_ == "amod" and c.lower_ in title_qualifiers() for c in head.children):
        return None   # "the outgoing President": another holder than the one named before
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
            g.dep_ == "pobj" and names_a_body(g.text) for g in c.children) for c in head.children):
        return None   # "the President of the Assembly": that body's office, not the holder named
    word = head.lower_
    holders = [a for a in doc.actors if a.kind == "person"
               and any(word in r.title.lower().split() for r in a.roles)]
    return holders[0] if len(holders) == 1 else None


# "the village of X", "the hamlet of X", "north of X": what follows is a place, not an actor.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts)\s+of"
    rf"|\b(?:{generic_word_regex()}|area)\s+of)"
    r"\s+(?:the\s+)?$", re.I)


def written_after_place_word(text: str, start: int) -> bool:
    """A name after a generic place word or a direction ("the hamlet of Ser Banader",
    "north of Alaqehdari"): a place name (gazetteer.ranking.GENERIC_WORDS)."""
    before = text[max(0, start - 30):start]
    # (every match ends in "of" and spaces, or "of the": no "of", no search)
    return "of" in before.lower() and bool(_PLACE_BEFORE.search(before))


def _agent_actor(doc: Document, st: _State, agent: tuple, start: int, end: int, text: str, *,
                 create: bool, display: str | None = None) -> str | None:
    """The actor for a generic agent (country, sector, kind, name), one per document."""
    country, sector, kind, name = agent
    k = generic = (country, sector, None if kind == "government" else key(name))
    nationality = _unknown_nationality(doc, start, end, name) if country is None else None
    if nationality:
        # "Freedonian artillery" and "Ruritanian forces", both of no country we know: two
        # sides named apart, not one generic army ("the Freedonian gunners" stay the first)
        k = (None, sector, "nationality:" + key(nationality))
    aid = st.by_agent.get(k)
    if aid is None and nationality and (g := st.by_agent.get(generic)) is not None \
            and key(nationality) in key(doc.actor(g).name).split():
        aid = st.by_agent[k] = g   # named with the same nationality before, by another reading
    if aid is not None and kind == "group" and _counted(doc, start, end) \
            and not any(s.start < end and start < s.end for s in doc.actor(aid).mentions):
        aid = None   # "ten people ... 40 people": another group of the same name
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
        st.by_agent.setdefault(generic, aid)   # a later bare "the troops": the first named
    _add_mention(doc.actor(aid), start, end, _name_of(text))
    return aid


def _unknown_nationality(doc: Document, start: int, end: int, name: str) -> str | None:
    """A nationality before the agent word that resolved to no country ("Freedonian"), or None."""
    sdoc = doc.workspace.spacy
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is None:
        return None
    first = next((t for t in span if t.pos_ != "DET"), None)
    if (first is not None and first.i < span.root.i and first.ent_type_ == "NORP"
            and first.text[:1].isupper() and key(first.text) not in key(name).split()):
        return first.text
    return None


def _government_of(doc: Document, st: _State, country: KBEntry, start: int, end: int, *,
                   create: bool) -> str | None:
    code = country.country or country.id   # (a user KB's country has an id of its own)
    k = (code, "GOV", None)
    aid = st.by_agent.get(k) or next(
        (a.id for a in doc.actors if a.kind == "government" and a.country == code
         and a.sector == "GOV"), None)
    if aid is None:
        if not create:
            return None
        actor = _new_actor(doc, st, f"{country.name} government", "government",
                           country=code, sector="GOV", confidence=CONF_AGENT)
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
        head_word = words[-1] if words else ""
        compound = " ".join(words[-2:]).lower() if len(words) > 1 else ""
    else:
        head = span.root
        head_word = head.lemma_.lower() if head.lemma_ else head.lower_
        prev = doc.workspace.spacy[head.i - 1] if head.i > span.start else None
        compound = f"{prev.lower_} {head.lower_}" if prev is not None else ""
    agent = kb.agent(compound) or kb.agent(head_word)
    if agent is None and (span is None or not len(span)):
        agent = kb.agent(text.split()[-1].lower()) if text.split() else None
    if agent is None:
        return None
    if agent.materiel and span is not None and len(span) and _civil_craft(span):
        return None   # "a rescue helicopter", "a passenger jet": no armed force
    sector = agent.sector
    if agent.generic and span is not None and len(span):
        # "rebel leaders", "army officers": the modifier says who they are.
        root = span.root.i   # (once: Span.root reads the whole span)
        for t in span:
            if t.i != root and t.head.i == root and t.dep_ in ("compound", "amod", "nmod"):
                mod = kb.agent(t.lemma_.lower()) or kb.agent(t.lower_)
                # ("Government helicopters" are the air force's, not the cabinet's)
                if mod is not None and not mod.generic and not (agent.materiel and mod.sector == "GOV"):
                    return _country_in(doc, st, span, text), mod.sector, mod.kind, mod.name
    if not sector:
        return None  # "group", "members": an actor only with a telling modifier
    # "foreign ministry", "Ministry of Interior", "defence minister": the portfolio word.
    if agent.term in ("ministry", "minister", "official", "officials", "spokesman"):
        sector = _office_sector(kb, text) or sector
    country = _country_in(doc, st, span, text)
    return country, sector, agent.kind, agent.name


@lru_cache(maxsize=1)
def _civil_uses() -> frozenset[str]:
    path = Path(__file__).with_name("kb") / "civil_craft_uses.txt"
    lines = (ln.split("#", 1)[0].strip().lower() for ln in path.read_text().splitlines())
    return frozenset(ln for ln in lines if ln)


def _civil_craft(span) -> bool:
    """A craft named with a word of a civil use before it ("rescue helicopter", "passenger
    jet"; kb/civil_craft_uses.txt)."""
    root = span.root
    return any(t.head.i == root.i and t.dep_ in ("compound", "amod", "nmod")
               and t.lower_ in _civil_uses() for t in span if t.i != root.i)


def _led_by(kb: KnowledgeBase, head) -> str | None:
    """The country of "<country>-led" before a common noun ("the Saudi-led coalition", "the
    US-led force"), or None."""
    if head is None or head.pos_ != "NOUN":
        return None
    for led in head.children:
        if led.lower_ == "led" and led.i < head.i and led.dep_ in ("amod", "compound"):
            by = [c for c in led.children if c.i < led.i and c.dep_ in ("npadvmod", "compound", "nmod", "amod")]
            if by and led.doc[led.i - 1].text == "-":
                words = led.doc[by[0].left_edge.i:by[0].i + 1].text
                c = kb.country(words)
                return (c.country or c.id) if c is not None else None
    return None


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


# "pro-Russian rebels", "anti-American protesters": a stance towards the country, not
# its nationals (the name right after the prefix gives no country).
_STANCE_PREFIX = re.compile(r"\b(?:pro|anti)\s*-\s*$", re.I)


def _stance_prefixed(text: str, at: int) -> bool:
    return _STANCE_PREFIX.search(text, max(0, at - 8), at) is not None


def _not_own(text: str, start: int, end: int) -> bool:
    """A name that gives no country to the phrase it is in: "pro-Russian rebels" (a
    stance), "Iranian-backed rebels" (a sponsor)."""
    return _stance_prefixed(text, start) or names_sponsor(text, end)


def _country_in(doc: Document, st: _State, span, text: str) -> str | None:
    """The country named in a phrase: an adjective, a possessive, an "of X"."""
    # An actor already resolved inside the phrase (a country, or an organisation's country).
    s, e = (span.start_char, span.end_char) if span is not None else (None, None)
    if s is not None:
        for a in doc.actors:
            for m in a.mentions:
                if m.start >= s and m.end <= e and a.country and not _not_own(doc.text, m.start, m.end):
                    return a.country
        # A place resolved by the places stage ("rebels in Darfur", "Tripoli militias").
        for m in doc.mentions:
            if m.place and m.start >= s and m.end <= e and not _not_own(doc.text, m.start, m.end):
                place = doc.place(m.place)
                if place is not None and place.country:
                    return place.country
        tokens = list(span)
        # (a country coordinated inside a known body's name, "the Group of 77 and China", is
        # the name's)
        bodies = [(m.start + i, m.end) for a in doc.actors if a.known and a.kind != "country"
                  for m in a.mentions if m.start >= s and m.end <= e
                  and (i := doc.text.find(" and ", m.start, m.end) - m.start) > 0]
        # "United States", "Saudi Arabia": try two-word names before one word.
        # (each word's text and offset read once: the loop below reads them up to six times)
        texts, starts = [t.text for t in tokens], [t.idx for t in tokens]
        regional = regional_demonyms()
        for n in (3, 2, 1):
            for i in range(len(tokens) - n + 1):
                if i > 0 and texts[i - 1] == "-" or texts[i] == "-" or texts[i + n - 1] == "-":
                    continue  # "Pan-American", "Afro-Asian", "pro-Russian": not the country
                if bodies and any(a <= starts[i] < b for a, b in bodies):
                    continue
                if i > 0 and fold(f"{texts[i - 1]} {texts[i]}") in regional:
                    continue  # "Latin American", "West Indian": a region's people, no country's
                chunk_end = starts[i + n - 1] + len(texts[i + n - 1])
                c = st.kb.country(doc.text[starts[i]:chunk_end])
                # ("Iranian-backed": the sponsor's country, not the group's; asked only of a
                # country's name, the cheaper test first)
                if c is not None and not names_sponsor(doc.text, chunk_end):
                    return c.country or c.id   # (a user KB's country has an id of its own)
        return None
    regional = regional_demonyms()
    words = re.findall(r"[A-Z][\w.'’-]*", text)
    for i, w in enumerate(words):
        if i > 0 and fold(f"{words[i - 1]} {w}") in regional:
            continue   # ("Latin American": a region's people)
        c = st.kb.country(w)
        if c is not None:
            return c.id
    return None
