"""The actor knowledge base: countries, IGOs, organisations, agents and offices.

Everything is read from the readable data files beside this module (TSV and
JSONL) plus an optional user file, once per process (:func:`load_kb`).  Lookup
goes from the cheapest to the dearest index: exact alias key, case-kept
acronym, transliteration skeleton, and only then a rapidfuzz scan.
"""

from __future__ import annotations

import csv
import functools
import json
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from ...errors import CommuniqueError
from .normalize import acronym_key, fold, key, skeleton

_EXACT_SCORES = {"name": 1.0, "alias": 0.97, "adjective": 0.95, "capital": 0.8}
_FUZZY_MEMO = 20_000  # skeletons whose fuzzy hits are remembered (a few MB)
# Texts kept in the memo of KnowledgeBase.country (emptied when full), and its mark of a text
# not yet asked (None is an answer: no country)
_COUNTRY_MEMO = 1 << 16
_NO_COUNTRY = object()
# Terms kept in the memo of KnowledgeBase.agent (emptied when full; _NO_COUNTRY marks a term
# not yet asked there too)
_AGENT_MEMO = 1 << 14

KINDS = ("country", "government", "person", "organization", "armed_group", "party", "igo",
         "ngo", "group")


class KBError(CommuniqueError):
    """A knowledge-base file that cannot be read."""


@dataclass(slots=True)
class KBEntry:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()   # countries: "Israeli", "Israelis"
    capital: str | None = None          # countries: for metonymy ("Washington said")
    role: str | None = None             # persons: "secretary-general"
    affiliation: str | None = None      # persons: id of their organisation
    source: str = "bundled"

    @property
    def all_names(self) -> list[str]:
        names = [self.name, *self.aliases, *self.acronyms]
        return list(dict.fromkeys(names))


@dataclass(slots=True, frozen=True)
class Match:
    entry: KBEntry
    how: str          # name | alias | acronym | adjective | capital | skeleton | fuzzy
    score: float      # 0..1, how sure the name alone makes us


def _changed_words_close(name: str, choice: str, cutoff: float) -> bool:
    """Whether the words a fuzzy hit changes are, on their own, within the cut-off.

    Words both names share lend a long name likeness its own word lacks: "Republic
    of Estovia" is 95 % like "Republic of Estonia", yet "Estovia" and "Estonia" are
    two names, one letter swapped.  A misspelling ("Ethopia", "Abdulmalek") stays
    close with the shared words set aside; a name that only adds or drops a word
    is left to the whole-name score.
    """
    a, b = name.split(), choice.split()
    rest_a = [w for w in a if w not in b]
    rest_b = [w for w in b if w not in a]
    if not rest_a or not rest_b:
        return True
    return fuzz.ratio("".join(rest_a), "".join(rest_b)) >= cutoff


# Kinds that name one sort of actor: a user's "igo" entry for a bundled "organization" is that body
_FAMILIES = ({"organization", "igo", "ngo", "group", "armed_group", "party"},)


def _one_family(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in _FAMILIES)


def _names_within(entry: KBEntry, names: set[str]) -> bool:
    """Whether every name of ``entry`` (its name and worded aliases) is among ``names`` (keys)."""
    own = {k for k in (key(n) for n in (entry.name, *entry.aliases)) if k}
    return own <= names


@dataclass(slots=True, frozen=True)
class Agent:
    term: str
    sector: str
    kind: str
    name: str
    generic: bool = False  # "leader", "officer": an agent modifier decides the sector
    materiel: bool = False  # "drones", "helicopters": generic, but a government's are its military


