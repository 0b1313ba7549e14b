"""Mentions -> actors: the knowledge base, persons with roles, organs of organisations."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..document import Actor, Document, Mention, Role
from .actor_phrases import (_agent_actor, _country_in, _government_of, _office_sector,
                            written_after_place_word)
from .actor_state import (CONF_KB, CONF_UNKNOWN, _add_mention, _name_of, _new_actor, _State,
                          _state, actor_for_entry)
from .declared_states import declared_state_name
from .kb import KnowledgeBase
from .kb.dated_actors import split_code
from .kb.normalize import key
from .kb.words import guess_kind, is_place_type, names_place, split_body
from .kb_matches import choose_match, in_context, label_fit, prefix_match
from .misspelt_countries import drop_known_places
from .place_persons import country_of_place_person

# -- mentions -> actors ---------------------------------------------------------
# Labels that denote places rather than actors unless the knowledge base says
# otherwise (a country, an organisation) or the name acts (capital metonymy).
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_AGENTIVE_DEPS = {"nsubj", "nsubjpass", "agent", "poss"}
# A country the tagger took for a region ("Ivory Coast", "South Sudan" as LOC) is also the
# state when a verb acts on it: its direct or indirect object ("criticised Ivory Coast").
_OBJECT_DEPS = {"dobj", "dative"}


def link_mentions(doc: Document, st: _State, settings: dict[str, Any]) -> None:
    """Give each actor-denoting mention its actor, creating actors as needed."""
    persons: list[Mention] = []
    for m in doc.mentions:
        if _before_place_word(doc, m):
            continue  # "Khan Neshin district", "Yahya Khel village": a place
        if m.label == "PERSON":
            if not names_place(m.text) and not _tagged_a_place_elsewhere(doc, m):
                persons.append(m)   # (not "COVID-19", nor a town the tagger also saw as one)
            continue
        if m.label not in ("ORG", "NORP", "GPE", "LOC", "FAC"):
            continue
        named = _balanced(m)
        actor = _actor_for_name_mention(doc, st, named)
        if actor is not None and not actor.known and not actor.country and m.label != "NORP":
            actor.country = _country_before(doc, m) or _state_body_of(doc, st.kb, m, actor)
        if actor is not None:
            m.actor = actor.id
            _add_mention(actor, m.start, m.end, _name_of(named.text))
    # Persons last: their roles refer to the organisations above.
    for m in persons:
        actor = _person_actor(doc, st, m)
        m.actor = actor.id
        # (a place the tagger took for a person stands for its state, "Goma": DR Congo's; it
        # is no name of the state)
        _add_mention(actor, m.start, m.end, m.text if actor.kind == "person" else None)


def _tagged_a_place_elsewhere(doc: Document, m: Mention) -> bool:
    """ "fourteen young men from Kessa" tagged a person where "near Kessa" is tagged a place:
    one word with no role, named as a place in the same document, is that place."""
    if m.role or " " in m.text.strip():
        return False
    return any(o.label in _PLACE_LABELS and o.text == m.text for o in doc.mentions)


def _balanced(m: Mention) -> Mention:
    """ "Homeland Union (Conservatives", "Umma (Nation": a name the tagger cut inside its
    parenthesis is named without the unclosed gloss (the mention keeps its span)."""
    text = m.text
    if text.count("(") <= text.count(")"):
        return m
    cut = text[:text.rindex("(")].strip()
    return replace(m, text=cut) if cut else m





def _before_place_word(doc: Document, m: Mention) -> bool:
    """A name written as a place: "Khan Neshin district", "the village of Ser Banader",
    "north of Alaqehdari"."""
    if m.label not in ("PERSON", "ORG", "GPE", "LOC"):
        return False
    nxt = re.match(r"\s+([A-Za-z]+(?: camp)?)", doc.text[m.end:m.end + 30])
    if nxt and is_place_type(nxt.group(1)):
        return True
    return written_after_place_word(doc.text, m.start)


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


# State sectors whose body a country names after "of" ("the Central Bank | of Kenya", the tagger
# cutting the name before "of").
_STATE_BODY_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _state_body_of(doc: Document, kb: KnowledgeBase, m: Mention, actor: Actor) -> str | None:
    """ "the Central Bank of Kenya" tagged "Central Bank" and "Kenya": a state body of no
    country followed by "of" and a country mention is that country's."""
    if (actor.sector or "") not in _STATE_BODY_SECTORS:
        return None
    after = re.match(r"\s+of\s+(?:the\s+)?", doc.text[m.end:m.end + 12])
    if after is None:
        return None
    at = m.end + after.end()
    for other in doc.mentions:
        if other.start == at:   # (any label: the tagger may take "Malawi" for a person)
            c = kb.country(other.text)   # (linked after this mention: read from the KB)
            return (c.country or c.id) if c is not None else None
    return None


