"""ISAF press releases: incident date, province, event type and target group.

One gold file, scored in parts by the modules that own each capability
(``evaluate/isaf_dates.py``, ``isaf_places.py``, ``isaf_events.py``); each part
is a ``score(records, docs, result)`` function adding its own metrics.
"""

from __future__ import annotations

import importlib

from ..registry import gold_set

PARTS = ("isaf_dates", "isaf_places", "isaf_events")


def to_input(record):
    # The date line inside the text gives the publication date; none is passed.
    return {"text": record["text"]}


@gold_set("isaf", "ISAF press releases: incident date, province, event type, target group", to_input, documents=True)
def score(records, docs, result):
    for part in PARTS:
        try:
            module = importlib.import_module(f"communique.evaluate.{part}")
        except ModuleNotFoundError as exc:
            if exc.name != f"communique.evaluate.{part}":
                raise
            result.notes.append(f"part {part} is not available yet")
            continue
        module.score(records, docs, result)
