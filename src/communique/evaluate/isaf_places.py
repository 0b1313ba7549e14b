"""ISAF part: the province of the incident (``province.accuracy``).

Gold provinces are lower-case names with the releases' own spellings ("paktya",
"sar-e pul").  Both sides are compared as gazetteer regions: a gold name and a
resolved place's first-level region are the same when they lead to the same
GeoNames entry (through the names, aliases and transliteration variants of the
gazetteer), else when their folded names are equal.

- ``province.accuracy``: share of records with a gold province whose every gold
  province is among the first-level regions of the document's resolved places.
- ``province.first_accuracy``: share whose first province named in the body (not
  the date line) is the (first) gold province: what a one-place coder would say.

Records whose gold province is empty are left out (counted in a note).
"""

from __future__ import annotations

from collections import Counter

from ..document import Document
from ..resolve.gazetteer import load_gazetteer, name_key
from .metrics import Accuracy


def region_key(name: str, country: str | None = "AFG") -> str:
    """A comparable key for a first-level region name: its GeoNames id when the
    gazetteer knows it (preferring ``country``), else the folded name."""
    gaz = load_gazetteer()
    admins = [c.entry for c in gaz.lookup(name) if c.entry.kind == "admin1"]
    admins.sort(key=lambda e: e.country != country)
    if admins and admins[0].geonameid:
        return f"gn:{admins[0].geonameid}"
    return name_key(name)


def document_regions(doc: Document) -> list[str]:
    """Keys of the first-level regions of the document's resolved places, in text order."""
    dl = doc.scratch.get("dateline_place")
    keyed: list[tuple[int, str]] = []
    for p in doc.places:
        if p.geonameid is None and p.lat is None:
            continue
        names = [p.admin1] if p.admin1 else []
        if p.precision == "admin1":
            names.append(p.name)
        for n in names:
            for s in p.mentions:
                in_dateline = bool(dl) and dl[0] <= s.start < dl[1]
                keyed.append((s.start + (10**9 if in_dateline else 0), region_key(n, p.country)))
    keyed.sort()
    out: list[str] = []
    for _, k in keyed:
        if k not in out:
            out.append(k)
    return out


def score(records, docs, result):
    every = Accuracy()
    first = Accuracy()
    skipped = 0
    misses: Counter = Counter()
    for record, doc in zip(records, docs):
        gold = [g for g in (record.get("gold") or {}).get("province") or [] if g and g.strip()]
        if not gold:
            skipped += 1
            continue
        want = [region_key(g) for g in gold]
        have = document_regions(doc)
        ok = all(w in have for w in want)
        every.add(ok)
        first.add(bool(have) and have[0] == want[0])
        if not ok:
            names = sorted({p.admin1 or p.name for p in doc.places if p.lat is not None})
            misses[(", ".join(gold), ", ".join(names[:4]) or "(none)")] += 1
    result.metrics["province.accuracy"] = every.value
    result.metrics["province.first_accuracy"] = first.value
    result.notes.append(
        f"province: {every.right} of {every.total} records right; {skipped} records with no "
        "gold province left out.")
    result.tables.append((
        "Province misses (gold, regions of the resolved places)", ["gold", "resolved", "n"],
        [[g, h, n] for (g, h), n in misses.most_common(20)]))