def _is_agentive(doc: Document, m: Mention, acted_on: bool = False) -> bool:
    """The mention acts (subject, agent, possessor); with acted_on, a verb also acts on it
    (object, or the party after a preposition of partners)."""
    sdoc = doc.workspace.spacy
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    if span is None or len(span) == 0:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head   # "Moscow and Kyiv said": a later conjunct acts as the first does
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True        # "backed by Washington": the doer of a passive
    if acted_on and (root.dep_ in _OBJECT_DEPS or root.dep_ == "pobj"
                     and root.head.lower_ in _partner_prepositions()):
        return True        # "criticised South Sudan", "an agreement with South Sudan"
    return root.dep_ in _AGENTIVE_DEPS


def partner_prepositions() -> frozenset[str]:
    """Prepositions whose object is a party to the act (kb/partner_prepositions.txt)."""
    return _partner_prepositions()


@lru_cache(maxsize=1)
def _partner_prepositions() -> frozenset[str]:
    path = Path(__file__).with_name("kb") / "partner_prepositions.txt"
    lines = (ln.split("#", 1)[0].strip().lower() for ln in path.read_text().splitlines())
    return frozenset(ln for ln in lines if ln)


_NORP_PREFIX = re.compile(r"^(?:intra|inter|pan|all)-", re.I)


_ETHNIC = re.compile(r"\bethnic\s+$", re.I)


def _acronym_fits(matches: list, long_form: str) -> bool:
    """A knowledge-base entry of an acronym is the body the text spells it out as: one of
    its names shares a word of four letters or more with the long form ("Palestine
    Liberation Organisation (PLO)"), not another body with the same initials ("International
    Seabed Authority (ISA)" is not the Israel Security Agency)."""
    words = {w for w in re.findall(r"[a-z]{4,}", long_form.lower())}
    return any(words & set(re.findall(r"[a-z]{4,}", n.lower()))
               for x in matches for n in x.entry.all_names)


def _ethnic_group(doc: Document, st: _State, m: Mention) -> Actor | None:
    """ "ethnic Albanians", "ethnic Turks": a people living elsewhere, not the state
    its name also denotes; a group whose country the text (or nothing) gives."""
    if m.label != "NORP" or not _ETHNIC.search(doc.text[max(0, m.start - 12):m.start]):
        return None
    name = f"ethnic {m.text}"
    aid = st.by_key.get(key(name))
    if aid is not None:
        return doc.actor(aid)
    actor = _new_actor(doc, st, name, "group", confidence=CONF_UNKNOWN)
    st.by_key[key(name)] = actor.id
    return actor


def _actor_for_name_mention(doc: Document, st: _State, m: Mention) -> Actor | None:
    kb = st.kb
    ethnic = _ethnic_group(doc, st, m)
    if ethnic is not None:
        return ethnic
    if m.label == "ORG" and m.role_of:
        # "the Heads of State of the Group of 77 and China" (a role of a known body, found
        # by the mentions stage): the body stands for its office-holders, as an organ does
        body = choose_match(kb.exact(m.role_of), "ORG")
        if body is not None:
            return actor_for_entry(doc, body.entry, CONF_KB * body.score)
    # (an acronym the text defines is read as its long form, unless the knowledge base
    # knows the acronym for that same body: "ISA" defined as another body than the KB's)
    own_acronym = bool(m.long_form) and _acronym_fits(kb.exact(m.text), m.long_form)
    text = m.long_form if m.long_form and not own_acronym else m.text
    if m.label == "NORP":
        text = _NORP_PREFIX.sub("", text)  # "intra-Palestinian" is about Palestinians
    matches = drop_known_places(text, kb.lookup(text, fuzzy=m.label in ("ORG", "GPE")))
    if m.label == "GPE" and matches and matches[0].how in ("skeleton", "fuzzy"):
        # A misspelt country ("Ethopia") is fine; a city near an organisation's name is not.
        matches = [x for x in matches if x.entry.kind == "country"]
    if not matches and m.long_form and text != m.text:
        matches = [x for x in kb.lookup(m.text, fuzzy=False) if _acronym_fits([x], m.long_form)]
    if not matches and m.label == "ORG":
        matches = prefix_match(kb, text)
    match = choose_match(in_context(doc, matches), m.label)
    if match is not None:
        e = match.entry
        if match.how == "capital":
            if not _is_agentive(doc, m):
                return None  # "a meeting in Cairo": a place, not Egypt acting
            aid = _government_of(doc, st, e, m.start, m.end, create=True)
            return doc.actor(aid)
        if (e.kind == "country" and m.label in ("LOC", "FAC")
                and not _is_agentive(doc, m, acted_on=True)):
            return None   # "in Palestine" a place; "the Vatican said", tagged a building, the state
        conf = CONF_KB * match.score * label_fit(e, m.label)
        return actor_for_entry(doc, e, conf)
    state = declared_state_name(doc, m.text) if m.label in ("GPE", "ORG") else None
    if state is not None:
        aid = st.by_key.get(key(state))
        actor = doc.actor(aid) if aid else _new_actor(doc, st, state, "country",
                                                      confidence=CONF_UNKNOWN)
        return actor
    if m.label in _PLACE_LABELS or names_place(m.text):
        return None  # cities, regions, buildings: the places stage handles them
    if not any(c.isupper() for c in m.text):
        return None  # "solidarity", "discos": the model's misfires, not names
    earlier = _short_name_of_earlier(doc, _name_of(m.text), m.start)
    if earlier is not None:
        return earlier
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
        parent = choose_match(kb.lookup(parts[0], fuzzy=False), "ORG")
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
    sdoc = doc.workspace.spacy
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    country = _country_in(doc, st, span, m.text) if m.label != "NORP" else None
    dated = _dated_role(doc, kb, m)
    if dated is not None:
        # a name the field's actor dictionary knows: its role on the document's date fills
        # in what the text does not say
        country, sector = country or dated[0], sector or dated[1]
        if kind == "organization" and dated[2] not in ("country", "group"):
            kind = dated[2]
    if kind == "government":
        sector = _office_sector(st.kb, m.text) or sector
    actor = _new_actor(doc, st, name, kind, sector=sector, country=country,
                       confidence=CONF_UNKNOWN)
    if m.long_form:
        st.by_key.setdefault(key(m.text), actor.id)
        actor.aliases.append(m.text)
    return actor


