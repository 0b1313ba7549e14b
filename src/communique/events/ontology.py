"""PLOVER 2.0 types and modes, CAMEO codes, and the mapping between them, read from data files.

``data/plover.toml`` lists the 16 PLOVER types with their modes, the aliases of
older mode names, and how an intended act is coded; ``data/cameo.tsv`` lists the
CAMEO codes with their names and PLOVER type/mode.  :func:`load_ontology`
validates both and fails with a message naming the file and line.
"""

from __future__ import annotations

import csv
import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import CommuniqueError

DATA = Path(__file__).parent / "data"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class OntologyError(CommuniqueError):
    """An ontology or pattern file is malformed."""


@dataclass(frozen=True)
class PloverType:
    name: str
    description: str
    quad: str
    modes: tuple[str, ...]


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    type: str | None      # PLOVER type; None: CAMEO-only (statements), never emitted
    mode: str | None
    context: tuple[str, ...]
    basis: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass
class Ontology:
    types: dict[str, PloverType]
    cameo: dict[str, CameoCode]
    mode_aliases: dict[str, str] = field(default_factory=dict)
    intent: dict[str, tuple[str, str]] = field(default_factory=dict)
    negated: dict[str, tuple[str, str]] = field(default_factory=dict)
    content_codes: dict[str, dict[str, str]] = field(default_factory=dict)

    def content_code(self, governor: str, cameo: str, content_type: str) -> str:
        """The sub-code of a generic agreement/demand/rejection/threat code given its content."""
        if len(cameo) != 3 or not cameo.endswith("0"):
            return cameo
        code = self.content_codes.get(governor, {}).get(content_type)
        if code is None:
            return cameo
        if cameo.startswith("02") and code.startswith("10"):
            code = "02" + code[2:]
        return code if self.plover(code)[0] == governor else cameo

    def normalise_mode(self, mode: str | None) -> str | None:
        if not mode:
            return None
        mode = mode.strip().lower()
        return self.mode_aliases.get(mode, mode)

    def code(self, code: str) -> CameoCode:
        try:
            return self.cameo[code]
        except KeyError:
            raise OntologyError(f"unknown CAMEO code {code!r}") from None

    def plover(self, code: str) -> tuple[str | None, str | None]:
        """PLOVER (type, mode) of a CAMEO code, falling back to its parent codes."""
        while code:
            c = self.cameo.get(code)
            if c is not None and c.type:
                return c.type, c.mode
            code = code[:-1] if len(code) > 2 else ""
        return None, None

    def name(self, code: str) -> str:
        c = self.cameo.get(code)
        return c.name if c else code


