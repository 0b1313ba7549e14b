"""The gazetteer's build: the column-wise folding, a fresh build against the cached copy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.resolve.gazetteer import Entry, Gazetteer, cache, load_gazetteer, name_key
from communique.resolve.gazetteer.build import build
from communique.resolve.gazetteer.normalise import fold_column


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


TRICKY = ["Paktiyā", "U.S.", "Sar-e Pul", "the  West Bank", "KABUL", "Ma'rib", "Ḩalab",
          "Saint-Dier-d'Auvergne", "İstanbul", "São Paulo", "قطاع غزة", "The Hague",
          "Nizhniy Novgorod", "Al ‘Abbāsī", "a – b", " Théâtre ", "Łódź", "Ørsta"]


def test_column_folding_equals_name_key_on_real_names():
    assert fold_column(TRICKY).to_pylist() == [name_key(n) for n in TRICKY]


# letters with and without accents, the characters the key drops or turns into spaces
_ALPHABET = st.sampled_from(list("abcXYZ éÉüøŁı İ'’.-–/_ \u0301") + ["ق", "ā", "ḩ", "ʼ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_ALPHABET, max_size=12), min_size=1, max_size=20))
def test_column_folding_equals_name_key_on_any_name(names):
    assert fold_column(names).to_pylist() == [name_key(n) for n in names]


def test_fresh_build_reads_the_same_as_the_loaded_one(gaz, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path))
    fresh = build()
    assert len(fresh) == len(gaz) and len(fresh.slots) == len(gaz.slots)
    for name in ("Hebron", "Kiev", "Ky.", "West Bank", "Gaza", "غزة", "Paktya", "Georgia",
                 "London", "Quebec", "Sahel"):
        assert [c.entry for c in fresh.lookup(name)] == [c.entry for c in gaz.lookup(name)]
    # the lookup remembers, but hands out a new list each time (callers extend it)
    first = fresh.lookup("Hebron")
    first.clear()
    assert fresh.lookup("Hebron")


def test_a_fresh_build_caches_and_the_cache_loads_it(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path))
    monkeypatch.delenv("COMMUNIQUE_NO_CACHE", raising=False)
    fresh = build()
    cache.save(fresh)
    again = cache.load(Gazetteer, Entry)
    assert again is not None and again.extra == fresh.extra
    for name in ("Kabul", "Nfld.", "the Gaza Strip", "Kurdistan"):
        assert again.lookup(name) == fresh.lookup(name)


def test_capitals_and_countries(gaz):
    cairo = max((c.entry for c in gaz.lookup("Cairo")), key=lambda e: e.population)
    assert (cairo.geonameid, cairo.feature, cairo.country) == (360630, "PPLC", "EGY")
    assert gaz.country("EGY").kind == "country"
    assert gaz.adjective_country("Egyptian").country == "EGY"
