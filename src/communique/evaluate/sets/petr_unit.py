"""PETRARCH's unit-test sentences (``../shared/eval-data/petrarch-cameo/PETR.UnitTest.records.xml``).

Stylised sentences about made-up actors (Arnor = ARN, Gondor = GON ...) with the CAMEO
codings PETRARCH must produce.  The actors come from the suite's own dictionary
(``PETR.Validate.actors.txt``), loaded as a user KB for this set only
(``petr_unit_actors.jsonl``, written by ``tools/petrarch/compile.py --validate``; roles
as on 1995-01-01, the date of most records, since a user KB has no dated roles).

**Verbs (the field's convention).**  The sentences were written against the suite's own
verb dictionary (``PETR.Validate.verbs.txt``: WEIS-era codes, made-up test codes such as
902, patterns such as ``SAID WOULD NOT *``), and PETRARCH runs them with it.  So does this
set: the file is compiled by the same compiler as PETRARCH-2's dictionary
(``tools/petrarch/compile.py --validate`` -> ``petr_unit_verbs/``, read in ``sequence``,
TABARI/PETRARCH-1's reading) and the coder runs with ``[events] petrarch_verbs = "only"``
for this set alone.  What it measures is therefore how faithfully the dictionary engine
implements PETRARCH's pattern semantics (synsets, words before and after the verb,
joins, markers, null codes, voice) and its coding convention, not the coder's own
patterns (plover_gsr and petr2_gsr measure those).  Codes with no PLOVER type (the suite's
9xx test codes, WEIS 22x, 010-017 statements) come out as PETRARCH codes them, events with a
CAMEO code and a null type (mode "only"); an event is scored by its ``cameo``, never its
type.  The suite's agents are not loaded (the bundled
PETRARCH-2 agents are).

**Split.** The file has no dev/holdout copy under ``gold/``; the rule of ``gold/README.md``
is applied to the record id: ``holdout`` when ``int(sha1(id), 16) % 3 == 0``, else ``dev``
(which ``parts.part_of`` splits into read and scored parts, as for every dev set).
Records whose only coding is an ``error`` (input-handling tests of PETRARCH) are left out.

**Convention (PETRARCH validation).** Per sentence, the gold codings are (CAMEO code,
source, target) tuples, each used once; an event predicts one tuple per (source, target)
pair of its actors (no actor: None), duplicates counted once, on both sides (two gold
codings that differ only in an actor's sector, "media and government" of one country, are
one tuple under the key below).  Actors compare by their
first CAMEO unit: the gold code's first three letters (``ARNGOV`` -> ARN) against the
output actor's ``country``, or IGO/NGO for an international body without one; PETRARCH's
``---`` unit is no country (``---GOV``, an unnamed government, is a side of none, as ``---``
alone is).  Every
event counts except denied ones (background events too: the gold does not mark them out).

* ``tuple_code`` P/R/F1 (headline): full code, source and target all equal;
* ``tuple_root`` P/R/F1: the same with the two-digit root;
* ``cameo_root`` / ``cameo_code`` P/R/F1: the roots / codes per sentence as sets, actors
  ignored (the issue's "CAMEO root F1").
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ...errors import CommuniqueError
from ..metrics import PRF
from ..registry import gold_set

FILE = "PETR.UnitTest.records.xml"
ACTORS = Path(__file__).with_name("petr_unit_actors.jsonl")
VERBS = Path(__file__).with_name("petr_unit_verbs")
_BODIES = {"igo": "IGO", "ngo": "NGO"}


def split_of(record_id: str) -> str:
    """``holdout`` or ``dev``: the rule of gold/README.md on the record id."""
    return "holdout" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def parse_records(path: Path) -> list[dict[str, Any]]:
    """Every sentence record of the file: id, text, published, category, codings."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise CommuniqueError(f"{path}: cannot read the PETRARCH unit-test records ({exc})") from None
    out = []
    for s in root.iter("Sentence"):
        codings = s.findall("EventCoding")
        if any(c.get("error") is not None for c in codings):
            continue
        date = (s.get("date") or "").strip()
        text = " ".join((s.findtext("Text") or "").split())
        out.append({
            "id": (s.get("id") or "").strip(),
            "text": text,
            "published": f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 and date.isdigit() else None,
            "category": s.get("category"),
            "codings": [{"cameo": c.get("eventcode", "").strip(), "source": c.get("sourcecode", "").strip(),
                         "target": c.get("targetcode", "").strip()}
                        for c in codings if c.get("eventcode") and c.get("noevents") is None],
        })
    return out


