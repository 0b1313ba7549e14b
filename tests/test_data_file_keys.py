"""The coder's TOML data files are read strictly: a misspelt word class or row key is an
error naming the file and the key, never a class or a constraint silently read as empty."""

import dataclasses
import re

import pytest

from communique.events import cues, hoped_acts, judged_conduct, judged_sides, partnering, stance_data
from communique.events.ontology import OntologyError, load_ontology


def _copy_with(tmp_path, src, old, new):
    text = src.read_text(encoding="utf-8")
    assert re.search(old, text, flags=re.M), f"{old!r} not in {src.name}"
    out = tmp_path / src.name
    out.write_text(re.sub(old, new, text, count=1, flags=re.M), encoding="utf-8")
    return out


def test_a_misspelt_word_class_of_stances_is_refused(tmp_path, monkeypatch):
    bad = _copy_with(tmp_path, stance_data.DATA, r"^copulas\s*=", "copulae =")
    monkeypatch.setattr(stance_data, "DATA", bad)
    with pytest.raises(OntologyError, match=r"stances\.toml.*missing copulas.*unknown copulae"):
        stance_data.load_stances.__wrapped__()


def test_a_misspelt_row_key_of_stances_is_refused(tmp_path, monkeypatch):
    # A stance adjective whose prepositions are misspelt would have read no target at all.
    text = stance_data.DATA.read_text(encoding="utf-8")
    section = text.index("[adjectives.")
    row = re.compile(r"preps\s*=").search(text, section)
    bad = tmp_path / "stances.toml"
    bad.write_text(text[:row.start()] + "prep =" + text[row.end():], encoding="utf-8")
    monkeypatch.setattr(stance_data, "DATA", bad)
    with pytest.raises(OntologyError, match=r"\[adjectives\] .*missing preps; unknown prep"):
        stance_data.load_stances.__wrapped__()


def test_a_row_that_is_not_a_table_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "stances.toml"
    bad.write_text(stance_data.DATA.read_text(encoding="utf-8") + '\n[felt.overjoyed]\n', encoding="utf-8")
    monkeypatch.setattr(stance_data, "DATA", bad)
    with pytest.raises(OntologyError, match=r"\[felt\] overjoyed: missing cameo, type"):
        stance_data.load_stances.__wrapped__()


@pytest.mark.parametrize("module, attr, loader", [
    (hoped_acts, "DATA", lambda m: m._words.__wrapped__()),
    (partnering, "DATA", lambda m: m._words.__wrapped__()),
    (judged_conduct, "DATA", lambda m: m._words.__wrapped__()),
    (judged_sides, "DATA", lambda m: m.load.__wrapped__()),
])
def test_an_unknown_list_in_a_word_file_is_refused(tmp_path, monkeypatch, module, attr, loader):
    src = getattr(module, attr)
    bad = tmp_path / src.name
    bad.write_text(src.read_text(encoding="utf-8") + '\nextra_words = ["spare"]\n', encoding="utf-8")
    monkeypatch.setattr(module, attr, bad)
    with pytest.raises(OntologyError, match=rf"{src.name}: top level: unknown extra_words"):
        loader(module)


def test_a_missing_cue_list_is_refused(tmp_path, monkeypatch):
    bad = _copy_with(tmp_path, cues.DATA / "cues.toml", r"^wish_verbs\s*=", "wishing_verb_list =")
    monkeypatch.setattr(cues, "DATA", tmp_path)
    with pytest.raises(OntologyError, match=r"missing wish_verbs; unknown wishing_verb_list"):
        cues.load_cues.__wrapped__()


def test_the_bundled_files_load_and_their_stance_codes_agree_with_the_ontology():
    ontology = load_ontology()
    st = stance_data.load_stances()
    patterns = []
    for f in dataclasses.fields(st):
        value = getattr(st, f.name)
        patterns += list(value.values()) if isinstance(value, dict) else [value] if hasattr(value, "cameo") else []
    assert len(patterns) > 100
    for p in patterns:
        assert ontology.plover(p.cameo)[0] == p.type, p.id
        assert p.mode is None or p.mode in ontology.types[p.type].modes, p.id
    assert cues.load_cues().speech_act_types and judged_sides.load().victim_verbs


def test_the_speakers_words_are_read_from_the_cue_file_by_every_rule_that_asks():
    from communique.events import demands, judged_conduct, stance_checks

    words = cues.load_cues().speaker_words
    assert {"we", "our", "my", "ourselves"} <= words
    assert "they" not in words and "their" not in words
    # one list in cues.toml, not a copy typed into each module
    assert judged_conduct._FIRST_PERSON == stance_checks._FIRST_PERSON == words
    assert demands._FIRST_PERSON == words
