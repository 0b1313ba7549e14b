"""`communique ingest --engine dask` stores what a single-process ingest stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "examples").iterdir()
                  if p.suffix in (".txt", ".html"))


def _tables(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {
            "documents": con.execute("SELECT id, title, published, text FROM documents ORDER BY id").fetchall(),
            "events": con.execute("SELECT id, type, mode, cameo, date, status, evidence_text "
                                  "FROM events ORDER BY id").fetchall(),
            "event_actors": con.execute("SELECT event_id, actor_id, role, position FROM event_actors "
                                        "ORDER BY event_id, role, position").fetchall(),
        }
    finally:
        con.close()


def _ingest(db: Path, *extra: str):
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), *extra, *map(str, EXAMPLES)])
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.slow
def test_dask_engine_stores_what_the_local_run_stores(tmp_path):
    _ingest(tmp_path / "local.db")
    _ingest(tmp_path / "dask.db", "--engine", "dask", "--workers", "2")
    local, dask = _tables(tmp_path / "local.db"), _tables(tmp_path / "dask.db")
    assert len(local["documents"]) == len(EXAMPLES)
    assert local["events"], "the examples have events"
    assert dask == local


def test_scheduler_without_dask_engine_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.db"), "--engine", "local",
                                       "--scheduler", "tcp://127.0.0.1:1", str(EXAMPLES[0])])
    assert result.exit_code != 0
    assert "--scheduler goes with --engine dask" in result.output
    assert not (tmp_path / "x.db").exists()