def read_data_toml(path: Path, keys: Iterable[str] | None = None) -> dict:
    """A TOML file of the coder's data; unreadable or malformed, an OntologyError naming it.

    With ``keys``, the file must hold exactly those top-level keys: a word class misspelt in
    the file (or renamed in the code) is an error, not a class silently read as empty."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise OntologyError(f"{path}: {exc}") from None
    if keys is not None:
        check_keys(path, "", data, keys)
    return data


def check_keys(path: Path, where: str, table: dict, keys: Iterable[str], optional: Iterable[str] = ()) -> None:
    """Refuse a table of a data file that lacks one of ``keys`` or holds a key neither in
    ``keys`` nor in ``optional``; ``where`` names the table in the message."""
    keys, optional = set(keys), set(optional)
    missing = sorted(keys - set(table))
    unknown = sorted(set(table) - keys - optional)
    if missing or unknown:
        parts = ([f"missing {', '.join(missing)}"] if missing else []) + (
            [f"unknown {', '.join(unknown)}"] if unknown else [])
        raise OntologyError(f"{path}: {where or 'top level'}: {'; '.join(parts)}")


def _read_types(path: Path):
    data = read_data_toml(path)
    raw = data.get("types", {})
    types = {}
    for name, spec in raw.items():
        if name not in PLOVER_TYPES:
            raise OntologyError(f"{path}: {name!r} is not a PLOVER 2.0 type")
        modes = tuple(spec.get("modes", []))
        if len(set(modes)) != len(modes):
            raise OntologyError(f"{path}: {name} lists a mode twice")
        types[name] = PloverType(name, spec.get("description", ""), spec.get("quad", ""), modes)
    missing = [t for t in PLOVER_TYPES if t not in types]
    if missing:
        raise OntologyError(f"{path}: PLOVER types missing: {', '.join(missing)}")
    all_modes = {m for t in types.values() for m in t.modes}
    aliases = {k: v for k, v in data.get("mode_aliases", {}).items()}
    bad = [f"{k}->{v}" for k, v in aliases.items() if v not in all_modes]
    if bad:
        raise OntologyError(f"{path}: mode aliases to unknown modes: {', '.join(bad)}")
    tables = {}
    for name in ("intent", "negated"):
        tables[name] = {}
        for t, pair in data.get(name, {}).items():
            if t not in types or len(pair) != 2 or pair[0] not in types:
                raise OntologyError(f"{path}: bad [{name}] entry {t} = {pair}")
            tables[name][t] = (pair[0], str(pair[1]))
    return types, aliases, tables["intent"], tables["negated"]


def _read_cameo(path: Path, types: dict[str, PloverType]) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for n, row in enumerate(rows, start=2):
            code = (row.get("code") or "").strip()
            where = f"{path.name}: code {code or '?'} (data row {n - 1})"
            if not code.isdigit() or not 2 <= len(code) <= 4:
                raise OntologyError(f"{where}: a CAMEO code is 2-4 digits")
            if code in codes:
                raise OntologyError(f"{where}: listed twice")
            if not 1 <= int(code[:2]) <= 20:
                raise OntologyError(f"{where}: root must be 01-20")
            typ = (row.get("type") or "").strip() or None
            mode = (row.get("mode") or "").strip() or None
            if typ and typ not in types:
                raise OntologyError(f"{where}: unknown PLOVER type {typ!r}")
            if mode and (not typ or mode not in types[typ].modes):
                raise OntologyError(f"{where}: mode {mode!r} is not a mode of {typ}")
            context = tuple(c for c in (row.get("context") or "").split(",") if c)
            codes[code] = CameoCode(code, (row.get("name") or "").strip(), typ, mode, context,
                                    (row.get("basis") or "").strip())
    roots = {f"{i:02d}" for i in range(1, 21)}
    if not roots <= set(codes):
        raise OntologyError(f"{path}: CAMEO roots missing: {sorted(roots - set(codes))}")
    for code in codes:
        if len(code) > 2 and code[:2] not in codes:
            raise OntologyError(f"{path}: code {code} has no root {code[:2]}")
    return codes


def read_ontology(types_path: Path, cameo_path: Path) -> Ontology:
    types, aliases, intent, negated = _read_types(types_path)
    cameo = _read_cameo(cameo_path, types)
    content_codes = tomllib.loads(types_path.read_text(encoding="utf-8")).get("content_codes", {})
    for gov, table in content_codes.items():
        for t, code in table.items():
            if gov not in types or t not in types or cameo.get(code) is None or cameo[code].type != gov:
                raise OntologyError(f"{types_path}: [content_codes.{gov}] {t} = {code} is not a {gov} code")
    for name, table in (("intent", intent), ("negated", negated)):
        for t, (new, code) in table.items():
            if code not in cameo or cameo[code].type != new:
                raise OntologyError(f"{types_path}: [{name}] {t}: CAMEO {code} is not a {new} code")
    return Ontology(types, cameo, aliases, intent, negated, content_codes)


@functools.lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The bundled ontology (read once per process)."""
    return read_ontology(DATA / "plover.toml", DATA / "cameo.tsv")


@functools.lru_cache(maxsize=1)
def material_conflict_types() -> frozenset[str]:
    """The PLOVER types of material conflict (assault, coerce, protest, ...): the quad class."""
    return frozenset(n for n, ty in load_ontology().types.items() if ty.quad == "material conflict")