@dataclass
class KnowledgeBase:
    entries: dict[str, KBEntry] = field(default_factory=dict)
    by_key: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    by_acronym: dict[str, list[str]] = field(default_factory=dict)
    by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)
    # PETRARCH-2's agents (kb/petrarch/agents.tsv): used for a word the bundled agents lack
    phrase_agents: dict[str, Agent] = field(default_factory=dict)
    # PETRARCH-2's Phoenix actors with dated roles (kb/petrarch/actors.tsv), or None
    dated: object | None = None
    fuzzy_threshold: float = 90.0
    # key of a short name several countries share ("Congo") -> their ISO codes (countries.tsv)
    shared_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # id of an entry a user's entry took over -> the user's entry's id (KnowledgeBase.get)
    redirects: dict[str, str] = field(default_factory=dict)
    _fuzzy_choices: list[str] | None = None
    # skeleton -> the fuzzy scan's (choice, score) hits: a name missing from the
    # indexes is looked up by several stages and again in later documents
    _fuzzy_hits: dict[tuple[str, float], list[tuple[str, float]]] = field(default_factory=dict)
    # Other stages' memos of what they read from the indexes (see memo), emptied with them
    _memos: dict[str, dict] = field(default_factory=dict)

    # -- building ----------------------------------------------------------
    def add(self, entry: KBEntry) -> None:
        """Add (or, for a known id, replace) an entry and index its names."""
        if entry.kind not in KINDS:
            raise KBError(f"entry {entry.id!r}: unknown kind {entry.kind!r} (one of {', '.join(KINDS)})")
        if entry.id in self.entries:
            self._unindex(entry.id)
        self.entries[entry.id] = entry
        self._index(entry.name, entry.id, "name")
        acronyms = list(entry.acronyms)
        for how, names in (("alias", entry.aliases), ("adjective", entry.adjectives)):
            for a in names:
                # "US", "UK", "U.S." are acronyms: matched only in upper case,
                # so the pronoun "us" never becomes the United States.
                ak = acronym_key(a)
                if ak and len(ak) <= 5:
                    acronyms.append(a)
                else:
                    self._index(a, entry.id, how)
        if entry.capital:
            self._index(entry.capital, entry.id, "capital")
        for a in acronyms:
            k = acronym_key(a)
            if k and entry.id not in self.by_acronym.get(k, ()):
                self.by_acronym.setdefault(k, []).append(entry.id)
        self._indexes_changed()

    def _indexes_changed(self) -> None:
        """Forget what was worked out from the name indexes."""
        self._fuzzy_choices = None
        self._fuzzy_hits.clear()
        for m in self._memos.values():
            m.clear()

    def memo(self, name: str) -> dict:
        """A stage's memo ``name`` of answers worked out from this base's name indexes only
        (such as the exact matches inside a capitalised run): emptied whenever an entry is
        added or loses names, so an answer kept there never outlives the indexes it read.
        Bounding it is the caller's work."""
        return self._memos.setdefault(name, {})

    def taking_over(self, entry: KBEntry) -> KBEntry:
        """A user's entry named as an entry already known is the actor its names mean, as an
        entry with a known id replaces it.  One of the same family of kinds ("Kuwait", a
        country, under the user's own code; an igo over an organisation), or one that has
        every name of the known entry, is that actor under the user's codes: it takes the
        other's names, acronyms, adjectives and capital, the other stops matching, and its id
        (a capital's country, a person's, a gazetteer's link) is read as the user's entry, so
        one run never gives one actor two codes.  One of another family only takes the names
        it has, as name, acronym or skeleton (a firm named "Jordan" leaves "Jordanian" to the
        country).  Returns the entry to add."""
        names = {k for k in (key(n) for n in (entry.name, *entry.aliases)) if k}
        same = {eid for k in names for eid, how in self.by_key.get(k, ())
                if eid != entry.id and how in ("name", "alias")}
        merged = entry
        for eid in sorted(same):
            old = self.entries[eid]
            if not _one_family(old.kind, entry.kind) and not _names_within(old, names):
                self._drop_names(eid, entry)
                continue
            self._unindex(eid)
            merged = replace(merged,
                             aliases=tuple(dict.fromkeys((*merged.aliases, old.name, *old.aliases))),
                             acronyms=tuple(dict.fromkeys((*merged.acronyms, *old.acronyms))),
                             adjectives=tuple(dict.fromkeys((*merged.adjectives, *old.adjectives))),
                             capital=merged.capital or old.capital)
            self._redirect(old, merged)
        return merged

    def _drop_names(self, eid: str, entry: KBEntry) -> None:
        """Entry ``eid`` no longer matches by the names of the user's ``entry``: not by key,
        acronym ("U.N.", "UN") nor transliteration skeleton."""
        own = (entry.name, *entry.aliases, *entry.acronyms)
        keys = {k for k in map(key, own) if k}
        acronyms = {a for a in map(acronym_key, own) if a}
        skeletons = {skeleton(n) for n in own}
        for index, dropped in ((self.by_key, keys), (self.by_acronym, acronyms),
                               (self.by_skeleton, skeletons)):
            for k in dropped & index.keys():
                index[k] = [h for h in index[k] if (h[0] if isinstance(h, tuple) else h) != eid]
        self._indexes_changed()

    def _redirect(self, old: KBEntry, merged: KBEntry) -> None:
        """The taken-over entry's id now means the user's entry; a country taken over under
        another code lends that code to the entries that named it as their country."""
        self.redirects[old.id] = merged.id
        for src, dst in list(self.redirects.items()):
            if dst == old.id:
                self.redirects[src] = merged.id
        if old.kind == "country" and old.country and merged.country and old.country != merged.country:
            for e in self.entries.values():
                if e.country == old.country and e.id != old.id:
                    e.country = merged.country

    def _index(self, name: str, entry_id: str, how: str) -> None:
        k = key(name)
        if not k:
            return
        hits = self.by_key.setdefault(k, [])
        if (entry_id, how) not in hits:
            hits.append((entry_id, how))
        if how in ("name", "alias") and len(k) > 3:
            sk = self.by_skeleton.setdefault(skeleton(name), [])
            if entry_id not in sk:
                sk.append(entry_id)

    def _unindex(self, entry_id: str) -> None:
        for index in (self.by_key,):
            for k in list(index):
                index[k] = [h for h in index[k] if h[0] != entry_id]
        for index in (self.by_acronym, self.by_skeleton):
            for k in list(index):
                index[k] = [h for h in index[k] if h != entry_id]
        self._indexes_changed()

    # -- lookup ------------------------------------------------------------
    def get(self, entry_id: str) -> KBEntry | None:
        """The entry of an id; the id of an entry a user's entry took over gives the user's."""
        return self.entries.get(self.redirects.get(entry_id, entry_id))

    def exact(self, text: str) -> list[Match]:
        """Matches through the alias and acronym indexes only (no fuzzy scan)."""
        ak = acronym_key(text)
        keyed = self.by_key.get(key(text), ())
        if not keyed and not (ak and ak in self.by_acronym):
            return []   # (most texts asked, capitalised runs cut every way, are in neither index)
        out: list[Match] = []
        seen: set[str] = set()
        if ak and ak in self.by_acronym:
            for eid in self.by_acronym[ak]:
                out.append(Match(self.entries[eid], "acronym", 0.95))
                seen.add(eid)
        for eid, how in keyed:
            if eid in seen:
                continue
            seen.add(eid)
            out.append(Match(self.entries[eid], how, _EXACT_SCORES[how]))
        return out

    def lookup(self, text: str, *, fuzzy: bool = True) -> list[Match]:
        """All plausible entries for a name, best first.

        Exact index first; then the transliteration skeleton; then, only when
        both miss, a rapidfuzz scan of the skeletons with the configured cut-off.
        """
        found = self.exact(text)
        if found:
            return sorted(found, key=lambda m: -m.score)
        sk = skeleton(text)
        if len(sk) < 4:
            return []
        if sk in self.by_skeleton:
            return [Match(self.entries[e], "skeleton", 0.9) for e in self.by_skeleton[sk]]
        if not fuzzy:
            return []
        memo = (sk, self.fuzzy_threshold)
        hits = self._fuzzy_hits.get(memo)
        if hits is None:
            if self._fuzzy_choices is None:
                self._fuzzy_choices = list(self.by_skeleton)
            hits = [(choice, score) for choice, score, _ in process.extract(
                sk, self._fuzzy_choices, scorer=fuzz.ratio,
                score_cutoff=self.fuzzy_threshold, limit=3)
                if _changed_words_close(sk, choice, self.fuzzy_threshold)]
            if len(self._fuzzy_hits) < _FUZZY_MEMO:
                self._fuzzy_hits[memo] = hits
        out = []
        for choice, score in hits:
            for e in self.by_skeleton[choice]:
                out.append(Match(self.entries[e], "fuzzy", round(0.9 * score / 100, 3)))
        return out

    def best(self, text: str, *, fuzzy: bool = True) -> Match | None:
        found = self.lookup(text, fuzzy=fuzzy)
        return found[0] if found else None

    def country(self, text: str, *, capitals: bool = False) -> KBEntry | None:
        """The country a name, adjective or demonym (or, if asked, capital) denotes."""
        # (asked of every word and pair of words of the phrases the coder resolves, the same
        # few thousand texts in every document: remembered in a memo the indexes' changes empty)
        memo = self._memos.get("countries")
        if memo is None:
            memo = self.memo("countries")
        got = memo.get((text, capitals), _NO_COUNTRY)
        if got is not _NO_COUNTRY:
            return got
        got = next((m.entry for m in self.exact(text)
                    if m.entry.kind == "country" and (capitals or m.how != "capital")), None)
        if len(memo) >= _COUNTRY_MEMO:
            memo.clear()
        memo[(text, capitals)] = got
        return got

    def agent(self, term: str) -> Agent | None:
        """The agent word (or PETRARCH agent phrase) ``term`` is, or None."""
        # (asked of the head word, and of it with the word before, of every phrase resolved:
        # the same few hundred terms.  Remembered while the agent tables are those the answers
        # were read from: a table replaced, grown or shrunk empties the memo; the tables are
        # filled when the base is loaded and only read after)
        memo = self._memos.get("agents")
        if memo is None:
            memo = self.memo("agents")
        stamp = (id(self.agents), len(self.agents), id(self.phrase_agents), len(self.phrase_agents))
        if memo.get(None) != stamp or len(memo) >= _AGENT_MEMO:
            memo.clear()
            memo[None] = stamp
        got = memo.get(term, _NO_COUNTRY)
        if got is _NO_COUNTRY:
            got = memo[term] = self._agent(term)
        return got

    def _agent(self, term: str) -> Agent | None:
        k = fold(term).strip()
        found = self.agents.get(k)
        if found is not None or not self.phrase_agents:
            return found
        words = k.split()
        if words and words[-1] in self.agents:
            return None   # "security force": the bundled head word ("force") decides, not PETRARCH's phrase
        return self.phrase_agents.get(k)

    def office_sector(self, word: str) -> str | None:
        return self.offices.get(fold(word).strip())


