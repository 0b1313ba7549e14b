"""The gazetteer's entries and its packed name index, with the lookups over it.

Filled by :mod:`.build` (or read back by :mod:`.cache`); :func:`load_gazetteer`
in the package keeps one per process.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from .normalise import name_key

# The Arabic article of transliterated names ("Al Qatranah" = "Qatraneh"), for fuzzy matching.
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad) ")

# How a name reached the index; a lower number is a stronger match.
HOW_CURATED, HOW_NAME, HOW_ALIAS, HOW_ALTERNATE = 0, 1, 2, 3
_OTHER = 1 << 22  # refs at or above this point at non-city entries
_MEMO_SIZE = 50_000  # remembered lookups (a batch repeats the same names)
_UNKNOWN = object()  # a fuzzy answer not remembered (a remembered one may be None)


@dataclass(frozen=True, slots=True)
class Entry:
    geonameid: int | None
    name: str
    kind: str            # city | admin1 | admin2 | country | region | continent | water
    feature: str         # GeoNames feature code (PPL, PPLC, ADM1, PCLI, CONT, RGN ...)
    country: str | None  # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    curated: bool = False

    @property
    def key(self) -> tuple:
        """Identity of the location (GeoNames id, else kind and name)."""
        return ("gn", self.geonameid) if self.geonameid else (self.kind, self.name)


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    how: int  # HOW_* constant


class Gazetteer:
    def __init__(self) -> None:
        # name key -> slot; the slot's refs are refs[offsets[slot]:offsets[slot+1]]
        # (ref = entry index << 2 | HOW_*): the bulk of the names, packed.
        self.slots: dict[str, int] = {}
        self.offsets = array("I", [0])
        self.refs = array("I")
        # name key -> refs added after packing (our own tables: regions, variants)
        self.extra: dict[str, list[int]] = {}
        self.others: list[Entry] = []
        self.adjectives: dict[str, str] = {}          # key -> alpha3
        self.place_adjectives: dict[str, int] = {}    # key -> index into self.others
        self.countries: dict[str, Entry] = {}          # alpha3 -> entry
        self.alpha2: dict[str, str] = {}               # alpha2 -> alpha3
        # cities, column-wise to stay small
        self.c_name: list[str] = []
        self.c_gid = array("I")
        self.c_country = array("H")                   # index into self.c_country_codes
        self.c_admin1 = array("i")                    # index into self.others, -1 none
        self.c_pop = array("I")
        self.c_lat = array("d")
        self.c_lon = array("d")
        self.c_country_codes: list[str] = []
        self.capitals: set[int] = set()
        self._country_lists: dict[str, tuple[list[str], list[Entry]]] = {}
        self._memo: dict[str, tuple[Candidate, ...]] = {}
        # (name key, countries, min_score) -> fuzzy's answer: a name the gazetteer lacks comes
        # back in the same text's other mentions and in later texts
        self._fuzzy_memo: dict[tuple, Entry | None] = {}
        self.load_seconds = 0.0

    # -- lookups -------------------------------------------------------------
    def lookup(self, name: str) -> list[Candidate]:
        """Every entry a name may denote, best match kind first, one per location."""
        key = name_key(name)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > _MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._lookup(key)
        return list(found)

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        slot = self.slots.get(key)
        refs = self.refs[self.offsets[slot]:self.offsets[slot + 1]] if slot is not None else ()
        extra = self.extra.get(key)
        if extra:
            refs = [*refs, *extra]
        seen: dict[tuple, Candidate] = {}
        for ref in refs:
            entry, how = self._entry(ref >> 2), ref & 3
            if entry.curated:
                how = HOW_CURATED
            k = entry.key
            old = seen.get(k)
            if old is None or (how, not entry.curated) < (old.how, not old.entry.curated):
                seen[k] = Candidate(entry, how)
        return tuple(sorted(seen.values(), key=lambda c: c.how))

    def forget(self) -> None:
        """Drop remembered lookups (after the index changed)."""
        self._memo.clear()
        self._fuzzy_memo.clear()

    def fuzzy(self, name: str, countries: list[str], min_score: float = 85.0) -> Entry | None:
        """The populated place or first-level region of one of ``countries`` whose name is
        closest to ``name`` (a transliteration variant: "Kfraya" for Kafrayā), if close enough."""
        key = _ARTICLE.sub("", name_key(name))
        if len(key) < 5:
            return None
        # (a pure function of the index, which forget() says changed; the entries are frozen)
        memo = (key, tuple(countries), min_score)
        found = self._fuzzy_memo.get(memo, _UNKNOWN)   # (one read: another thread may clear it)
        if found is not _UNKNOWN:
            return found
        if len(self._fuzzy_memo) > _MEMO_SIZE:
            self._fuzzy_memo.clear()
        found = self._fuzzy_memo[memo] = self._fuzzy(key, countries, min_score)
        return found

    def _fuzzy(self, key: str, countries: list[str], min_score: float) -> Entry | None:
        from rapidfuzz import fuzz, process

        best: tuple[float, Entry] | None = None
        for a3 in countries:
            keys, refs = self._by_country(a3)
            hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=min_score)
            if hit and hit[0][:1] == key[:1] and (best is None or hit[1] > best[0]):
                ref = refs[hit[2]]
                best = (hit[1], self._entry(ref) if isinstance(ref, int) else ref)
        return best[1] if best else None

    def _by_country(self, a3: str) -> tuple[list[str], list]:
        """Fuzzy-match keys of a country's populated places and first-level regions, with
        refs: a city's row index, or the region's Entry (built lazily: only the hit's)."""
        cached = self._country_lists.get(a3)
        if cached is None:
            import numpy as np

            try:
                code = self.c_country_codes.index(a3)
            except ValueError:
                rows = np.empty(0, dtype=np.intp)
            else:
                # One vectorised pass instead of a Python loop over every city.
                country = np.frombuffer(self.c_country, dtype=np.uint16)
                pop = np.frombuffer(self.c_pop, dtype=np.uint32)
                rows = np.flatnonzero((country == code) & (pop >= 1000))
            refs: list = rows.tolist()
            refs += [e for e in self.others if e.kind == "admin1" and e.country == a3]
            keys = [_ARTICLE.sub("", name_key(self.c_name[r] if isinstance(r, int) else r.name))
                    for r in refs]
            cached = self._country_lists[a3] = (keys, refs)
        return cached

    def adjective_country(self, word: str) -> Entry | None:
        """``"Turkish"`` -> the entry of Turkey."""
        a3 = self.adjectives.get(name_key(word))
        return self.countries.get(a3) if a3 else None

    def adjective_place(self, word: str) -> Entry | None:
        """A country's, else a continent's or region's adjective: ``"Turkish"`` -> Turkey,
        ``"Southeast Asian"`` -> Southeast Asia."""
        country = self.adjective_country(word)
        if country is not None:
            return country
        i = self.place_adjectives.get(name_key(word))
        return self.others[i] if i is not None else None

    def country(self, alpha3: str | None) -> Entry | None:
        return self.countries.get(alpha3 or "")

    def __len__(self) -> int:
        return len(self.c_name) + len(self.others)

    def _entry(self, idx: int) -> Entry:
        if idx >= _OTHER:
            return self.others[idx - _OTHER]
        a1 = self.c_admin1[idx]
        gid = self.c_gid[idx]
        return Entry(
            geonameid=gid, name=self.c_name[idx], kind="city",
            feature="PPLC" if gid in self.capitals else "PPL",
            country=self.c_country_codes[self.c_country[idx]] or None,
            admin1=self.others[a1].name if a1 >= 0 else None,
            lat=self.c_lat[idx], lon=self.c_lon[idx], population=self.c_pop[idx],
        )

    # -- building ------------------------------------------------------------
    def _add_other(self, entry: Entry) -> int:
        self.others.append(entry)
        return _OTHER + len(self.others) - 1

    def _index(self, name: str, idx: int, how: int) -> None:
        """Add one name of entry ``idx`` (a curated table's row) to the index."""
        key = name_key(name)
        if key:
            refs = self.extra.setdefault(key, [])
            if idx << 2 | how not in refs:
                refs.append(idx << 2 | how)
            self._memo.pop(key, None)
