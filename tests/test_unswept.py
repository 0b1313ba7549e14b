"""scale.parallel.unswept: the objects alive when a run starts are out of the collector's
reach while it runs, and back in it however the run ends."""

from __future__ import annotations

import gc
import weakref

import pytest

from communique.scale.parallel import unswept


def _items(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("bad document")
        yield i


def test_frozen_while_the_stream_runs_and_not_after():
    before = gc.get_freeze_count()
    seen = []
    for x in unswept(_items(3)):
        seen.append((x, gc.get_freeze_count() > 0))
    assert seen == [(0, True), (1, True), (2, True)]
    assert gc.get_freeze_count() == before == 0


def test_unfrozen_after_an_error_and_after_an_abandoned_stream():
    with pytest.raises(ValueError):
        list(unswept(_items(3, fail_at=1)))
    assert gc.get_freeze_count() == 0
    stream = unswept(_items(5))
    assert next(stream) == 0 and gc.get_freeze_count() > 0
    stream.close()
    assert gc.get_freeze_count() == 0


def test_nothing_is_frozen_before_the_first_document_is_asked_for():
    stream = unswept(_items(2))
    assert gc.get_freeze_count() == 0   # (lazy: the caller may set up more first)
    assert list(stream) == [0, 1]


def test_objects_made_during_the_run_are_still_collected():
    class Node:
        pass

    collected = []
    for _ in unswept(_items(1)):
        a, b = Node(), Node()
        a.other, b.other = b, a   # a cycle only the collector frees
        ref = weakref.ref(a, lambda _r: collected.append(True))
        del a, b
        gc.collect()
        assert collected == [True] and ref() is None


def test_young_objects_collected_less_often_while_runs_go_on_and_as_before_after():
    from communique.scale.parallel import YOUNG_THRESHOLD

    before = gc.get_threshold()
    first, second = unswept(_items(3)), unswept(_items(3))
    next(first)
    assert gc.get_threshold()[0] == max(before[0], YOUNG_THRESHOLD)
    assert gc.get_threshold()[1:] == before[1:]
    next(second)
    first.close()   # (the first run to start ends first: the other still runs)
    assert gc.get_threshold()[0] == max(before[0], YOUNG_THRESHOLD)
    assert list(second) == [1, 2]
    assert gc.get_threshold() == before
