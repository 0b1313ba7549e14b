"""Issuer phrases (title, metadata) -> actors, with the field or span that named each.

The structure stage leaves ``doc.workspace.issuer_refs``: dicts with ``text`` (the phrase),
``field`` (``title``, ``metadata.issuer``, ``metadata.author``, ``metadata.site_name``),
``start``/``end`` when the phrase is in ``doc.text``, and for "<person>, <office> of <state>"
``person`` and ``office``.  Each becomes an actor here:

* a country by name, formal name ("the Bolivarian Republic of ..."), or ISO 3166 code;
* "the delegation / Permanent Mission / Government / people of X": the state X;
* an office of a state ("President of X", "the Foreign Minister of X"): an office holder with
  that role and X's country; "the Ministry of ... of X": a government body of X;
* a person holding such an office: a person actor with the role and the state's country, so
  country-level analyses reach the state;
* any other knowledge-base name; otherwise the name stays an actor with no country (never
  dropped; a code that is no ISO code is kept as such a name, with a notice).

A list ("X, Y and Z") is split unless it is one known name ("Trinidad and Tobago").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..document import Actor, Document, Role
from .actor_state import CONF_KB, CONF_UNKNOWN, _add_mention, _new_actor, _state, actor_for_entry
from .kb import KBEntry, KnowledgeBase, read_table
from .kb.normalize import key
from .kb.words import guess_kind

_THE = re.compile(r"^(?:the|by|of|from)\s+", re.I)
_STATE_FORM = re.compile(
    r"^(?:(?:democratic|federal|federative|islamic|bolivarian|plurinational|socialist|people'?s|"
    r"arab|united|hashemite|independent|co-?operative|oriental|great\s+socialist|libyan|"
    r"argentine|lao\s+people's|kyrgyz|slovak|czech|hellenic|italian|french|portuguese|togolese|"
    r"gabonese|lebanese|tunisian|sudanese|syrian)\s+)*"
    r"(?:republic|kingdom|state|commonwealth|principality|grand\s+duchy|sultanate|federation|"
    r"union|emirate|confederation)\s+of\s+(?:the\s+)?", re.I)
# Who speaks for a state without being an office: "the delegation of X" is X.
_SPEAKS_FOR = re.compile(r"^(?:(?:permanent\s+)?(?:delegation|mission|representation)|government|"
                         r"people|presidency|head\s+of\s+state)$", re.I)
_BODY = re.compile(r"\b(?:ministry|ministries|department|office|secretariat|cabinet|embassy|"
                   r"council|directorate|agency)\b", re.I)
_OFFICE = re.compile(
    r"\b(?:president|prime\s+minister|premier|minister|secretary|chancellor|king|queen|emir|amir|"
    r"sultan|prince|princess|monarch|sheikh|head\s+of\s+(?:state|government)|chair(?:man|woman|"
    r"person)?|ambassador|representative|envoy|spokes(?:person|man|woman)|governor|leader|chief|"
    r"commissioner|director|captain\s+regent|taoiseach)\b", re.I)
# Page metadata that names an issuer only when it is a known state, office or body.
_PAGE_FIELDS = ("metadata.author", "metadata.site_name")
_CODE = re.compile(r"^[A-Z]{2,3}$")
_LIST_SEP = re.compile(r"\s*[,;]\s*(?:and\s+|&\s*)?")
_AND = re.compile(r"\s+(?:and|&)\s+")


@lru_cache(maxsize=1)
def _iso2() -> dict[str, str]:
    return {r["iso2"]: r["iso3"] for r in read_table("countries.tsv") if r.get("iso2")}


def country_entry(kb: KnowledgeBase, text: str) -> KBEntry | None:
    """The country a name, formal name or ISO 3166 alpha-2/alpha-3 code denotes."""
    name = _THE.sub("", " ".join(text.split())).strip(" .,;:")
    if not name:
        return None
    if _CODE.match(name):
        code = name if len(name) == 3 else _iso2().get(name)
        entry = kb.get(code) if code else None
        return entry if entry is not None and entry.kind == "country" else None
    entry = kb.country(name)
    if entry is None:
        rest = _STATE_FORM.sub("", name)
        if rest != name and rest:
            entry = kb.country(rest)
    return entry


def _split_office(kb: KnowledgeBase, phrase: str) -> tuple[str, KBEntry] | None:
    """ "President of the Republic of X" -> ("President", X): the first "of" whose rest is a country."""
    for m in re.finditer(r"\s+of\s+", phrase):
        entry = country_entry(kb, phrase[m.end():])
        if entry is not None:
            return phrase[:m.start()].strip(), entry
    return None


def _office_of_body(kb: KnowledgeBase, phrase: str) -> KBEntry | None:
    """ "the Chair of the Group of 77", "the Secretary-General of the Arab League": an office of
    a known body (not a state, not a person) speaks for that body, as "the delegation of X"
    speaks for X."""
    for m in re.finditer(r"\s+of\s+", phrase):
        title = _THE.sub("", phrase[:m.start()].strip())
        if not ((_OFFICE.search(title) and len(title.split()) <= 4) or _SPEAKS_FOR.match(title)):
            continue
        bodies = [x.entry for x in kb.exact(_THE.sub("", phrase[m.end():].strip()))
                  if x.entry.kind not in ("country", "person")]
        if bodies:
            return bodies[0]
    return None


def _names(kb: KnowledgeBase, phrase: str) -> list[str]:
    """The names in a list phrase; one known name with "and" in it stays whole."""
    phrase = _THE.sub("", phrase.strip())
    if _one_name(kb, phrase):
        return [phrase]
    out: list[str] = []
    for piece in _LIST_SEP.split(phrase):
        piece = _THE.sub("", piece.strip(" .")).strip()
        if not piece:
            continue
        if _AND.search(piece) and not _one_name(kb, piece):
            out += [p.strip() for p in _AND.split(piece) if p.strip()]
        else:
            out.append(piece)
    return out


def _one_name(kb: KnowledgeBase, phrase: str) -> bool:
    return (country_entry(kb, phrase) is not None or bool(kb.exact(phrase))
            or _split_office(kb, phrase) is not None or _office_of_body(kb, phrase) is not None)


def _office_actor(doc: Document, office: str, entry: KBEntry, phrase: str) -> Actor:
    """An office of a state, or a body of its government, as an actor of that country."""
    st = _state(doc)
    name = _THE.sub("", phrase.strip())
    aid = st.by_key.get(key(name))
    if aid is not None and doc.actor(aid) is not None:
        return doc.actor(aid)
    kind = "government" if _BODY.search(office) and not _OFFICE.search(office) else "person"
    actor = _new_actor(doc, st, name, kind, country=entry.country, sector="GOV",
                       confidence=CONF_KB * 0.9)
    actor.roles.append(Role(_THE.sub("", office), _state_id(doc, entry)))
    return actor


def _state_id(doc: Document, entry: KBEntry) -> str | None:
    """The state's actor id when the document already has it (no actor is made for a role)."""
    aid = _state(doc).by_kb.get(entry.id)
    return aid if aid and doc.actor(aid) is not None else None


