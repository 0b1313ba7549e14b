"""A user's entry named as a known actor takes it over whole: the bundled entry's id, its
acronyms and its transliteration keys mean the user's entry too, so one run never codes one
actor two ways (user codes from an older code set; made-up sentences)."""

from __future__ import annotations

import json

import pytest

from communique.config import load_config
from communique.extract import Extractor
from communique.resolve.kb import load_kb

_ENTRIES = [
    # a country under an older code: the bundled entry's id (a capital's, a place's country) is it
    {"id": "old:KUW", "name": "Kuwait", "kind": "country", "country": "KUW"},
    # a body filed as a country (as PETRARCH's validation dictionary files the UN): of another
    # kind, it still takes the acronyms that are its names
    {"id": "old:UNO", "name": "United Nations", "kind": "country", "country": "UNO", "aliases": ["U.N."]},
    # an organisation the bundled KB files as an igo: one sort of actor, taken over with its acronym
    {"id": "old:AFU", "name": "African Union", "kind": "organization", "country": "AFU"},
]


@pytest.fixture(scope="module")
def user_kb(tmp_path_factory):
    f = tmp_path_factory.mktemp("kb") / "older_codes.jsonl"
    f.write_text("".join(json.dumps(e) + "\n" for e in _ENTRIES))
    return str(f)


@pytest.fixture(scope="module")
def ex(user_kb):
    return Extractor(load_config(overrides={"actors": {"user_kb": user_kb}}))


def _coded(ex, text):
    d = ex.extract_text(text)
    code = {a.id: a.country or a.name for a in d.actors}
    return {(e.type, tuple(code[a] for a in e.sources), tuple(code[a] for a in e.targets))
            for e in d.events}


def test_the_taken_over_id_means_the_users_entry(user_kb):
    kb = load_kb(user_kb)
    assert kb.get("KWT").id == "old:KUW"
    assert load_kb().get("KWT").country == "KWT"  # the bundled KB is untouched


def test_a_capital_of_a_taken_over_country_gives_the_users_code(ex):
    coded = _coded(ex, "Iraqi artillery pounded Kuwait City overnight.")
    assert any(t == "ASSAULT" and tg == ("KUW",) for t, _, tg in coded), coded
    assert not any("KWT" in s + tg for _, s, tg in coded), coded


def test_an_acronym_of_a_body_is_the_users_entry_of_its_name(user_kb, ex):
    kb = load_kb(user_kb)
    assert kb.best("UN").entry.id == "old:UNO"
    assert kb.best("U.N.").entry.id == "old:UNO"
    for text in ("The UN criticised Venezuela.", "The United Nations criticised Venezuela."):
        coded = _coded(ex, text)
        assert any(s == ("UNO",) for _, s, _ in coded), (text, coded)


def test_an_entry_of_the_same_sort_is_taken_over_with_its_acronyms(user_kb):
    kb = load_kb(user_kb)
    assert [m.entry.id for m in kb.exact("AU")] == ["old:AFU"]
    assert kb.get("au").id == "old:AFU"
