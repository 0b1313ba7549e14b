"""`communique report dyads`: per-year state dyads from an archive of statements (issue 14)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from communique.cli import main


def _ingest(tmp_path, records):
    batch = tmp_path / "speeches.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    res = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return db


def test_dyads_are_counted_in_events_by_year(tmp_path):
    db = _ingest(tmp_path, [
        {"id": "s1", "issuer": "FIN", "published": "2022-09-20",
         "text": "We condemn Russia for the shelling of the grain ports. We again condemn Russia for it."},
        {"id": "s2", "issuer": "EST", "published": "2022-09-21",
         "text": "My delegation condemns Russia for the attacks on the power plants."},
        {"id": "s3", "issuer": "CHL", "published": "2023-09-19",
         "text": "We thank Peru for its help after the floods."},
        {"id": "s4", "issuer": "NOR", "published": "2023-09-20",
         "text": "We condemn Hamas for the rocket fire on the towns."},
    ])
    out = tmp_path / "r.md"
    res = CliRunner().invoke(main, ["report", "dyads", "--db", str(db), "-o", str(out), "--top", "5"])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    part_2022 = text.split("## 2022")[1].split("## 2023")[0]
    assert "| FIN | ACCUSE | RUS | 2 |" in part_2022          # two sentences, two events
    assert "| EST | ACCUSE | RUS | 1 |" in part_2022
    assert "| RUS | 3 | 2 | EST, FIN |" in part_2022           # three events by two states
    assert "| CHL | SUPPORT | PER | 1 |" in text.split("## 2023")[1]
    # an armed group based in a state does not stand for the state
    assert "| NOR | ACCUSE | PSE |" not in text


def test_report_on_a_missing_archive_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(main, ["report", "dyads", "--db", str(tmp_path / "none.db")])
    assert res.exit_code != 0
    assert "no archive" in res.output and "Traceback" not in res.output
