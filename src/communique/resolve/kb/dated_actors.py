"""PETRARCH-2's Phoenix actors and agents, compiled to ``kb/petrarch/`` (MIT, Open Event Data).

Actors are names with CAMEO actor codes valid over date ranges ("Prime Minister X" is
``XYZGOV`` from one day to another, ``XYZELI`` before and after).  :meth:`DatedActors.code_on`
gives the code on an event's date: the dated roles that apply, in file order (entries of
the same name merged in load order: countries, international, non-state), else the
undated default; with no date, the undated default, else the role that started last.
:func:`split_code` reads a code into (country, sector, kind).  Agents map a head noun or
phrase ("farmer", "foreign minister") to the code to add after the actor's country.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from .normalize import fold

# First units that are no country: bodies that stand on their own.
_BODY_KINDS = {"IGO": "igo", "NGO": "ngo", "NGM": "ngo", "IMG": "armed_group", "MNC": "organization",
               "UIS": "armed_group", "INS": "armed_group"}
# Sector units, in the order they are tried after the country.
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "OPP", "REB", "INS", "UAF", "PTY",
           "BUS", "MED", "EDU", "HLH", "CVL", "REF", "LAB", "AGR", "REL", "HRI", "CRM", "ENV",
           "DEV", "IGO", "NGO", "MNC")
_GOVERNMENT = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
_ARMED = {"REB", "INS", "UAF"}


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    start: str = ""   # YYYYMMDD, included
    end: str = ""     # YYYYMMDD, excluded

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def applies(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day < self.end)


def _role(cell: str) -> Role:
    if "@" not in cell:
        return Role(cell)
    code, span = cell.split("@", 1)
    start, end = span.split("-", 1)
    return Role(code, start, end)


def _day(date: str | None) -> str | None:
    """``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` -> ``YYYYMMDD`` (missing parts: the first day)."""
    if not date:
        return None
    d = date.replace("-", "")
    if not d.isdigit() or len(d) not in (4, 6, 8):
        return None
    return (d + "0101")[:8] if len(d) == 4 else (d + "01")[:8]


@dataclass
class DatedActors:
    names: dict[str, tuple[int, ...]]        # folded name -> entry numbers, in load order
    roles: list[tuple[Role, ...]]

    def roles_of(self, name: str) -> list[Role]:
        return [r for i in self.names.get(fold(name).strip(), ()) for r in self.roles[i]]

    def code_on(self, name: str, date: str | None) -> str | None:
        roles = self.roles_of(name)
        if not roles:
            return None
        day = _day(date)
        if day is not None:
            for r in roles:
                if r.dated and r.applies(day):
                    return r.code
        default = next((r for r in roles if not r.dated), None)
        if default is not None:
            return default.code
        if day is None:
            return max(roles, key=lambda r: (r.start, r.end or "99999999")).code
        return None   # dated roles only, none on that day

    def country_of(self, name: str) -> str | None:
        """The one country all of a name's roles are of, whatever the day ("USAGOV" and "USAELI":
        USA), or None (no role, roles of two countries or of none)."""
        firsts = {r.code[:3] for r in self.roles_of(name)}
        one = next(iter(firsts)) if len(firsts) == 1 else None
        return one if one and one.isalpha() and one not in _BODY_KINDS and one not in SECTORS else None

    def __contains__(self, name: str) -> bool:
        return fold(name).strip() in self.names


def split_code(code: str, countries: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, str | None, str]:
    """(country ISO-3 or None, sector, kind) of a CAMEO actor code: ``USAGOV`` -> USA, GOV,
    government; ``IGOUNO`` -> None, IGO, igo; ``IMGMUSALQ`` -> None, REB, armed_group."""
    units = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not units or code == "---":
        return None, None, "group"
    first, rest = units[0], units[1:]
    if first in _BODY_KINDS:
        kind = _BODY_KINDS[first]
        sector = {"igo": "IGO", "ngo": "NGO", "armed_group": "REB"}.get(kind)
        return None, sector, kind
    country = first if (not countries or first in countries) else None
    sector = next((u for u in rest if u in SECTORS), None)
    if sector in _GOVERNMENT:
        kind = "government"
    elif sector in _ARMED:
        kind = "armed_group"
    elif sector is None and not rest:
        kind = "country"
    else:
        kind = "group"
    return country, sector, kind


def _rows(name: str):
    text = resources.files(__package__).joinpath("petrarch", name).read_text("utf-8")
    return csv.DictReader((ln for ln in text.splitlines() if ln and not ln.startswith("#")),
                          delimiter="\t", quoting=csv.QUOTE_NONE)


@functools.lru_cache(maxsize=1)
def load_dated_actors() -> DatedActors:
    names: dict[str, list[int]] = {}
    roles: list[tuple[Role, ...]] = []
    cache: dict[str, Role] = {}
    # (plain splits, not csv: 34,000 rows; the header is "file, names, roles")
    text = resources.files(__package__).joinpath("petrarch", "actors.tsv").read_text("utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#"))
    next(rows, None)
    for n, (_file, cell_names, cell_roles) in enumerate(rows):
        roles.append(tuple(cache.get(c) or cache.setdefault(c, _role(c)) for c in cell_roles.split(";") if c))
        for name in cell_names.split("|"):
            names.setdefault(name, []).append(n)
    return DatedActors({k: tuple(v) for k, v in names.items()}, roles)


@functools.lru_cache(maxsize=1)
def load_agents() -> dict[str, tuple[str, str]]:
    """Agent phrase (lower-case words) -> (code, "suffix"|"prefix"); the first line wins."""
    return {r["phrase"]: (r["code"], r["where"]) for r in _rows("agents.tsv")}
