"""Scoring the pipeline against reviewed events (the ``reviewed`` gold set).

For each record the pipeline codes the evidence text; the coded event chosen
is the one of the gold type if any, else the most confident.  Rejected records
(``event: null``) count how often the pipeline still codes an event the
reviewer refused.
"""

from __future__ import annotations

from ..evaluate.metrics import PRF, Accuracy, confusion_rows


def _countries(out, actor_ids):
    actors = {a["id"]: a for a in out.get("actors") or []}
    return [actors[a]["country"] for a in actor_ids if a in actors and actors[a].get("country")]


def score(records, outputs, result) -> None:
    """Score output documents (the JSON `extract` prints) against reviewed records."""
    found, type_acc, mode_acc = Accuracy(), Accuracy(), Accuracy()
    src, tgt = PRF(), PRF()
    refused_coded = Accuracy()
    pairs = []
    for rec, out in zip(records, outputs):
        gold = rec.get("event")
        events = out.get("events") or []
        if gold is None:
            refused_coded.add(bool(events))
            continue
        found.add(bool(events))
        same = [e for e in events if e["type"] == gold["type"]]
        pred = same[0] if same else max(events, key=lambda e: e["confidence"], default=None)
        type_acc.add(pred is not None and pred["type"] == gold["type"])
        pairs.append((gold["type"], pred["type"] if pred else "-"))
        if pred is not None and pred["type"] == gold["type"]:
            mode_acc.add((pred.get("mode") or None) == (gold.get("mode") or None))
        src.add([s["country"] for s in gold.get("sources", []) if s.get("country")],
                _countries(out, pred["sources"]) if pred else [])
        tgt.add([t["country"] for t in gold.get("targets", []) if t.get("country")],
                _countries(out, pred["targets"]) if pred else [])
    m = result.metrics
    m["event.found"] = found.value
    m["type.accuracy"] = type_acc.value
    if mode_acc.total:
        m["mode.accuracy"] = mode_acc.value
    src.into(m, "source_country")
    tgt.into(m, "target_country")
    if refused_coded.total:
        m["rejected.still_coded"] = refused_coded.value
    result.tables.append(("Type confusions (gold, coded, count)", ["gold", "coded", "n"],
                          confusion_rows(pairs)))
    result.notes.append(f"{found.total} reviewed events, {refused_coded.total} rejected ones.")
