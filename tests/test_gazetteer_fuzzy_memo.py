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
