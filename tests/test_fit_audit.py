"""tools/fit_audit: the counting word classes answer as the plain ones, and the suspect rule."""

from tools.fit_audit import probes
from tools.fit_audit.corpus import forms, norm
from tools.fit_audit.report import is_suspect


def test_a_counting_class_answers_as_its_frozenset_and_counts_hits_of_the_marked_record():
    plain = frozenset({"shell", "bomb"})
    counting = probes.CountingSet(plain, "word_classes.toml:projectiles")
    assert counting == plain and hash(counting) == hash(plain)
    assert (counting | {"rocket"}) == plain | {"rocket"}
    probes._current[0] = "rec-1"
    try:
        assert "shell" in counting and "shell" in counting and "tank" not in counting
    finally:
        probes._current[0] = None
    assert "bomb" in counting   # no record being coded: not counted
    assert probes.take("rec-1") == {"word_classes.toml:projectiles:shell": 2}
    assert probes.take("rec-1") == {}


def _rule(read, scored=0, extra=0, ungd=0):
    return {"read": read, "scored": scored, "extra": extra, "ungd": ungd}


def test_a_suspect_fires_on_read_records_only():
    assert is_suspect("rules", _rule({"statements": 2}, ungd=1))
    assert not is_suspect("rules", _rule({"statements": 2}, scored=1))
    assert not is_suspect("rules", _rule({"statements": 2}, extra=1))
    assert not is_suspect("rules", _rule({"statements": 2}, ungd=40))
    assert not is_suspect("rules", _rule({}, ungd=0))
    assert is_suspect("words", _rule({"isaf": 1}, ungd=5)) and not is_suspect("words", _rule({"isaf": 1}, ungd=6))


def test_corpus_matching_helpers():
    assert norm("We  thank\nthe  Envoy ") == "we thank the envoy"
    assert {"condemns", "condemned", "condemning"} <= forms("condemn")
    assert {"pledging", "pledges"} <= forms("pledge")


def test_report_names_missing_or_malformed_inputs(tmp_path, capsys):
    from tools.fit_audit.__main__ import main

    missing = tmp_path / "firings.json"
    assert main(["report", "--firings", str(missing), "-o", str(tmp_path / "r.md")]) == 2
    assert str(missing) in capsys.readouterr().err
    missing.write_text("{not json", encoding="utf-8")
    assert main(["report", "--firings", str(missing), "-o", str(tmp_path / "r.md")]) == 2
    assert "no firings file" in capsys.readouterr().err
    missing.write_text('{"sets": [], "extra": {"parts": {}}}', encoding="utf-8")
    db = tmp_path / "nowhere.db"
    assert main(["report", "--firings", str(missing), "--db", str(db), "-o", str(tmp_path / "r.md")]) == 2
    assert str(db) in capsys.readouterr().err
    assert not (tmp_path / "r.md").exists()


def test_a_rule_is_read_by_its_id_or_by_an_old_archives_line_number():
    from communique.events.patterns import pattern_id
    from tools.fit_audit.report import pattern_line

    lines = ["type\tmode\tcameo\tpos\tpattern", "# seizures", "COERCE\tarrest\t173\tV\tnab"]
    rule = pattern_id("patterns.tsv", "COERCE", "arrest", "173", "V", "nab")
    assert pattern_line(rule, lines) == "COERCE arrest 173 V nab"
    assert pattern_line(rule, ["# a line more"] + lines) == "COERCE arrest 173 V nab"
    assert pattern_line("patterns.tsv:3", lines) == "COERCE arrest 173 V nab"   # coded before ids were hashes
    assert pattern_line("stances.toml:relief_workers", lines) == "stances.toml:relief_workers"
