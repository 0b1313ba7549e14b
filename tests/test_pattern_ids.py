"""An own pattern's id (kept on each event it codes) names what its line codes, not where the
line stands: adding or moving other lines leaves it alone, while messages still name file:line."""

from __future__ import annotations

import re

import pytest

from communique.events import patterns as P
from communique.events.ontology import OntologyError, load_ontology

HEAD = "type\tmode\tcameo\tpos\tpattern\n"
NAB = "COERCE\tarrest\t173\tV\tnab\n"


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def _read(tmp_path, name, text, ontology):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return P.read_patterns(path, ontology)


def _ids(patterns):
    return {p.lemma: p.id for p in patterns}


def test_lines_added_above_a_pattern_leave_its_id_alone(tmp_path, ontology):
    before = _ids(_read(tmp_path, "mine.tsv", HEAD + NAB, ontology))
    after = _ids(_read(tmp_path, "mine.tsv", HEAD + "# seizures of people\n\n"
                       + "COERCE\tseize\t1711\tV\tconfiscate\n" + NAB, ontology))
    assert after["nab"] == before["nab"]
    assert after["confiscate"] != after["nab"]


def test_the_id_is_the_files_name_and_a_hash_of_the_line(tmp_path, ontology):
    (nab,) = _read(tmp_path, "mine.tsv", HEAD + NAB, ontology)
    assert nab.id == P.pattern_id("mine.tsv", "COERCE", "arrest", "173", "V", "nab")
    assert nab.id.startswith("mine.tsv:") and nab.id != "mine.tsv:2"
    assert nab.where == "mine.tsv:2"
    # a line that codes something else is another rule; blanks inside the pattern are not
    (recoded,) = _read(tmp_path, "mine.tsv", HEAD + "COERCE\t-\t170\tV\tnab\n", ontology)
    (spaced,) = _read(tmp_path, "mine.tsv", HEAD + "COERCE\tarrest\t173\tV\t nab \n", ontology)
    assert recoded.id != nab.id and spaced.id == nab.id


def test_a_class_line_gives_all_its_members_its_one_id(ontology):
    fire = [p for p in P.load_patterns(ontology).patterns if "#fire_loosing" in p.text]
    assert len(fire) > 1 and len({p.id for p in fire}) == 1 and len({p.where for p in fire}) == 1


def test_every_bundled_line_has_an_id_of_its_own(ontology):
    by_id: dict[str, set[str]] = {}
    for p in P.load_patterns(ontology).patterns:
        by_id.setdefault(p.id, set()).add(p.where)
    assert all(len(lines) == 1 for lines in by_id.values())
    # typed: "patterns.tsv:ASSAULT.<hash>", never to be taken for a line number
    assert all(re.fullmatch(r"patterns\.tsv:[A-Z]+\.[0-9a-f]{8}", pid) for pid in by_id), by_id


def test_an_error_below_added_lines_names_the_line_it_is_on(tmp_path, ontology):
    with pytest.raises(OntologyError, match=r"bad\.tsv:4: unknown PLOVER type"):
        _read(tmp_path, "bad.tsv", HEAD + "# a comment\n\nATTACK\t-\t190\tV\tattack\n", ontology)


def test_an_extra_files_patterns_are_named_by_that_file(tmp_path, ontology):
    extra = tmp_path / "extra.tsv"
    extra.write_text(HEAD + "\n" + NAB, encoding="utf-8")
    (nab,) = P.load_patterns(ontology, [extra]).candidates("V", "nab")
    assert nab.id == P.pattern_id("extra.tsv", "COERCE", "arrest", "173", "V", "nab")


def test_two_lines_with_one_id_are_refused_naming_both(tmp_path, ontology, monkeypatch):
    # a clash of the short hashes: forced here, as two real lines would need a collision
    real = P.pattern_id
    monkeypatch.setattr(P, "pattern_id", lambda name, *cells: f"{name}:clash" if name == "extra.tsv"
                        else real(name, *cells))
    extra = tmp_path / "extra.tsv"
    extra.write_text(HEAD + NAB + "# more\nCOERCE\tarrest\t173\tV\tcollar\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"extra\.tsv:4: pattern id extra\.tsv:clash is also that of extra\.tsv:2"):
        P.load_patterns(ontology, [extra])
