"""PLOVER gold standard records: event type, mode, source/target country and sector.

Each record is one sentence with one gold event.  The coder may find several
events in a sentence; the one scored is its *main* event: the highest
confidence (the coder ranks verbs of the main clause above nested and nominal
events).  A sentence with no event counts as type "NONE".

* ``type.accuracy``: main event type == gold type (gold DEMAND/DISAPPROVE/FIGHT/
  INVESTIGATE already mapped to PLOVER 2.0 in the normalised file);
* ``mode.accuracy``: over records whose gold has a mode, after mapping older
  mode names to PLOVER 2.0 ones (``[mode_aliases]`` in events/data/plover.toml);
* ``source_country`` / ``target_country`` P/R/F1: the set of ISO-3 countries of
  the main event's source (target) actors against the gold ones (null gold
  countries, i.e. IGOs, are left out on both sides);
* ``sector`` P/R/F1: the set of three-letter sector codes (GOV, MIL, REB, ...)
  of all the main event's actors against the gold ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ...events.ontology import PLOVER_TYPES, load_ontology
from ..metrics import PRF, Accuracy, actor_countries, confusion_rows
from ..registry import gold_set


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


def main_event(doc):
    """The event a one-sentence record is about: the most confident one."""
    if not doc.events:
        return None
    return max(doc.events, key=lambda e: (e.confidence, -e.evidence.start))



def _sectors(doc, ids):
    out = set()
    for i in ids:
        a = doc.actor(i)
        if a is not None and a.sector:
            out.add(a.sector[:3].upper())
    return out


def _gold_sectors(actors):
    return {a["sector"][:3].upper() for a in actors
            if a.get("sector") and a["sector"][:3].isalpha()}


@gold_set("plover_gsr", "PLOVER gold standard sentences: event type, mode, source/target country, sector",
          to_input, documents=True)
def score(records, docs, result):
    onto = load_ontology()
    type_acc, mode_acc = Accuracy(), Accuracy()
    src, tgt, sector = PRF(), PRF(), PRF()
    pairs: list[tuple[str, str]] = []
    per_type: dict[str, Accuracy] = defaultdict(Accuracy)
    failed = 0
    for rec, doc in zip(records, docs):
        gold = rec["event"]
        if doc.failed or doc.errors and any(e.stage for e in doc.errors if e.code == "stage.failed"):
            failed += 1
        e = main_event(doc)
        pred_type = e.type if e is not None else "NONE"
        type_acc.add(pred_type == gold["type"])
        per_type[gold["type"]].add(pred_type == gold["type"])
        pairs.append((gold["type"], pred_type))
        gold_mode = onto.normalise_mode(gold.get("mode"))
        if gold_mode:
            mode_acc.add(e is not None and e.mode == gold_mode)
        gs = {a["country"] for a in gold["sources"] if a.get("country")}
        gt = {a["country"] for a in gold["targets"] if a.get("country")}
        ps = actor_countries(doc, e.sources) if e is not None else set()
        pt = actor_countries(doc, e.targets) if e is not None else set()
        src.add(sorted(gs), sorted(ps))
        tgt.add(sorted(gt), sorted(pt))
        gsec = _gold_sectors(gold["sources"] + gold["targets"])
        psec = _sectors(doc, (e.sources + e.targets) if e is not None else [])
        sector.add(sorted(gsec), sorted(psec))
    m = result.metrics
    m["type.accuracy"] = type_acc.value
    m["mode.accuracy"] = mode_acc.value
    src.into(m, "source_country")
    tgt.into(m, "target_country")
    sector.into(m, "sector")
    result.tables.append(("Commonest type confusions (gold -> predicted)", ["gold", "predicted", "n"],
                          confusion_rows(pairs, top=15)))
    counts = Counter(g for g, _ in pairs)
    result.tables.append(("Type accuracy by gold type", ["type", "records", "accuracy"],
                          [[t, counts[t], per_type[t].value] for t in PLOVER_TYPES if counts[t]]))
    result.notes.append(f"main event = the most confident event of the sentence; "
                        f"{sum(1 for _, p in pairs if p == 'NONE')} sentences gave no event")
    result.notes.append(f"mode scored on {mode_acc.total} records with a gold mode")
    if failed:
        result.notes.append(f"{failed} documents failed in a stage")
