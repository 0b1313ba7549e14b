"""events/data/cameo.tsv against the published CAMEO -> PLOVER table (CAMEO2PLOVER-2021,
P. Schrodt, PLOVER manual draft 0.8): every code the table lists has the table's PLOVER type
and mode, except the differences cameo.tsv states in its basis column or listed here."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TABLE = next((p / "shared/eval-data/plover-gsr/CAMEO2PLOVER-2021.txt" for p in ROOT.parents
              if (p / "shared/eval-data/plover-gsr/CAMEO2PLOVER-2021.txt").is_file()), None)

# Two-digit roots are never coded (the coder emits three- and four-digit codes); the table
# gives 08 as RETREAT although its 080-084 are CONCEDE, and 09/11 carry no mode there.
ROOTS_ONLY = {"08", "09", "11"}


def _table(path: Path) -> dict[str, tuple[str, str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d+):\s*([^#]*)", line.strip())
        if m:
            cells = [c.strip() for c in m.group(2).split(",")] + ["", ""]
            out[m.group(1)] = (cells[0], cells[1])
    return out


@pytest.mark.skipif(TABLE is None, reason="../shared/eval-data/plover-gsr absent")
def test_cameo_tsv_follows_the_published_table():
    table = _table(TABLE)
    assert len(table) > 250
    lines = (ln for ln in (ROOT / "src/communique/events/data/cameo.tsv").read_text().splitlines()
             if not ln.startswith("#"))
    rows = list(csv.DictReader(lines, delimiter="\t"))
    ours = {r["code"]: r for r in rows}
    assert set(table) <= set(ours)
    differ = []
    for code, (typ, mode) in table.items():
        r = ours[code]
        if (r["type"], r["mode"]) != (typ, mode) and code not in ROOTS_ONLY:
            # a stated reason in the basis column ("mode ... dropped", "... moved")
            if "(" not in r["basis"]:
                differ.append((code, r["type"], r["mode"], typ, mode))
    assert differ == []