def _named_actor(doc: Document, name: str, notices: list[str], field: str) -> Actor | None:
    st = _state(doc)
    kb = st.kb
    entry = country_entry(kb, name)
    if entry is not None:
        return actor_for_entry(doc, entry)
    office = _split_office(kb, name)
    if office is not None:
        title, state = office
        if _SPEAKS_FOR.match(_THE.sub("", title)):
            return actor_for_entry(doc, state)
        return _office_actor(doc, title, state, name)
    body = _office_of_body(kb, name)
    if body is not None:
        return actor_for_entry(doc, body, CONF_KB * 0.9)
    if not _CODE.match(name):
        match = next((m for m in kb.lookup(name, fuzzy=False) if m.score >= 0.9), None)
        if match is not None and field in _PAGE_FIELDS and match.entry.kind == "person":
            return None  # a page's author is its writer, not an issuer
        if match is not None:
            return actor_for_entry(doc, match.entry, CONF_KB * match.score)
    elif field.startswith("metadata"):
        notices.append(f"issuer {name!r} is no ISO 3166 code or known name; kept as a name")
    if field in _PAGE_FIELDS:
        return None  # page metadata names an issuer only when it is a known state or body
    aid = st.by_key.get(key(name))
    if aid is not None and doc.actor(aid) is not None:
        return doc.actor(aid)
    kind, sector = guess_kind(name, None)
    return _new_actor(doc, st, name, kind, sector=sector, confidence=CONF_UNKNOWN)


def _person_actor(doc: Document, person: str, office: str) -> Actor:
    """A person speaking for a state: role and country from the office they hold."""
    st = _state(doc)
    split = _split_office(st.kb, office)
    aid = st.by_key.get(key(person))
    actor = doc.actor(aid) if aid else None
    if actor is None or actor.kind != "person":
        actor = _new_actor(doc, st, person, "person", sector="GOV" if split else None,
                           confidence=CONF_KB * 0.9 if split else CONF_UNKNOWN)
    if split is not None:
        title, state = split
        actor.country = actor.country or state.country
        if not any(r.title == title for r in actor.roles):
            actor.roles.append(Role(title, _state_id(doc, state)))
    elif not actor.roles:
        actor.roles.append(Role(office, None))
    return actor


# Entity labels that make a title's word a name.
_NAMED_ENTS = ("ORG", "GPE", "NORP", "PERSON", "LOC", "FAC")


def kept_issuer_name(doc: Document, start: int, end: int) -> str | None:
    """The actor of an issuer name in the title or header that no other reading resolved
    ("Joint statement by Arland and Belmark"): a named actor, with no country when unknown; only
    a phrase the parser reads as a name (a proper noun or an entity)."""
    sdoc = doc.workspace.spacy
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS for t in span):
        return None   # "Joint statement on ...": a word of the title, not a name
    actor = _named_actor(doc, _THE.sub("", doc.text[start:end].strip()), [], "title")
    if actor is None:
        return None
    _add_mention(actor, start, end)
    return actor.id


def resolve_issuer_refs(doc: Document, refs: list[dict[str, Any]]) -> list[str]:
    """Actor ids of the issuers the refs name, in order; ``doc.issuer_evidence`` gets one
    entry per issuer and phrase (the field, the words, their offsets when in the text)."""
    out: list[str] = []
    notices: list[str] = []
    kb = _state(doc).kb
    for ref in refs:
        field, text = ref["field"], ref["text"]
        if ref.get("person"):
            found = [(_person_actor(doc, ref["person"], ref.get("office") or ""), ref["person"])]
        else:
            found = [(a, n) for n in _names(kb, text)
                     if (a := _named_actor(doc, n, notices, field)) is not None]
        for actor, words in found:
            if ref.get("start") is not None:
                _add_mention(actor, ref["start"], ref["end"])
            if actor.id not in out:
                out.append(actor.id)
            ev = {"actor": actor.id, "field": field, "text": words}
            if ref.get("start") is not None:
                ev.update(start=ref["start"], end=ref["end"])
            doc.issuer_evidence.append(ev)
    for n in notices:
        doc.add_error("notice.issuer", n, stage="actors")
    return out
