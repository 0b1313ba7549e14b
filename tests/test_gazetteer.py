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


def test_a_city_near_a_point_of_the_text_gets_the_near_bonus():
    """Only points within NEAR_KM count, whichever way they lie (latitude or longitude)."""
    from communique.resolve.gazetteer.index import Candidate, Entry
    from communique.resolve.gazetteer.ranking import NEAR_BONUS, Context, _km, score

    city = Entry(1, "Dorvan", "city", "PPL", "XXX", None, 10.0, 20.0, population=5000)
    c = Candidate(city, 0)
    alone = score(c, Context())
    # Points at 1, 2.6 and 2.8 degrees of latitude (111-311 km); 2.5 and 3.5 degrees of
    # longitude at 10 degrees north (274-383 km): the prefilter on latitude must keep
    # every one the distance would keep.
    for point in [(11.0, 20.0), (7.4, 20.0), (12.8, 20.0), (10.0, 22.5), (10.0, 16.5),
                  (12.0, 21.5), (-10.0, 20.0)]:
        near = _km((10.0, 20.0), point) < 300.0
        got = score(c, Context(points=[(60.0, 60.0), point]))
        assert got == alone + (NEAR_BONUS if near else 0.0), (point, _km((10.0, 20.0), point))
    assert [_km((10.0, 20.0), p) < 300.0 for p in [(12.6, 20.0), (12.8, 20.0)]] == [True, False]


@settings(max_examples=300, deadline=None)
@given(st.floats(-80, 80), st.floats(-179, 179),
       st.lists(st.tuples(st.floats(-89, 89), st.floats(-180, 180)), min_size=1, max_size=4))
def test_the_near_bonus_is_the_nearest_points_distance(lat, lon, points):
    from communique.resolve.gazetteer.index import Candidate, Entry
    from communique.resolve.gazetteer.ranking import NEAR_BONUS, NEAR_KM, Context, _km, score

    c = Candidate(Entry(1, "Dorvan", "city", "PPL", "XXX", None, lat, lon, population=5000), 0)
    near = min(_km((lat, lon), p) for p in points) < NEAR_KM
    assert score(c, Context(points=points)) == score(c, Context()) + (NEAR_BONUS if near else 0.0)
