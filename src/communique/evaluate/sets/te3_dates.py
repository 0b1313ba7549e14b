"""TempEval-3 platinum time expressions: are the dates found, and are their values right?

Conventions (headline, read from the output contract's ``dates`` only):

Only gold timexes of type DATE count (DURATION, TIME and SET are other things).  A predicted
date matches a gold DATE when their spans overlap (relaxed match, TempEval's own), after
aligning the record's text with the output's ``document.text``.

- ``date.recall``: share of all gold DATE spans overlapped by a predicted date.
- ``date.precision``: share of predicted dates that overlap a gold DATE (TIME spans do not
  count: recall does not score them either); ``date.f1`` of the two.
- ``value.accuracy``: share of all gold DATEs whose overlapping prediction has the right
  value at the gold's granularity (a predicted day is right for a gold year of the same
  year; a predicted year is wrong for a gold day).  A gold DATE not found is wrong, and so is
  one whose value the contract cannot express (``PRESENT_REF``, ``2013-W12``, ``2012-SU``,
  ``XXXX``, centuries): the output cannot give it.
- ``value.accuracy_found``, beside it: the same over the found gold DATEs.

Secondary (the older, more flattering scoring, for comparison): ``value.accuracy_expressible``
(over found dates whose gold value the contract can express), ``date.precision_date_or_time``
(a prediction overlapping a gold TIME counted right), ``date.recall_calendar`` (leaving out
``PRESENT_REF``/``PAST_REF``).
"""

from __future__ import annotations

import re

from .. import contract as C
from ..metrics import Accuracy
from ..registry import gold_set

REPRESENTABLE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


# The dates stage needs the parse and the mentions; actors, places and events do not change
# the dates, so they are skipped to keep the run short.
OVERRIDES = {"pipeline": {"stages": ["clean", "structure", "parse", "mentions", "dates"]}}


def value_matches(gold: str, predicted: str | None) -> bool:
    """Equal at the gold's granularity; a coarser prediction is never right."""
    return bool(predicted) and len(predicted) >= len(gold) and predicted[:len(gold)] == gold


def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


@gold_set("te3_dates", "TempEval-3 platinum dates: found and resolved against the document date",
          to_input, overrides=OVERRIDES)
def score(records, outputs, result):
    recall, calendar = Accuracy(), Accuracy()
    precision, precision_dt = Accuracy(), Accuracy()
    value_all, value_found, value_expr = Accuracy(), Accuracy(), Accuracy()
    misses, false_pos = [], []
    excluded: dict[str, int] = {}
    for record, out in zip(records, outputs):
        align = C.Aligner(record.get("text") or "", C.text(out))
        gold = [(t, *align.span(t["start"], t["end"])) for t in record.get("timexes", [])
                if t.get("type") == "DATE"]
        times = [align.span(t["start"], t["end"]) for t in record.get("timexes", [])
                 if t.get("type") == "TIME"]
        preds = [(d["start"], d["end"], d) for d in out.get("dates") or []]
        for s, e, d in preds:
            on_date = any(_overlap(s, e, g0, g1) for _, g0, g1 in gold)
            precision.add(on_date)
            precision_dt.add(on_date or any(_overlap(s, e, t0, t1) for t0, t1 in times))
            if not on_date:
                false_pos.append([record["id"], d["text"], d.get("value") or f"({d.get('reason')})"])
        for t, g0, g1 in gold:
            is_calendar = not t["value"].endswith("_REF")
            hits = [(_overlap(s, e, g0, g1), d) for s, e, d in preds]
            hits = [h for h in hits if h[0] > 0]
            recall.add(bool(hits))
            if is_calendar:
                calendar.add(bool(hits))
            if not hits:
                value_all.add(False)
                misses.append([record["id"], t["value"], "", "not found"])
                continue
            d = max(hits, key=lambda h: h[0])[1]
            representable = bool(REPRESENTABLE.match(t["value"]))
            ok = representable and value_matches(t["value"], d.get("value"))
            value_all.add(ok)
            value_found.add(ok)
            if representable:
                value_expr.add(ok)
            else:
                kind = _kind(t["value"])
                excluded[kind] = excluded.get(kind, 0) + 1
            if not ok:
                why = "wrong value" if representable else "gold value not expressible"
                misses.append([record["id"], t["value"], d.get("value") or f"({d.get('reason')})", why])
    m = result.metrics
    m["date.recall"] = recall.value
    m["date.precision"] = precision.value
    p, r = precision.value, recall.value
    m["date.f1"] = 2 * p * r / (p + r) if p + r else 0.0
    m["value.accuracy"] = value_all.value
    m["value.accuracy_found"] = value_found.value
    result.secondary["value.accuracy_expressible"] = value_expr.value
    result.secondary["date.precision_date_or_time"] = precision_dt.value
    result.secondary["date.recall_calendar"] = calendar.value
    result.notes.append(
        f"{recall.total} gold DATE expressions, {recall.right} found, {value_all.right} with the right "
        f"value; {value_expr.total} of the found have a value the contract can express.")
    if excluded:
        parts = ", ".join(f"{n} {k}" for k, n in sorted(excluded.items()))
        result.notes.append(f"Found but not expressible (wrong in value.accuracy): {parts}.")
    result.tables.append(("Missed or wrong gold dates",
                          ["record", "gold value", "predicted", "why"], misses))
    result.tables.append(("Predicted dates overlapping no gold DATE",
                          ["record", "text", "value"], false_pos))


def _kind(value: str) -> str:
    if value.endswith("_REF"):
        return "reference (PRESENT_REF/PAST_REF)"
    if re.match(r"^\d{4}-W\d\d", value):
        return "week"
    if re.match(r"^\d{4}-(?:SP|SU|FA|WI)", value):
        return "season"
    if value.startswith("P"):
        return "duration"
    if "X" in value:
        return "unspecified (XX)"
    if re.match(r"^\d{1,2}$", value):
        return "century"
    return "other"
