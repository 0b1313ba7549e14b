"""Quad class and Goldstein score of a CAMEO code, from its root (``export/data/cameo_roots.tsv``:
the root-level values of the Goldstein scale), for the flat rows and the Phoenix columns."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

# Read through the top package: importing communique.export here would make a cycle
# (export writes rows, rows use this).
ROOTS_FILE = "export/data/cameo_roots.tsv"


@cache
def roots() -> dict[str, dict[str, str]]:
    text = resources.files("communique").joinpath(ROOTS_FILE).read_text("utf-8")
    return {r["root"]: r for r in csv.DictReader(text.splitlines(), delimiter="\t")}


def root_of(code: str | None) -> str | None:
    return code[:2] if code and len(code) >= 2 and code[:2].isdigit() else None


def quad_class(code: str | None) -> int | None:
    r = roots().get(root_of(code) or "")
    return int(r["quad_class"]) if r else None


def goldstein(code: str | None) -> float | None:
    r = roots().get(root_of(code) or "")
    return float(r["goldstein"]) if r else None
