"""CAMEO's parallel sub-codes: an intent, appeal, demand or refusal takes the sub-code of
what it is about.

CAMEO repeats the cooperative roots inside four families: "express intent to" (03), "appeal
for" (02), "demand" (10) and "reject"/"decline to" (12).  Releasing people is 0841; the
intent to release them is 0353, the appeal 0253, the demand 1053, the refusal 1243.  When the
coder reads an act as promised, asked for or refused, it keeps this correspondence rather
than the family's generic code (035, 105, 124).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from .ontology import DATA, Ontology, OntologyError

# The families' two-digit roots, in the order of the columns of data/cameo_parallel.tsv.
_FAMILIES = ("03", "02", "10", "12")


def parallel_code(ontology: Ontology, family_code: str, content: str) -> str:
    """``family_code`` (an 03, 02, 10 or 12 code) made as specific as the act ``content``
    it is about allows; ``family_code`` itself when CAMEO has no such sub-code, or when the
    sub-code would not refine it (another branch of the family, another PLOVER type)."""
    fam = family_code[:2]
    if fam not in _FAMILIES or not content:
        return family_code
    k = _FAMILIES.index(fam)
    # (a root's own code, "030", is refined by any code of its root; "035" by "035x")
    stem = family_code[:2] if family_code.endswith("0") and len(family_code) == 3 else family_code
    for n in range(len(content), 1, -1):
        row = load_parallel().get(content[:n])
        if row is None or not row[k]:
            continue
        code = row[k]
        if (code != family_code and code.startswith(stem) and code in ontology.cameo
                and ontology.plover(code)[0] == ontology.plover(family_code)[0]):
            return code
        break
    return family_code


@functools.lru_cache(maxsize=1)
def load_parallel() -> dict[str, tuple[str, ...]]:
    """The bundled table (read once per process)."""
    return read_parallel(DATA / "cameo_parallel.tsv")


def read_parallel(path: Path) -> dict[str, tuple[str, ...]]:
    """A table like ``data/cameo_parallel.tsv``: an act's code -> the codes of intending,
    appealing for, demanding and refusing it ("" where CAMEO has none)."""
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")
        next(rows, None)   # the header
        for n, row in enumerate(rows, start=1):
            if not any(row):
                continue
            content, *family = [c.strip() for c in row]
            if not content.isdigit() or len(family) != len(_FAMILIES) or not all(
                    c == "-" or (c.isdigit() and c.startswith(f)) for c, f in zip(family, _FAMILIES)):
                raise OntologyError(f"{path.name}: data row {n} ({' '.join(row)}): an act's code, then "
                                    f"a code of each family {', '.join(_FAMILIES)} or -")
            if content in out:
                raise OntologyError(f"{path.name}: data row {n}: {content} listed twice")
            out[content] = tuple("" if c == "-" else c for c in family)
    return out
