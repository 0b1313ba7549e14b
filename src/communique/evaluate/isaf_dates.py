"""ISAF part: the incident date (``start_date.accuracy``).

The incident date of a coded document is, in order:

1. the date of the first event dated to the day by a date stated in its own
   words (an event coder that falls back to the document's date points its
   date evidence outside the event's clause: that is not a statement), unless
   that date is the date of a verb of saying ("confirmed today the arrest ...
   Sunday": today is when it was said, not when the arrest was made) or names
   another thing ("the Aug. 7 attack");
2. else the first day-precision date of the body that is not the date line,
   title or signature ("... detained ... yesterday" -> publication day - 1),
   leaving out the edges of periods ("since Oct. 1"); dates of verbs of saying
   and dates naming a noun ("the July 2 attack") only when no other;
3. else the publication date (a release that states no other date reports
   the day's operations); a text dated only by a release number
   ("2011-07-S-039") gives its month, which is no incident day ("month only").

``start_date.accuracy`` is the share of records whose gold ``start_date`` equals it;
``start_date.accuracy_dated`` the same over records the text can date at all.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..document import Document
from ..resolve.dates import date_role, document_date_for_event, is_heading_date, is_reporting_date
from .metrics import Accuracy


def incident_date(doc: Document) -> tuple[str | None, str, str]:
    """(YYYY-MM-DD or None, where it came from, the words that gave it)."""
    by_span = {(m.start, m.end): m for m in doc.dates}
    for event in doc.events:
        if event.date and event.date_precision == "day" and _stated_in_event(event):
            said = [by_span.get((sp.start, sp.end)) for sp in event.fields["date"]]
            if any(m is not None and (is_reporting_date(doc, m) or date_role(doc, m) == "modifier")
                   for m in said):
                continue  # the day it was said, or the day of another thing named ("the Aug. 7 attack")
            return event.date, "event", event.evidence.text[:60]
    body = [(m, date_role(doc, m)) for m in doc.dates
            if m.precision == "day" and m.value and not is_heading_date(doc, m)]
    # The day of an action before the day a statement about it was made.
    body = sorted(((m, role) for m, role in body if role != "bound"),
                  key=lambda mr: (is_reporting_date(doc, mr[0]), mr[1] == "modifier", mr[0].start))
    for mention, _ in body:
        return mention.value, "body date", mention.text
    if doc.published:
        return doc.published[:10], "publication date", doc.published_from or ""
    value, precision, _ = document_date_for_event(doc)
    if value:
        return value, "month only", "release number"
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
    undatable = ("none", "month only")
    dated = Accuracy(sum(a.right for k, a in by_source.items() if k not in undatable),
                     sum(a.total for k, a in by_source.items() if k not in undatable))
    result.metrics["start_date.accuracy_dated"] = dated.value
    undated = sum(by_source.get(k, Accuracy()).total for k in ("none", "month only"))
    day_late = sum(1 for m in misses if m[2] and _days(m[2], m[1]) == 1)
    result.notes.append(
        f"start_date: {undated} records state no publication day and no full date (a date line "
        "without a year, a release number that gives only the month, or nothing): the text "
        f"cannot date them to the day; start_date.accuracy_dated leaves them out. {day_late} misses "
        "are one day later than the gold; most lie in three months of releases (2010-11, "
        "2011-02, 2011-03) whose gold is a day before even an explicitly stated date "
        "('Feb. 6' -> gold Feb. 5): a shift in the annotation, not a reading of the text.")
    result.tables.append((
        "Incident date by where it came from",
        ["source", "records", "right", "accuracy"],
        [[s, a.total, a.right, f"{a.value:.1%}"] for s, a in sorted(by_source.items())],
    ))
    # Where the one-day-late misses fall: a reading of the text is late by the same day in
    # every release of a month only when the annotation of that month was shifted.
    per_month: dict[str, list[int]] = {}
    for record, doc in zip(records, docs):
        gold = (record.get("gold") or {}).get("start_date")
        if gold and doc.published:
            per_month.setdefault(doc.published[:7], [0, 0])[0] += 1
    for m in misses:
        if m[5] and m[2] and _days(m[2], m[1]) == 1:
            per_month[m[5][:7]][1] += 1
    result.tables.append((
        "One-day-late misses by publication month (months with any)",
        ["month", "records", "one day late", "share"],
        [[k, n, late, f"{late / n:.0%}"] for k, (n, late) in sorted(per_month.items()) if late],
    ))
    reasons = Counter(m[3] for m in misses)
    result.notes.append(
        f"start_date: {overall.right} of {overall.total} right; misses by source: "
        + (", ".join(f"{k} {v}" for k, v in reasons.most_common()) or "none") + ".")
    result.tables.append(("Wrong incident dates (first 60)",
                          ["record", "gold", "predicted", "source", "words", "published"], misses[:60]))
