"""Dated roles of an actor: ``[CODE]``, ``[CODE >D]``, ``[CODE <D]``, ``[CODE D1-D2]``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass


def parse_date(s: str) -> str | None:
    """``YYYYMMDD`` or ``YYMMDD`` (7 characters or fewer: 00-30 -> 20YY) -> ``YYYYMMDD``."""
    if not s.isdigit():
        return None
    if len(s) <= 7:
        s = s.zfill(6)
        if len(s) != 6:
            return None
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    if len(s) != 8:
        return None
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return s


@dataclass
class Role:
    code: str
    start: str = ""     # YYYYMMDD, inclusive; "" = open
    end: str = ""       # YYYYMMDD, exclusive; "" = open

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def cell(self) -> str:
        return f"{self.code}@{self.start}-{self.end}" if self.dated else self.code


# Phoenix country codes that the bundled KB (resolve/kb/countries.tsv) writes otherwise:
# Kosovo is KSV in Phoenix, XKX (the user-assigned ISO code of GeoNames and the EU) here.
COUNTRY_CODES = {"KSV": "XKX"}


def parse_role(text: str, stats: Counter) -> Role | None:
    """``CODE`` or ``CODE RESTRICTION`` -> Role, None for a role to drop (counted)."""
    parts = text.split()
    if not parts:
        stats["role: empty"] += 1
        return None
    code = parts[0].upper()
    if not re.fullmatch(r"[A-Z0-9]{3,}|---", code):
        stats["role: bad code"] += 1
        return None
    if code[:3] in COUNTRY_CODES:
        stats["role: country code rewritten"] += 1
        code = COUNTRY_CODES[code[:3]] + code[3:]
    if len(parts) == 1:
        return Role(code)
    r = "".join(parts[1:])
    if r[:1] in (">", "<"):   # ">date": from then on; "<date": until then
        d = parse_date(r[1:])
        if d is None:
            stats["role: invalid date"] += 1
            return None
        return Role(code, start=d) if r[0] == ">" else Role(code, end=d)
    if "-" in r:
        a, b = (parse_date(x) for x in r.split("-", 1))
        if a is None or b is None:
            stats["role: invalid date"] += 1
            return None
        if a >= b:
            stats["role: inverted range"] += 1
            return None
        return Role(code, start=a, end=b)
    stats["role: bare date (undocumented)"] += 1
    return None
