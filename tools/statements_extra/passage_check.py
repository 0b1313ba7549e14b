"""Rebuild one annotated passage from the corpus and check it is still the passage annotated."""
from __future__ import annotations

import hashlib

from .passages import passage_text


class AnnotationMismatch(Exception):
    """An annotation no longer fits the corpus text (moved offsets, edited text, bad needle)."""


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def rebuild(ann: dict, speeches: dict) -> str:
    """The passage text of an annotation, checked against its digest and its needle."""
    sid = ann["speech"]
    rec = speeches.get(sid)
    if rec is None:
        raise AnnotationMismatch(f"{sid}: speech not in the corpus")
    start, end = ann["start"], ann["end"]
    if not 0 <= start < end <= len(rec["text"]):
        raise AnnotationMismatch(f"{sid}: offsets {start}:{end} outside the speech ({len(rec['text'])} chars)")
    text = passage_text(rec["text"], start, end)
    if digest(text) != ann["sha1"]:
        raise AnnotationMismatch(f"{sid}: passage at {start}:{end} differs from the one annotated")
    needle = ann["expect"]["needle"]
    if text.count(needle) != 1:
        raise AnnotationMismatch(f"{sid}: needle {needle!r} occurs {text.count(needle)} times, not once")
    return text
