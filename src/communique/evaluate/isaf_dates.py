"""ISAF part: the incident date (``start_date.accuracy``).

The incident date of a coded document is, in order:

1. the date of the first event dated to the day by a date stated in its own
   words (an event coder that falls back to the publication date points its
   date evidence outside the event's clause: that is not a statement);
2. else the first day-precision date of the body that is not the date line,
   title or signature ("... detained ... yesterday" -> publication day - 1),
   dates of verbs of saying ("ISAF today confirmed ...") only when no other;
3. else the publication date (a release that states no other date reports
   the day's operations).

``start_date.accuracy`` is the share of records whose gold ``start_date`` equals it;
``start_date.accuracy_dated`` the same over records the text can date at all.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..document import Document
from ..resolve.dates import is_heading_date, is_reporting_date
from .metrics import Accuracy


def incident_date(doc: Document) -> tuple[str | None, str, str]:
    """(YYYY-MM-DD or None, where it came from, the words that gave it)."""
    for event in doc.events:
        if event.date and event.date_precision == "day" and _stated_in_event(event):
            return event.date, "event", event.evidence.text[:60]
    body = [m for m in doc.dates
            if m.precision == "day" and m.value and not is_heading_date(doc, m)]
    # The day of an action before the day a statement about it was made.
    for mention in sorted(body, key=lambda m: (is_reporting_date(doc, m), m.start)):
        return mention.value, "body date", mention.text
    if doc.published:
        return doc.published[:10], "publication date", doc.published_from or ""
    return None, "none", ""


def _days(a: str, b: str) -> int | None:
    try:
        return (date.fromisoformat(a) - date.fromisoformat(b)).days
    except ValueError:
        return None


def _stated_in_event(event) -> bool:
    spans = event.fields.get("date") or []
    ev = event.evidence
    return bool(spans) and all(ev.start <= sp.start and sp.end <= ev.end for sp in spans)


def score(records, docs, result):
    overall = Accuracy()
    by_source: dict[str, Accuracy] = {}
    misses = []
    for record, doc in zip(records, docs):
        gold = (record.get("gold") or {}).get("start_date")
        if not gold:
            continue
        predicted, source, words = incident_date(doc)
        ok = predicted == gold
        overall.add(ok)
        by_source.setdefault(source, Accuracy()).add(ok)
        if not ok:
            misses.append([record.get("id"), gold, predicted or "", source, words,
                           doc.published or ""])
    result.metrics["start_date.accuracy"] = overall.value
    dated = Accuracy(sum(a.right for k, a in by_source.items() if k != "none"),
                     sum(a.total for k, a in by_source.items() if k != "none"))
    result.metrics["start_date.accuracy_dated"] = dated.value
    undated = by_source.get("none", Accuracy()).total
    day_late = sum(1 for m in misses if m[2] and _days(m[2], m[1]) == 1)
    result.notes.append(
        f"start_date: {undated} records state no publication date and no full date (a date line "
        "without a year, or none): the text cannot date them; start_date.accuracy_dated leaves "
        f"them out. {day_late} misses are one day later than the gold, mostly 'yesterday'/'today' "
        "in releases whose gold takes the day before the text's reading.")
    result.tables.append((
        "Incident date by where it came from",
        ["source", "records", "right", "accuracy"],
        [[s, a.total, a.right, f"{a.value:.1%}"] for s, a in sorted(by_source.items())],
    ))
    reasons = Counter(m[3] for m in misses)
    result.notes.append(
        f"start_date: {overall.right} of {overall.total} right; misses by source: "
        + (", ".join(f"{k} {v}" for k, v in reasons.most_common()) or "none") + ".")
    result.tables.append(("Wrong incident dates (first 60)",
                          ["record", "gold", "predicted", "source", "words", "published"], misses[:60]))
