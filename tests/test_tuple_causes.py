"""tools/tuple_causes: each differing CAMEO tuple of a sentence gets one cause."""

from tools.tuple_causes.causes import (EXTRA, FINER_COARSER, MISSED, WRONG_ROOT, WRONG_SIDES,
                                       causes)


def test_equal_tuples_have_no_cause():
    assert causes([("190", "AAA", "BBB")], [("190", "AAA", "BBB")]) == []


def test_code_of_the_same_root_and_of_another_root():
    got = causes([("190", "AAA", "BBB"), ("042", "CCC", "DDD")],
                 [("194", "AAA", "BBB"), ("111", "CCC", "DDD")])
    assert sorted(c for c, _, _ in got) == sorted([FINER_COARSER, WRONG_ROOT])


def test_sides_missed_and_extra():
    got = causes([("150", "AAA", "BBB"), ("042", "CCC", "CCC")],
                 [("150", "AAA", None), ("170", "EEE", None)])
    assert (WRONG_SIDES, ("150", "AAA", "BBB"), ("150", "AAA", None)) in got
    assert (MISSED, ("042", "CCC", "CCC"), None) in got
    assert (EXTRA, None, ("170", "EEE", None)) in got


def test_a_duplicate_prediction_is_extra():
    got = causes([("190", "AAA", "BBB")], [("190", "AAA", "BBB"), ("190", "AAA", "BBB")])
    assert got == [(EXTRA, None, ("190", "AAA", "BBB"))]
