"""Cutting a stream of documents into batches by count and by characters."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int, max_chars: int, length: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive batches of at most ``size`` items, each closed once its items' ``length``
    reaches ``max_chars`` (so a batch of long documents stays small), in order."""
    batch: list[T] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += length(item)
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
