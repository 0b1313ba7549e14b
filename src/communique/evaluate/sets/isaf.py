"""ISAF press releases: the main event's type, date, place and target group.

Conventions (headline, read from the output contract only):

Each release reports one incident.  The event scored is the one the output marks
``main: true`` (the coder's choice, ``events/main_event.py``); a release with no event is
wrong on every field.  Gold fields are lists; a record with two incidents
("insurgentskilled;detention", 3 dev records) is scored on the first gold incident only.

* ``event_type.accuracy``: the main event's type against the first incident's type:
  ``detention`` -> COERCE; ``insurgentskilled``, ``airstrike``, ``civiliancasualty`` ->
  ASSAULT; ``captureandkill`` (a raid that killed some and detained others) accepts either.
* ``date.accuracy``: the main event's ``date`` equals the gold ``start_date`` and its
  ``date_precision`` is ``day``: a month-precision date is not a day.
* ``province.accuracy``: the first-level region (admin1) of the main event's ``place`` is
  the gold province; a place known only to the country is wrong.  Both names go through the
  gazetteer's name table (``region_key``) so that spellings ("paktya", "Paktiyā") compare.
* ``target_group.accuracy``: over records with a gold group, every gold group is named among
  the main event's targets (their names and aliases, and the words of its ``targets``
  field evidence), through the name table ``evaluate/isaf_groups.tsv``;
  ``target_group.recall`` counts groups rather than records.

Secondary (older, more flattering scoring, for comparison): ``province.any_place`` (the gold
province among the regions of any place of the release), ``target_group.pooled`` (names
pooled over the targets of every ASSAULT/COERCE event).  The older incident date (75 % on dev)
came from a heuristic of the scorer's own that no output field carries; it is gone.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

from ...resolve.gazetteer import load_gazetteer, name_key
from .. import contract as C
from ..metrics import Scoreboard, confusion_rows
from ..registry import gold_set

GROUPS_FILE = Path(__file__).resolve().parents[1] / "isaf_groups.tsv"
TYPE_OF = {
    "detention": {"COERCE"},
    "insurgentskilled": {"ASSAULT"},
    "airstrike": {"ASSAULT"},
    "civiliancasualty": {"ASSAULT"},
    "captureandkill": {"ASSAULT", "COERCE"},
}


def to_input(record):
    # The date line inside the text gives the publication date; none is passed.
    return {"text": record["text"]}


def load_groups(path: Path = GROUPS_FILE) -> dict[str, list[str]]:
    groups = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader((l for l in fh if l.strip() and not l.startswith("#")), delimiter="\t"):
            groups[row[0].strip()] = [n.strip() for n in row[1].split("|") if n.strip()]
    return groups


def first_incident(values) -> list[str]:
    """The first gold incident's entries ("aq;taliban" -> two groups of one incident)."""
    first = next((str(v) for v in values or [] if str(v).strip()), "")
    return [p.strip() for p in first.split(";") if p.strip()]


@lru_cache(maxsize=4096)
def region_key(name: str, country: str | None = "AFG") -> str:
    """A comparable key for a first-level region name: its GeoNames id when the gazetteer
    knows it (preferring ``country``), else the folded name."""
    gaz = load_gazetteer()
    admins = [c.entry for c in gaz.lookup(name) if c.entry.kind == "admin1"]
    admins.sort(key=lambda e: e.country != country)
    if admins and admins[0].geonameid:
        return f"gn:{admins[0].geonameid}"
    return name_key(name)


def place_regions(place: dict | None) -> list[str]:
    """Region keys of a resolved place: its admin1, or itself when it is one."""
    if not place or (place.get("geonameid") is None and place.get("lat") is None):
        return []
    names = [place["admin1"]] if place.get("admin1") else []
    if place.get("precision") == "admin1":
        names.append(place["name"])
    return [region_key(n, place.get("country")) for n in names]


def _target_words(out, events) -> str:
    parts = []
    for e in events:
        for aid in e["targets"]:
            a = C.actor(out, aid)
            if a is not None:
                parts += [a["name"], *(a.get("aliases") or [])]
        parts += [C.span_text(out, s) for s in (e.get("field_evidence") or {}).get("targets", [])]
    return " | ".join(parts).lower()


def _names(text: str, names: list[str]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)


