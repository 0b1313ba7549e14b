"""tools/ungd_audit (the seeded precision audit of reports/ungd.md): bad input gets one clear
line naming it, and no file is created on the way."""

import pytest

from tools.ungd_audit.__main__ import main
from tools.ungd_audit.report import read_judgements


def test_draw_from_a_missing_archive_names_it_and_creates_nothing(tmp_path):
    db = tmp_path / "none.db"
    with pytest.raises(SystemExit, match="none.db: no archive here"):
        main(["draw", "--db", str(db), "--seed", "1", "--name", "Z"])
    assert not db.exists()


def test_a_judgement_line_without_a_verdict_is_named(tmp_path):
    path = tmp_path / "judged_Z.tsv"
    path.write_text("# key, verdict, cause\nSYL_77_2022|10-40|ACCUSE|RUR\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"judged_Z.tsv:2: expected key<TAB>verdict"):
        read_judgements(path)


def test_a_report_of_a_sample_never_drawn_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="no sample Q"):
        main(["report", "--names", "Q", "-o", str(tmp_path / "out" / "audit.md")])


def test_the_report_names_every_sample_drawn_by_default(tmp_path):
    # (a sample added after A and B was left out of the report unless named)
    from tools.ungd_audit.__main__ import HERE
    out = tmp_path / "audit.md"
    main(["report", "-o", str(out)])
    rows = {line.split("|")[1].strip() for line in out.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and line.count("|") == 7}
    assert {p.stem.removeprefix("sample_") for p in HERE.glob("sample_*.json")} <= rows
