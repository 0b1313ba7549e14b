"""TempEval-3 platinum time expressions: are the dates found, and are their values right?

Only gold timexes of type DATE count (DURATION, TIME and SET are other things).

- ``date.found``: share of gold DATE spans overlapped by a predicted date (relaxed match).
- ``date.precision``: share of predicted dates that overlap a gold DATE or TIME span.
- ``date.found_calendar``: the same over gold dates with a calendar value, leaving out
  ``PRESENT_REF``/``PAST_REF`` ("now", "the past", "at the time"), which the dates stage
  deliberately does not report as dates.
- ``value.accuracy``: among found gold dates whose value our contract can express
  (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), the share whose predicted value is equal at
  the gold's granularity (a predicted day is right for a gold year when the year is
  equal; a predicted year is wrong for a gold day).
- ``value.accuracy_all``: the same over every found gold date, counting values we
  cannot express (``PRESENT_REF``, ``2013-W12``, ``2012-SU``, ``XXXX``, centuries,
  durations given as DATE) as misses: the honest lower bound.
"""

from __future__ import annotations

import re

from ..registry import gold_set

REPRESENTABLE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


# The dates stage needs the parse and the mentions; actors, places and events do not matter here.
OVERRIDES = {"pipeline": {"stages": ["clean", "structure", "parse", "mentions", "dates"]}}


def value_matches(gold: str, predicted: str | None) -> bool:
    """Equal at the gold's granularity; a coarser prediction is never right."""
    return bool(predicted) and len(predicted) >= len(gold) and predicted[:len(gold)] == gold


def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


@gold_set("te3_dates", "TempEval-3 platinum dates: found and resolved against the document date",
          to_input, overrides=OVERRIDES, documents=True)
def score(records, docs, result):
    calendar_total = calendar_found = 0
    total = found = pred_total = pred_right = 0
    val_right = val_total = val_all = 0
    misses, false_pos = [], []
    excluded = {}
    for record, doc in zip(records, docs):
        gold = [t for t in record.get("timexes", []) if t.get("type") == "DATE"]
        other = [t for t in record.get("timexes", []) if t.get("type") == "TIME"]
        # Predicted spans mapped back to the record's text (the input to the pipeline).
        preds = [(doc.raw_offset(d.start), doc.raw_offset(d.end), d) for d in doc.dates]
        for s, e, d in preds:
            pred_total += 1
            if any(_overlap(s, e, t["start"], t["end"]) for t in gold + other):
                pred_right += 1
            else:
                false_pos.append([record["id"], d.text, d.value or f"({d.reason})"])
        for t in gold:
            total += 1
            is_calendar = not t["value"].endswith("_REF")
            calendar_total += is_calendar
            hits = [(_overlap(s, e, t["start"], t["end"]), d) for s, e, d in preds]
            hits = [h for h in hits if h[0] > 0]
            if not hits:
                misses.append([record["id"], t["text"], t["value"], "", "", "not found"])
                continue
            found += 1
            calendar_found += is_calendar
            d = max(hits, key=lambda h: h[0])[1]
            shown = d.value or f"({d.reason})"
            representable = bool(REPRESENTABLE.match(t["value"]))
            ok = representable and value_matches(t["value"], d.value)
            val_all += 1
            val_right += ok
            if representable:
                val_total += 1
            else:
                kind = _kind(t["value"])
                excluded[kind] = excluded.get(kind, 0) + 1
            if not ok:
                why = "wrong value" if representable else "gold value not expressible"
                misses.append([record["id"], t["text"], t["value"], d.text, shown, why])
    result.metrics["date.found"] = found / total if total else 0.0
    result.metrics["date.found_calendar"] = calendar_found / calendar_total if calendar_total else 0.0
    result.metrics["date.precision"] = pred_right / pred_total if pred_total else 0.0
    result.metrics["value.accuracy"] = val_right / val_total if val_total else 0.0
    result.metrics["value.accuracy_all"] = val_right / val_all if val_all else 0.0
    result.notes.append(
        f"{total} gold DATE expressions, {found} found; {val_total} of the found have a value "
        f"our contract can express and are scored by value.accuracy.")
    if excluded:
        parts = ", ".join(f"{n} {k}" for k, n in sorted(excluded.items()))
        result.notes.append(f"Found but not expressible, left out of value.accuracy (counted as misses "
                            f"in value.accuracy_all): {parts}.")
    result.tables.append(("Missed or wrong gold dates",
                          ["record", "gold text", "gold value", "predicted text", "predicted", "why"],
                          misses))
    result.tables.append(("Predicted dates overlapping no gold DATE/TIME",
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