# -- loading ---------------------------------------------------------------
def _data(name: str):
    return resources.files(__name__).joinpath(name)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def read_table(name: str):
    """The rows (dicts) of one of the knowledge base's TSV tables, comment lines skipped."""
    text = _data(name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return csv.DictReader(lines, delimiter="\t")


def _load_countries(kb: KnowledgeBase) -> None:
    extra = {r["iso3"]: r for r in read_table("demonyms.tsv")}
    rows = list(read_table("countries.tsv"))
    # A short name several countries bear ("Congo") is indexed only where demonyms.tsv lists
    # it (its usual reading); the issuer's own country may take it (resolve/shared_names.py).
    bearers: dict[str, list[str]] = {}
    for r in rows:
        bearers.setdefault(key(r["name"]), []).append(r["iso3"])
    kb.shared_names.update({k: tuple(v) for k, v in bearers.items() if len(v) > 1})
    for r in rows:
        x = extra.get(r["iso3"], {})
        name = x.get("name") or r["name"]
        aliases = [*_split(r["other_names"]), *_split(x.get("other_names"))]
        if name != r["name"] and key(r["name"]) not in kb.shared_names:
            aliases.append(r["name"])
        kb.add(KBEntry(
            id=r["iso3"], name=name, kind="country", country=r["iso3"], sector=None,
            wikidata=x.get("wikidata") or None, aliases=tuple(dict.fromkeys(aliases)),
            adjectives=_split(x.get("adjectives")), capital=r["capital"] or None,
        ))


def _entry_from_row(r: dict, source: str) -> KBEntry:
    return KBEntry(
        id=r["id"], name=r["name"], kind=r.get("kind") or "organization",
        country=r.get("country") or None, sector=r.get("sector") or None,
        wikidata=r.get("wikidata") or None, aliases=_split(r.get("aliases")),
        acronyms=_split(r.get("acronyms")), role=r.get("role") or None,
        affiliation=r.get("affiliation") or None, source=source,
    )


def read_user_file(path: Path) -> list[KBEntry]:
    """User entries: JSONL (one object a line) or TSV with the bundled columns."""
    if path.suffix.lower() in (".tsv", ".tab"):
        text = path.read_text("utf-8")
        rows = csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")],
                              delimiter="\t")
        out = []
        for n, r in enumerate(rows, 2):
            if not r.get("id") or not r.get("name"):
                raise KBError(f"{path}:{n}: a row needs 'id' and 'name'")
            out.append(_entry_from_row(r, "user"))
        return out
    return read_jsonl(path, "user")