def _short_name_of_earlier(doc: Document, name: str, at: int) -> Actor | None:
    """ "The Brigades claim ..." after "the Northern Liberation Brigades": a name of one or two
    words that ends the name of one organisation named before it in the document (not an
    organ of it: "Media Office of the ... Brigades") is that organisation's short name.  So is
    one word that is the head of such a name, the word before its first lower-case one ("the
    Court" after "the International Court of Justice", "the Commission" after "the Commission
    of Inquiry on X"), but for a government's ("the Government" may be any state's)."""
    if not name or len(name.split()) > 2:
        return None
    tail, low = " " + name.lower(), name.lower()
    found = [a for a in doc.actors if a.kind not in ("country", "person") and any(s.start < at for s in a.mentions)
             and ((" of " not in a.name and a.name.lower().endswith(tail)) or (" " not in name and a.kind != "government" and _head_of(a.name) == low))]
    return found[0] if len(found) == 1 else None


def _head_of(name: str) -> str | None:
    """The head word of a name of several words whose words after it start with a lower-case
    one ("International Court of Justice" -> "court"), lower case; None for any other name."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w[:1].islower()), None)
    return words[cut - 1].lower() if cut is not None and cut >= 1 else None


def _dated_role(doc: Document, kb: KnowledgeBase, m: Mention):
    """(country, sector, kind) of a name in PETRARCH-2's Phoenix actors, by its role on the
    document's publication date (with its title first: "Prime Minister X"), or None."""
    if kb.dated is None or m.label not in ("PERSON", "ORG"):
        return None
    names = [f"{m.role} {m.text}"] if m.role else []
    names += [m.long_form, m.text] if m.long_form else [m.text]
    for n in names:
        code = kb.dated.code_on(n, doc.published) or (kb.dated.country_of(n) if m.label == "ORG" else None)
        if code:
            country, sector, kind = split_code(code, kb.entries.keys())
            if country is None and sector is None:
                return None
            return country, sector, kind
    return None


def _person_actor(doc: Document, st: _State, m: Mention) -> Actor:
    kb = st.kb
    name = m.text
    # A known person (transliteration-tolerant); a one-word name must match exactly.
    match = choose_match(kb.lookup(name, fuzzy=len(name.split()) > 1), "PERSON")
    if match is None and (state := country_of_place_person(doc, kb, m)) is not None:
        return actor_for_entry(doc, state, CONF_KB * label_fit(state, "PERSON"))  # "Goma": DR Congo's
    if match is not None and match.entry.kind != "person":
        # "Jordan" tagged PERSON: the country, with less confidence.
        return actor_for_entry(doc, match.entry, CONF_KB * match.score * label_fit(match.entry, "PERSON"))
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
        if org is None and not actor.country and not actor.known:
            actor.country = _title_country(st, m.role)
        if not actor.sector:
            actor.sector = _role_sector(doc, st, m, org)
    if not actor.known:
        dated = _dated_role(doc, kb, m)
        if dated is not None:
            # an office-holder of the field's dictionary: the role on the document's date
            # fills in what the text does not say ("Prime Minister X" keeps its title's sector)
            actor.country = actor.country or dated[0]
            actor.sector = actor.sector or dated[1]
    return actor


def _title_country(st: _State, role: str) -> str | None:
    """The country a title names by a capitalised word the tagger did not mark as a place
    ("Sylvania President X", "Orvel Foreign Minister Y"): the knowledge base's country of
    that name, longest names first."""
    words = role.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i:i + n])
            if not chunk[:1].isupper():
                continue
            c = st.kb.country(chunk)
            if c is not None:
                return c.country or c.id
    return None


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
    match = choose_match(st.kb.lookup(text, fuzzy=False), "ORG")
    if match is not None:
        return actor_for_entry(doc, match.entry, CONF_KB * match.score).id
    parts = split_body(text)
    if parts is not None:
        return resolve_phrase_text(doc, parts[0], near)
    return st.by_key.get(key(_name_of(text)))
