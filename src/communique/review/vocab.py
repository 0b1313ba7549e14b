"""The values an editor may choose: PLOVER types and modes, event statuses."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..document import EVENT_STATUSES

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@functools.cache
def plover_types() -> dict[str, tuple[str, ...]]:
    """PLOVER type -> its modes, read from ``plover.tsv``."""
    out: dict[str, tuple[str, ...]] = {}
    lines = Path(__file__).with_name("plover.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        name, _, modes = line.partition("\t")
        out[name.strip()] = tuple(m.strip() for m in modes.split(",") if m.strip())
    return out


def statuses() -> tuple[str, ...]:
    return EVENT_STATUSES
