"""Reading the output contract (``communique.document/1`` JSON) in scorers.

Scorers get the dicts ``communique extract`` prints and nothing else; these helpers only look
things up in them (actors by id, the event marked ``main``) or align offsets, never decide.
"""

from __future__ import annotations

import bisect
from difflib import SequenceMatcher
from typing import Any

Out = dict[str, Any]


def events(out: Out) -> list[dict[str, Any]]:
    return out.get("events") or []


def main_event(out: Out) -> dict[str, Any] | None:
    """The event the output marks ``main`` (the coder's choice), or None."""
    return next((e for e in events(out) if e.get("main")), None)


def did_not_happen(event: dict[str, Any]) -> bool:
    """The output says the act did not take place: denied or negated."""
    return event.get("status") == "denied" or bool(event.get("negated"))


def actor(out: Out, actor_id: str) -> dict[str, Any] | None:
    return next((a for a in out.get("actors") or [] if a.get("id") == actor_id), None)


def place(out: Out, place_id: str | None) -> dict[str, Any] | None:
    if place_id is None:
        return None
    return next((p for p in out.get("places") or [] if p.get("id") == place_id), None)


def countries(out: Out, actor_ids) -> set[str]:
    """ISO countries of these actors (actors with none left out)."""
    found = (actor(out, i) for i in actor_ids or [])
    return {a["country"] for a in found if a is not None and a.get("country")}


def actor_country(out: Out, actor_id: str) -> str | None:
    a = actor(out, actor_id)
    return a.get("country") if a is not None else None


def text(out: Out) -> str:
    return (out.get("document") or {}).get("text") or ""


def span_text(out: Out, span: dict[str, int]) -> str:
    return text(out)[span["start"]:span["end"]]


class Aligner:
    """Maps offsets in the gold record's text to offsets in the output's ``document.text``.

    Cleaning may collapse whitespace, so the two differ slightly; the contract keeps no
    segment table, so the scorer aligns the two strings itself (a plain string diff)."""

    def __init__(self, source: str, output: str):
        self.identity = source == output
        self.end = len(output)
        if self.identity:
            return
        src = [i for i, ch in enumerate(source) if not ch.isspace()]
        dst = [j for j, ch in enumerate(output) if not ch.isspace()]
        if len(src) == len(dst) and all(source[i] == output[j] for i, j in zip(src, dst)):
            # the usual case: cleaning changed only whitespace
            blocks = [(i, j, 1) for i, j in zip(src, dst)]
        else:
            matcher = SequenceMatcher(None, source, output, autojunk=False)
            blocks = [(a, b, n) for a, b, n in matcher.get_matching_blocks() if n]
        self.blocks = blocks
        self.starts = [a for a, _, _ in blocks]

    def __call__(self, offset: int) -> int:
        if self.identity:
            return offset
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0:
            a, b, n = self.blocks[i]
            if offset < a + n:
                return b + (offset - a)
        # an offset in text the output dropped (or changed): the next kept character
        if i + 1 < len(self.blocks):
            return self.blocks[i + 1][1]
        return self.end

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self(start), self(start)
        s, e = self(start), self(end - 1) + 1
        return s, max(s, e)
