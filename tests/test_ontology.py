"""The PLOVER/CAMEO ontology and the pattern file: loaded, validated, consistent."""

from __future__ import annotations

import pytest

from communique.events.ontology import (
    PLOVER_TYPES, OntologyError, load_ontology, read_ontology,
)
from communique.events.patterns import load_mode_cues, load_patterns, read_patterns
from communique.events.cues import load_cues


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def test_sixteen_plover_types_with_modes(ontology):
    assert set(ontology.types) == set(PLOVER_TYPES) and len(PLOVER_TYPES) == 16
    assert {"arrest", "seize", "deport"} <= set(ontology.types["COERCE"].modes)
    assert {"disapprove", "investigate", "allege"} == set(ontology.types["ACCUSE"].modes)
    assert {"assassinate", "torture", "beat", "sexual"} <= set(ontology.types["ASSAULT"].modes)


def test_cameo_roots_and_mapping(ontology):
    roots = [c for c in ontology.cameo if len(c) == 2]
    assert roots == [f"{i:02d}" for i in range(1, 21)]
    assert ontology.plover("173") == ("COERCE", "arrest")
    assert ontology.plover("186") == ("ASSAULT", "assassinate")
    assert ontology.plover("163")[0] == "COERCE"   # sanctions are COERCE in PLOVER
    assert ontology.plover("1712")[0] == "ASSAULT"
    assert ontology.plover("036")[0] == "AGREE"
    assert ontology.plover("010") == (None, None)  # statements are not PLOVER events
    assert ontology.plover("0257")[0] == "REQUEST"  # unknown sub-code falls back to its parent
    assert ontology.name("042") == "Make a visit"


def test_old_mode_names_are_aliased(ontology):
    assert ontology.normalise_mode("strike-hun") == "hunger"
    assert ontology.normalise_mode("detain") == "arrest"
    assert ontology.normalise_mode(None) is None


def test_intent_codes_are_known(ontology):
    assert ontology.intent["CONSULT"] == ("AGREE", "036")
    assert ontology.intent["ASSAULT"][0] == "THREATEN"


def test_patterns_cover_every_type_and_agree_with_cameo(ontology):
    patterns = load_patterns(ontology)
    assert len(patterns) >= 300
    assert {p.type for p in patterns.patterns} == set(PLOVER_TYPES)
    for p in patterns.patterns:
        assert ontology.plover(p.cameo)[0] == p.type, p.id
        assert p.mode is None or p.mode in ontology.types[p.type].modes, p.id
    meet = patterns.candidates("V", "hold")
    assert any("meeting" in p.objects and "with" in p.target_preps for p in meet)
    assert any(p.need_prep == "for" for p in patterns.candidates("V", "call"))


def test_mode_cues_and_cues_load(ontology):
    assert any(c.mode == "firearms" for c in load_mode_cues(ontology))
    cues = load_cues()
    assert "say" in cues.reporting and "will" in cues.intent_aux
    assert "REQUEST" in cues.content_types


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_bad_pattern_lines_name_the_file_and_line(tmp_path, ontology):
    head = "type\tmode\tcameo\tpos\tpattern\n"
    bad_type = _write(tmp_path, "a.tsv", head + "ATTACK\t-\t190\tV\tattack\n")
    with pytest.raises(OntologyError, match=r"a.tsv:2: unknown PLOVER type"):
        read_patterns(bad_type, ontology)
    wrong_map = _write(tmp_path, "b.tsv", head + "AGREE\t-\t173\tV\tnab\n")
    with pytest.raises(OntologyError, match=r"b.tsv:2: CAMEO 173 is COERCE"):
        read_patterns(wrong_map, ontology)
    bad_mode = _write(tmp_path, "c.tsv", head + "COERCE\tkiss\t173\tV\tnab\n")
    with pytest.raises(OntologyError, match="not a mode of COERCE"):
        read_patterns(bad_mode, ontology)
    bad_syntax = _write(tmp_path, "d.tsv", head + "COERCE\t-\t173\tV\tNab\n")
    with pytest.raises(OntologyError, match="lower-case lemma"):
        read_patterns(bad_syntax, ontology)


def test_extra_pattern_file_adds_and_duplicates_are_refused(tmp_path, ontology):
    head = "type\tmode\tcameo\tpos\tpattern\n"
    extra = _write(tmp_path, "extra.tsv", head + "COERCE\tarrest\t173\tV\tnab\n")
    assert load_patterns(ontology, [extra]).candidates("V", "nab")
    dup = _write(tmp_path, "dup.tsv", head + "COERCE\tarrest\t173\tV\tarrest\n")
    with pytest.raises(OntologyError, match="same trigger"):
        load_patterns(ontology, [dup])


def test_bad_ontology_files_are_refused(tmp_path):
    from communique.events.ontology import DATA

    types = (DATA / "plover.toml").read_text(encoding="utf-8")
    cameo = (DATA / "cameo.tsv").read_text(encoding="utf-8")
    t = _write(tmp_path, "plover.toml", types.replace("[types.AID]", "[types.HELP]"))
    with pytest.raises(OntologyError, match="not a PLOVER 2.0 type"):
        read_ontology(t, DATA / "cameo.tsv")
    c = _write(tmp_path, "cameo.tsv", cameo.replace("173\tArrest", "173\tArrest").replace(
        "COERCE\tarrest\tlegal", "COERCE\tkidnap\tlegal"))
    with pytest.raises(OntologyError, match="code 173.*not a mode of COERCE"):
        read_ontology(DATA / "plover.toml", c)


def test_content_refines_generic_codes(ontology):
    assert ontology.content_code("AGREE", "030", "CONSULT") == "036"
    assert ontology.content_code("REQUEST", "020", "AID") == "023"   # an appeal keeps its root
    assert ontology.content_code("REJECT", "120", "RETREAT") == "124"
    assert ontology.content_code("AGREE", "037", "CONSULT") == "037"  # already specific
    assert ontology.content_code("AGREE", "030", "PROTEST") == "030"  # nothing to say
