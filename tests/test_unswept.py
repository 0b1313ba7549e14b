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


# --- runs that overlap (Dask threads, or a thread's run beside pipe_parallel) share the
# process's collector: the last to end thaws it, not the first.

@pytest.fixture
def collector_back():
    """Whatever a failing test left, the next test starts with the collector as it was."""
    saved = gc.get_threshold()
    yield saved
    gc.set_threshold(*saved)
    gc.unfreeze()


def test_overlapping_runs_keep_the_freeze_until_the_last_ends(collector_back):
    first, second = unswept(_items(3)), unswept(_items(3))
    next(first)
    next(second)
    first.close()   # the first run to start ends first: the second still runs
    assert gc.get_freeze_count() > 0
    assert list(second) == [1, 2]
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == collector_back


def test_a_run_failing_beside_another_leaves_it_frozen_and_all_is_undone_after(collector_back):
    from communique.scale.parallel import YOUNG_THRESHOLD

    other = unswept(_items(3))
    next(other)
    with pytest.raises(ValueError):
        list(unswept(_items(3, fail_at=1)))
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] == max(collector_back[0], YOUNG_THRESHOLD)
    other.close()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == collector_back


def test_automatic_collection_switched_off_stays_off_during_a_run(collector_back):
    gc.set_threshold(0, *collector_back[1:])
    seen = [gc.get_threshold()[0] for _ in unswept(_items(2))]
    assert seen == [0, 0]
    assert gc.get_threshold() == (0, *collector_back[1:])


class _DonePool:
    """A pool of no process: each chunk comes back at once, as it went."""

    def __init__(self, *_args):
        pass

    def submit(self, chunk):
        from concurrent.futures import Future

        done = Future()
        done.set_result(list(chunk))
        return done

    def close(self):
        pass


class _PoolThatCannotStart:
    def __init__(self, *_args):
        raise OSError("no more processes")


def _forked_run(monkeypatch, config, pool, n):
    """pipe_parallel's fork path with the pipeline, its warm-up and the pool stood in for."""
    from types import SimpleNamespace

    from communique.scale import parallel

    monkeypatch.setattr(parallel.worker, "adopt", lambda *_: None)
    monkeypatch.setattr(parallel.worker, "warm_up", lambda *_: None)
    monkeypatch.setattr(parallel, "_Pool", pool)
    docs = [SimpleNamespace(raw=f"document {i}") for i in range(n)]
    return parallel.pipe_parallel(docs, config, n_process=2, batch_size=1,
                                  start_method="fork", pipeline=object())


def test_a_forked_run_ending_leaves_a_run_of_this_process_frozen(monkeypatch, config,
                                                                  collector_back):
    here = unswept(_items(3))
    next(here)
    forked = _forked_run(monkeypatch, config, _DonePool, 3)
    assert len(list(forked)) == 3
    assert gc.get_freeze_count() > 0
    here.close()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == collector_back


def test_a_forked_run_freezes_while_it_goes_on_and_thaws_after(monkeypatch, config,
                                                               collector_back):
    forked = _forked_run(monkeypatch, config, _DonePool, 2)
    next(forked)
    assert gc.get_freeze_count() > 0
    assert len(list(forked)) == 1
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == collector_back


def test_a_pool_that_cannot_start_leaves_the_collector_as_it_was(monkeypatch, config,
                                                                 collector_back):
    with pytest.raises(OSError):
        list(_forked_run(monkeypatch, config, _PoolThatCannotStart, 2))
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == collector_back