def read_jsonl(path, source: str) -> list[KBEntry]:
    """Entries from a JSONL file; a bad line raises KBError naming file and line."""
    out = []
    text = path.read_text("utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            d = json.loads(line)
            out.append(KBEntry(
                id=str(d["id"]), name=d["name"], kind=d.get("kind", "organization"),
                country=d.get("country"), sector=d.get("sector"), wikidata=d.get("wikidata"),
                aliases=tuple(d.get("aliases", ())), acronyms=tuple(d.get("acronyms", ())),
                role=d.get("role"), affiliation=d.get("affiliation"), source=source,
            ))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise KBError(f"{path}:{n}: not a valid knowledge-base entry ({exc})") from None
    return out


_AGENT_KINDS = {"GOV": "government", "MIL": "government", "COP": "government", "JUD": "government",
                "LEG": "government", "SPY": "government", "REB": "armed_group", "INS": "armed_group",
                "UAF": "armed_group", "NGO": "ngo", "IGO": "igo", "BUS": "organization"}


# The sectors the knowledge base speaks of; PETRARCH's religious identities (MUS, CHR, HIN,
# BUD, JEW), "unaligned armed forces" (UAF) and the like are not sectors ("Islamic" is no actor).
_AGENT_SECTORS = frozenset("GOV MIL COP JUD LEG SPY REB INS OPP PTY CRM BUS CVL MED HLH EDU LAB "
                           "AGR REF REL NGO IGO ENV HRI ELI".split())


def _petrarch_agents() -> dict[str, Agent]:
    """PETRARCH-2 agent phrases as agents: the code's first unit is the sector
    ("GOVAGR": an agriculture ministry is GOV).  They are generic: a named organisation or
    a bundled agent word in the phrase decides ("Taliban forger" is the Taliban)."""
    from .dated_actors import load_agents

    out = {}
    for phrase, (code, _where) in load_agents().items():
        sector = code[:3]
        if sector in _AGENT_SECTORS:
            out[phrase] = Agent(phrase, sector, _AGENT_KINDS.get(sector, "group"), phrase, generic=True)
    return out


@functools.lru_cache(maxsize=8)
def load_kb(user_kb: str = "", fuzzy_threshold: float = 90.0, petrarch_agents: bool = True,
            petrarch_actors: bool = True) -> KnowledgeBase:
    """The knowledge base, built once per process for each (user file, threshold, PETRARCH parts)."""
    kb = KnowledgeBase(fuzzy_threshold=float(fuzzy_threshold))
    if petrarch_agents:
        kb.phrase_agents = _petrarch_agents()
    if petrarch_actors:
        from .dated_actors import load_dated_actors

        kb.dated = load_dated_actors()
    _load_countries(kb)
    for r in read_table("organizations.tsv"):
        kb.add(_entry_from_row(r, "bundled"))
    for r in read_table("persons.tsv"):
        e = _entry_from_row({**r, "kind": "person"}, "bundled")
        if not e.sector and e.affiliation in kb.entries:
            e.sector = kb.entries[e.affiliation].sector  # a commander of an armed group: REB
        if e.affiliation in kb.entries and kb.entries[e.affiliation].kind == "igo":
            # An international civil servant acts for the organisation, not for the
            # country of birth the file records (the UN Secretary-General is no Ghanaian actor).
            e.country = None
        kb.add(e)
    for r in read_table("agents.tsv"):
        generic = r.get("generic") or ""
        kb.agents[r["term"]] = Agent(r["term"], r["sector"], r["kind"], r["name"],
                                     generic in ("yes", "materiel"), generic == "materiel")
    for r in read_table("offices.tsv"):
        kb.offices[r["word"]] = r["sector"]
    if user_kb:
        p = Path(user_kb).expanduser()
        if not p.is_file():
            raise KBError(f"{p}: user knowledge-base file not found ([actors] user_kb)")
        for e in read_user_file(p):
            kb.add(kb.taking_over(e))
    return kb