def _miss_row(rec, out, main, gtype, gdate, gprov) -> list | None:
    """One row for the misses table when type, day or province is wrong."""
    place = C.place(out, main.get("place")) if main else None
    type_ok = not gtype or gtype[0] not in TYPE_OF or (main and main["type"] in TYPE_OF[gtype[0]])
    day_ok = not gdate or (main and main.get("date_precision") == "day" and main.get("date") == gdate)
    prov_ok = not gprov or (main and region_key(gprov[0]) in place_regions(place))
    if type_ok and day_ok and prov_ok:
        return None
    where = (place.get("admin1") or place["name"]) if place else ""
    return [rec.get("id"), "/".join(gtype), main["type"] if main else "NONE", gdate or "",
            (main.get("date") or "") if main else "", "/".join(gprov), where]


def _days(a: str | None, b: str) -> int | None:
    try:
        return (date.fromisoformat(a or "") - date.fromisoformat(b)).days
    except ValueError:
        return None


@gold_set("isaf", "ISAF press releases: the main event's type, date, province and target group", to_input)
def score(records, outputs, result):
    groups = load_groups()
    headline, secondary = Scoreboard(), Scoreboard()
    type_acc, date_acc, prov_acc = headline.accuracies("event_type.accuracy", "date.accuracy",
                                                       "province.accuracy")
    group_acc, group_recall = headline.accuracies("target_group.accuracy", "target_group.recall")
    any_place, pooled = secondary.accuracies("province.any_place", "target_group.pooled")
    pairs, date_misses, misses = [], Counter(), []
    late = two = 0
    for rec, out in zip(records, outputs):
        gold = rec.get("gold") or {}
        main = C.main_event(out)
        two += len(first_incident(gold.get("event_type"))) > 1
        gtype = first_incident(gold.get("event_type"))[:1]
        if gtype and gtype[0] in TYPE_OF:
            pred = main["type"] if main else "NONE"
            type_acc.add(pred in TYPE_OF[gtype[0]])
            pairs.append((gtype[0], pred))
        gdate = gold.get("start_date")
        if gdate:
            pdate = main.get("date") if main else None
            ok = bool(main) and main.get("date_precision") == "day" and pdate == gdate
            date_acc.add(ok)
            if not ok:
                kind = ("no event" if not main else "no date" if not pdate
                        else f"{main.get('date_precision')} precision" if main.get("date_precision") != "day"
                        else "other day")
                date_misses[kind] += 1
                late += kind == "other day" and _days(pdate, gdate) == 1
        gprov = first_incident(gold.get("province"))[:1]
        if gprov:
            want = region_key(gprov[0])
            prov_acc.add(bool(main) and want in place_regions(C.place(out, main.get("place"))))
            every = {k for p in out.get("places") or [] for k in place_regions(p)}
            any_place.add(want in every)
        row = _miss_row(rec, out, main, gtype, gdate, gprov)
        if row:
            misses.append(row)
        ggroups = first_incident(gold.get("target_group"))
        if ggroups:
            words = _target_words(out, [main] if main else [])
            found = [_names(words, groups.get(g, [g])) for g in ggroups]
            group_acc.add(all(found))
            for f in found:
                group_recall.add(f)
            hostile = [e for e in C.events(out) if e["type"] in ("ASSAULT", "COERCE")]
            pool = _target_words(out, hostile)
            pooled.add(all(_names(pool, groups.get(g, [g])) for g in ggroups))
    headline.into(result.metrics)
    secondary.into(result.secondary)
    wrong = [(g, p) for g, p in pairs if p not in TYPE_OF[g]]
    result.tables.append(("Event type confusions (gold -> main event)", ["gold", "predicted", "n"],
                          confusion_rows(wrong, top=10)))
    result.tables.append(("Date misses by kind", ["kind", "n"],
                          [[k, n] for k, n in date_misses.most_common()]))
    result.tables.append(("Records with a wrong type, day or province (first 40)",
                          ["record", "gold type", "main event", "gold day", "its date", "gold province",
                           "its place (admin1)"], misses[:40]))
    result.notes.append(f"type scored on {type_acc.total} records, date on {date_acc.total}, province on "
                        f"{prov_acc.total}, target group on {group_acc.total} records with a gold group "
                        f"({group_recall.total} groups); {two} records with two incidents scored on "
                        "the first")
    result.notes.append(f"{late} date misses are one day after the gold (some months of releases "
                        "have gold dates a day before the dates their text states)")
