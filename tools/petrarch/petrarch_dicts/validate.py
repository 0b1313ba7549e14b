"""The PETRARCH validation suite's made-up actors and verbs, for the petr_unit gold set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .actors import read_actors
from .lines import read_text
from .verbs import expand_synsets, read_verbs, write_verbs

ROOT = Path(__file__).resolve().parents[3]

_VREL = Path("shared") / "eval-data" / "petrarch-cameo" / "PETR.Validate.actors.txt"
VALIDATE_ACTORS = next((p / _VREL for p in ROOT.parents if (p / _VREL).is_file()), ROOT.parent / _VREL)
OUT_VALIDATE = ROOT / "src" / "communique" / "evaluate" / "sets" / "petr_unit_actors.jsonl"
VALIDATE_VERBS = VALIDATE_ACTORS.with_name("PETR.Validate.verbs.txt")
OUT_VALIDATE_VERBS = ROOT / "src" / "communique" / "evaluate" / "sets" / "petr_unit_verbs"
VALIDATE_DAY = "19950101"   # the date of most unit-test records: a user KB has no dated roles


_SECTORS = frozenset("GOV MIL COP JUD LEG SPY ELI OPP REB INS PTY BUS MED EDU HLH CVL REF LAB AGR REL "
                     "HRI CRM ENV DEV".split())


def _iso3() -> dict[str, list[str]]:
    """The bundled countries: ISO-3 code -> lower-case names."""
    path = ROOT / "src" / "communique" / "resolve" / "kb" / "countries.tsv"
    out = {}
    for ln in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = ln.split("\t")
        if len(cells) > 3:
            out[cells[0]] = [n.strip().lower() for n in [cells[2], *cells[3].split("|")] if n.strip()]
    return out


def _same_country(names: list[str], known: list[str]) -> bool:
    """Whether one of an entry's names is (a form of) a bundled country's name: the same
    first four letters ("ISRAELI", "ARGENTIN" for Argentina), not a made-up country that
    happens to use a real code ("ERIADOR" [ERI] is not Eritrea)."""
    return any(n[:4] == k[:4] for n in names for k in known)


def validate_kb(text: str, stats: Counter, day: str = VALIDATE_DAY,
                iso3: dict[str, list[str]] | None = None) -> list[dict]:
    """User-KB entries (one per actor code) from the validation suite's made-up actors
    (Arnor = ARN ...): the role on ``day``, else the undated default, else the latest."""
    iso3 = _iso3() if iso3 is None else iso3
    by_code: dict[str, dict] = {}
    for e in read_actors(text, stats):
        dated = [r for r in e.roles if r.dated and (not r.start or r.start <= day) and (not r.end or day < r.end)]
        undated = [r for r in e.roles if not r.dated]
        role = (dated or undated or sorted(e.roles, key=lambda r: r.start)[-1:])[0]
        code = role.code.upper()
        if code == "---":
            continue
        names = [n.title() for n in e.names]
        units = [code[i:i + 3] for i in range(0, len(code), 3)]
        if len(units) == 1 and units[0] in iso3 and _same_country(e.names, iso3[units[0]]):
            # a real country: the bundled KB knows it, but not the suite's other names for
            # it ("THE HERMIT KINGDOM" for North Korea): those alone are kept
            known = set(iso3[units[0]])
            names = [n for n in names if n.lower() not in known and not _same_country([n.lower()], list(known))]
            if not names:
                continue
        sector = next((u for u in units[1:] if u in _SECTORS), None)
        if len(units) == 1:
            kind = "country"
        elif units[0] in ("IGO", "NGO"):
            kind, sector = units[0].lower(), units[0]
        else:
            kind = {"GOV": "government", "MIL": "government", "COP": "government", "JUD": "government",
                    "REB": "armed_group", "INS": "armed_group"}.get(sector or "", "group")
        country = None if units[0] in ("IGO", "NGO", "IMG") else units[0]
        if code in by_code:
            by_code[code]["aliases"] += [n for n in names if n not in by_code[code]["aliases"]]
            continue
        by_code[code] = {"id": f"petr-validate:{code}", "name": names[0], "kind": kind,
                         "country": country, "sector": sector, "aliases": names[1:]}
    return list(by_code.values())


def write_validate_verbs(src: Path, out: Path) -> Counter:
    """The validation suite's verb dictionary, compiled like CAMEO.2.0.txt, read in sequence."""
    stats: Counter = Counter()
    out.mkdir(parents=True, exist_ok=True)
    synsets, verbs, patterns = read_verbs(read_text(src), stats, nested_sets=True, paired=True)
    write_verbs(expand_synsets(synsets), verbs, patterns, out, source=src.name, semantics="sequence")
    lic = VALIDATE_ACTORS.with_name("LICENSE.petrarch2.MIT.txt")
    note = ("Compiled from PETRARCH's validation suite (PETR.Validate.verbs.txt, github.com/openeventdata/\n"
            "petrarch2) by tools/petrarch/compile.py --validate, for the petr_unit gold set only.\n\n")
    (out / "LICENSE.txt").write_text(note + (read_text(lic) if lic.is_file() else "MIT, Open Event Data\n"),
                                     encoding="utf-8")
    return stats


def write_validate_kb(src: Path, out: Path) -> int:
    stats: Counter = Counter()
    rows = validate_kb(read_text(src), stats)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# The PETRARCH validation suite's made-up actors (PETR.Validate.actors.txt, MIT, Open Event\n"
                 "# Data, github.com/openeventdata/petrarch2) as a user KB for the petr_unit gold set;\n"
                 f"# written by tools/petrarch/compile.py (roles as on {VALIDATE_DAY}).\n")
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)
