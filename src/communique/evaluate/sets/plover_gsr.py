"""PLOVER gold standard sentences: the main event's type, mode, countries and sectors.

Conventions (headline, read from the output contract only):

Each record is one sentence with one gold event.  The event scored is the one the output marks
``main: true`` (the coder's choice, ``events/main_event.py``); a sentence with no event has
type "NONE", which is wrong.

* ``type.accuracy``: main event type == gold type (gold DEMAND/DISAPPROVE/FIGHT/INVESTIGATE
  already mapped to PLOVER 2.0 in the normalised file);
* ``source_country`` / ``target_country`` P/R/F1: the set of ISO-3 countries of the main
  event's source (target) actors against the gold ones, summed over records (null gold
  countries, i.e. IGOs, and actors with no country are left out on both sides);
* ``mode.accuracy``: over records whose gold has a mode, after mapping older mode names to
  PLOVER 2.0 ones (``[mode_aliases]`` in events/data/plover.toml); no event is wrong;
* ``sector`` P/R/F1: the three-letter sector codes (GOV, MIL, REB, ...) of all the main
  event's actors against the gold ones.

Secondary (older scoring, for comparison): ``most_confident.*``, the same figures when the
scorer itself picks the most confident event of the sentence instead of the output's ``main``.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ...events.ontology import PLOVER_TYPES, load_ontology
from .. import contract as C
from ..metrics import PRF, Accuracy, confusion_rows
from ..registry import gold_set


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


def most_confident(out):
    """The older choice: the most confident event, the earlier on a tie (secondary rows)."""
    evs = C.events(out)
    return max(evs, key=lambda e: (e["confidence"], -e["evidence"]["start"])) if evs else None


def _sectors(out, ids):
    found = (C.actor(out, i) for i in ids)
    return {a["sector"][:3].upper() for a in found if a is not None and a.get("sector")}


def _gold_sectors(actors):
    return {a["sector"][:3].upper() for a in actors
            if a.get("sector") and a["sector"][:3].isalpha()}


def _measure(records, outputs, choose, onto):
    type_acc, mode_acc = Accuracy(), Accuracy()
    src, tgt, sector = PRF(), PRF(), PRF()
    pairs: list[tuple[str, str]] = []
    per_type: dict[str, Accuracy] = defaultdict(Accuracy)
    for rec, out in zip(records, outputs):
        gold = rec["event"]
        e = choose(out)
        pred_type = e["type"] if e is not None else "NONE"
        type_acc.add(pred_type == gold["type"])
        per_type[gold["type"]].add(pred_type == gold["type"])
        pairs.append((gold["type"], pred_type))
        gold_mode = onto.normalise_mode(gold.get("mode"))
        if gold_mode:
            mode_acc.add(e is not None and e.get("mode") == gold_mode)
        gs = {a["country"] for a in gold["sources"] if a.get("country")}
        gt = {a["country"] for a in gold["targets"] if a.get("country")}
        ps = C.countries(out, e["sources"]) if e is not None else set()
        pt = C.countries(out, e["targets"]) if e is not None else set()
        src.add(sorted(gs), sorted(ps))
        tgt.add(sorted(gt), sorted(pt))
        gsec = _gold_sectors(gold["sources"] + gold["targets"])
        psec = _sectors(out, (e["sources"] + e["targets"]) if e is not None else [])
        sector.add(sorted(gsec), sorted(psec))
    m: dict[str, float] = {"type.accuracy": type_acc.value}
    src.into(m, "source_country")
    tgt.into(m, "target_country")
    m["mode.accuracy"] = mode_acc.value
    sector.into(m, "sector")
    return m, pairs, per_type, mode_acc.total


def _misses(records, outputs) -> list[list]:
    rows = []
    for rec, out in zip(records, outputs):
        gold, e = rec["event"], C.main_event(out)
        gs = sorted({a["country"] for a in gold["sources"] if a.get("country")})
        gt = sorted({a["country"] for a in gold["targets"] if a.get("country")})
        ps = sorted(C.countries(out, e["sources"])) if e else []
        pt = sorted(C.countries(out, e["targets"])) if e else []
        ptype = e["type"] if e else "NONE"
        if ptype != gold["type"] or gs != ps or gt != pt:
            rows.append([rec["id"], gold["type"], ptype, " ".join(gs), " ".join(ps), " ".join(gt),
                         " ".join(pt)])
    return rows


@gold_set("plover_gsr", "PLOVER gold standard sentences: the main event's type, countries, mode, sector",
          to_input)
def score(records, outputs, result):
    onto = load_ontology()
    metrics, pairs, per_type, with_mode = _measure(records, outputs, C.main_event, onto)
    result.metrics.update(metrics)
    old, _, _, _ = _measure(records, outputs, most_confident, onto)
    for k in ("type.accuracy", "source_country.f1", "target_country.f1"):
        result.secondary[f"most_confident.{k}"] = old[k]
    result.tables.append(("Commonest type confusions (gold -> main event)", ["gold", "predicted", "n"],
                          confusion_rows(pairs, top=15)))
    counts = Counter(g for g, _ in pairs)
    result.tables.append(("Type accuracy by gold type", ["type", "records", "accuracy"],
                          [[t, counts[t], per_type[t].value] for t in PLOVER_TYPES if counts[t]]))
    result.tables.append(("Records whose main event has a wrong type or country (first 40)",
                          ["record", "gold type", "main event", "gold source", "its sources",
                           "gold target", "its targets"], _misses(records, outputs)[:40]))
    result.notes.append(f"main event = the event the output marks main; "
                        f"{sum(1 for _, p in pairs if p == 'NONE')} sentences gave no event")
    result.notes.append(f"mode scored on {with_mode} records with a gold mode")