def records(gold_dir, split: str) -> list[dict[str, Any]]:
    path = Path(gold_dir).parent / "petrarch-cameo" / FILE
    if not path.is_file():
        raise CommuniqueError(f"{path}: no such file (the petr_unit set reads it beside gold/)")
    return [r for r in parse_records(path) if split_of(r["id"]) == split]


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


def _gold_key(code: str) -> str | None:
    code = (code or "").strip().upper()
    return code[:3] if len(code) >= 3 and not code.startswith("---") else None


def _actor_key(actor: dict | None) -> str | None:
    if actor is None:
        return None
    return actor.get("country") or _BODIES.get(actor.get("kind") or "")


def predicted_tuples(doc: dict) -> set[tuple[str, str | None, str | None]]:
    actors = {a["id"]: a for a in doc.get("actors") or []}
    out = set()
    for e in doc.get("events") or []:
        if e.get("status") == "denied" or not e.get("cameo"):
            continue
        srcs = {_actor_key(actors.get(a)) for a in e.get("sources") or []} or {None}
        tgts = {_actor_key(actors.get(a)) for a in e.get("targets") or []} or {None}
        out |= {(e["cameo"], s, t) for s in srcs for t in tgts}
    return out


@gold_set("petr_unit", "PETRARCH unit-test sentences (made-up actors): (code, source, target) tuples, "
          "CAMEO root", to_input, overrides={"actors": {"user_kb": str(ACTORS)},
                     "events": {"petrarch_verbs": "only", "petrarch_verbs_dir": str(VERBS),
                                "petrarch_verb_defaults": True, "petrarch_shared_patterns": True}}, records=records)
def score(records, docs, result):
    tup, tup_root, root, code = PRF(), PRF(), PRF(), PRF()
    misses = []
    for rec, doc in zip(records, docs):
        # Compared as sets on both sides: the key keeps an actor's country (or body) and drops
        # its sector, so two gold codings of one country ("media and government") can be one
        # tuple, which a set of predictions could never match twice.
        gold = sorted({(g["cameo"], _gold_key(g["source"]), _gold_key(g["target"]))
                       for g in rec["codings"]}, key=str)
        pred = predicted_tuples(doc)
        tup.add(gold, sorted(pred, key=str))
        tup_root.add(sorted({(c[:2], s, t) for c, s, t in gold}, key=str),
                     sorted({(c[:2], s, t) for c, s, t in pred}, key=str))
        root.add(sorted({g[0][:2] for g in gold}), sorted({p[0][:2] for p in pred}))
        code.add(sorted({g[0] for g in gold}), sorted({p[0] for p in pred}))
        if gold != sorted(pred, key=str):
            misses.append([rec["id"], rec.get("category") or "",
                           " ".join(f"{c}:{s}>{t}" for c, s, t in gold) or "-",
                           " ".join(f"{c}:{s}>{t}" for c, s, t in sorted(pred, key=str)) or "-"])
    m = result.metrics
    tup.into(m, "tuple_code")
    tup_root.into(m, "tuple_root")
    root.into(m, "cameo_root")
    code.into(m, "cameo_code")
    result.tables.append(("Sentences whose tuples differ", ["id", "category", "gold", "predicted"], misses))
    result.notes.append(f"{sum(1 for r in records if not r['codings'])} sentences have no gold event")
