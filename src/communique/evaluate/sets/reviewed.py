"""Events confirmed, corrected or added by people in the review workbench.

Written by ``communique export --format gold`` (``review.gold.export_gold``) as
``reviewed.dev.jsonl``; score it with ``communique evaluate reviewed --gold DIR``.
"""

from __future__ import annotations

from ...review.score import score as score_reviewed
from ..registry import gold_set


def to_input(record):
    return {"text": record["text"], "published": record.get("published")}


@gold_set("reviewed", "events reviewed by people in the workbench (communique export --format gold)",
          to_input)
def score(records, outputs, result):
    score_reviewed(records, outputs, result)
