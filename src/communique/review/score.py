"""Scoring the pipeline against reviewed events (the ``reviewed`` gold set).

For each record the pipeline codes the evidence text; the coded event chosen
is the one of the gold type if any, else the most confident.  Rejected records
(``event: null``) count how often the pipeline still codes an event the
reviewer refused.
"""

from __future__ import annotations

from ..evaluate.metrics import PRF, Accuracy, confusion_rows


def _countries(doc, actor_ids):
    out = []
    for a in actor_ids:
        actor = doc.actor(a)
        if actor and actor.country:
            out.append(actor.country)
    return out


def score(records, docs, result) -> None:
    found, type_acc, mode_acc = Accuracy(), Accuracy(), Accuracy()
    src, tgt = PRF(), PRF()
    refused_coded = Accuracy()
    pairs = []
    for rec, doc in zip(records, docs):
        gold = rec.get("event")
        if gold is None:
            refused_coded.add(bool(doc.events))
            continue
        found.add(bool(doc.events))
        same = [e for e in doc.events if e.type == gold["type"]]
        pred = same[0] if same else max(doc.events, key=lambda e: e.confidence, default=None)
        type_acc.add(pred is not None and pred.type == gold["type"])
        pairs.append((gold["type"], pred.type if pred else "-"))
        if pred is not None and pred.type == gold["type"]:
            mode_acc.add((pred.mode or None) == (gold.get("mode") or None))
        src.add([s["country"] for s in gold.get("sources", []) if s.get("country")],
                _countries(doc, pred.sources) if pred else [])
        tgt.add([t["country"] for t in gold.get("targets", []) if t.get("country")],
                _countries(doc, pred.targets) if pred else [])
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
