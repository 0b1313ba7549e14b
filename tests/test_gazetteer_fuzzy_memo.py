"""The gazetteer remembers its fuzzy answers (a name it lacks comes back in later mentions and
texts): a remembered answer is the scan's, and forget() drops them with the other look-ups."""

from __future__ import annotations

import pytest

from communique.resolve.gazetteer import load_gazetteer, name_key
from communique.resolve.gazetteer.index import _ARTICLE

# Spellings of my own, some near a real place's name, one near none.
VARIANTS = [("Kandaharr", ["AFG"]), ("Jalalabaad", ["AFG", "PAK"]), ("Mazare Sharif", ["AFG"]),
            ("Qwxzyv Town", ["AFG"]), ("Peshawaar", ["PAK", "AFG"])]


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_a_remembered_fuzzy_answer_is_the_scans(gaz):
    for name, countries in VARIANTS:
        first = gaz.fuzzy(name, countries)
        assert gaz.fuzzy(name, countries) == first   # (the second answer is the remembered one)
        assert first == gaz._fuzzy(_ARTICLE.sub("", name_key(name)), countries, 85.0)
    assert any(gaz.fuzzy(n, c) is not None for n, c in VARIANTS)   # (the scan found something)


def test_the_countries_asked_are_part_of_what_is_remembered(gaz):
    assert gaz.fuzzy("Kandaharr", ["AFG"]) != gaz.fuzzy("Kandaharr", ["FRA"])


def test_forget_drops_the_remembered_fuzzy_answers(gaz):
    gaz.fuzzy("Kandaharr", ["AFG"])
    gaz.forget()
    assert not gaz._fuzzy_memo


class _ClearedBetween(dict):
    """A memo another thread clears right after a membership test has answered."""

    def __contains__(self, key):
        found = super().__contains__(key)
        self.clear()
        return found


def test_a_memo_cleared_by_another_thread_is_no_error(gaz, monkeypatch):
    name, countries = "Kandaharr", ["AFG"]
    key = (_ARTICLE.sub("", name_key(name)), tuple(countries), 85.0)
    answer = gaz._fuzzy(key[0], countries, 85.0)
    monkeypatch.setattr(gaz, "_fuzzy_memo", _ClearedBetween({key: answer}))
    assert gaz.fuzzy(name, countries) == answer


def test_a_remembered_none_is_not_scanned_again(gaz, monkeypatch):
    gaz.fuzzy("Qwxzyv Town", ["AFG"])
    monkeypatch.setattr(gaz, "_fuzzy", lambda *a: pytest.fail("scanned again"))
    assert gaz.fuzzy("Qwxzyv Town", ["AFG"]) is None
