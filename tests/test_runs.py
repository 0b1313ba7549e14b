"""The `runs` table tells the truth about killed ingests.

A run's counts are written in the transaction of each batch, so a run killed
with SIGKILL keeps the counts of what it committed; the next run marks it
'interrupted' when its process is gone, and leaves a live one 'running'.
(tests/test_crash_safety.py checks the same on PostgreSQL, with the full pipeline.)
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from click.testing import CliRunner

import communique
from communique.cli import main

# An ingest in a child process, slowed by a stage that sleeps, so a kill lands mid-run.
SCRIPT = """
import sys, time
from communique.pipeline import stage

@stage("sleepy", requires=("text",), sets=())
def sleepy(settings, config):
    def run(doc):
        time.sleep(0.1)
        return doc
    return run

from communique.cli import main
sys.exit(main(["ingest", *sys.argv[1:]]))
"""


def statements(n: int) -> list[dict]:
    places = ["Orvel", "Brask", "Lenna", "Port Lumen", "Ilm"]
    return [{"id": f"s{i}", "text": f"Statement {i} of the Government of Freedonia\n\nFreedonia "
             f"sends {i + 2} lorries of grain to {places[i % 5]} after the floods of week {i}."}
            for i in range(n)]


def query(db: Path, sql: str):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []   # not created yet
    finally:
        con.close()


def test_a_killed_run_keeps_its_committed_counts_and_the_next_run_marks_it_interrupted(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in statements(60)) + "\n", encoding="utf-8")
    config = tmp_path / "slow.toml"
    config.write_text('[pipeline]\nstages = ["clean", "structure", "sleepy"]\n'
                      "[store]\nbatch_size = 4\n", encoding="utf-8")
    (tmp_path / "fast.toml").write_text('[pipeline]\nstages = ["clean", "structure"]\n',
                                        encoding="utf-8")
    db = tmp_path / "a.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(communique.__file__).parents[1]), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(batch), "--db", str(db),
                             "--config", str(config)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and \
            (query(db, "SELECT count(*) FROM documents") or [(0,)])[0][0] < 8:
        time.sleep(0.02)
    assert proc.poll() is None, proc.stderr.read().decode()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    [(status, ingested, pid)] = query(db, "SELECT status, ingested, pid FROM runs")
    stored = query(db, "SELECT count(*) FROM documents")[0][0]
    assert 8 <= stored < 60
    assert (status, ingested, pid) == ("running", stored, proc.pid)

    # A second, live run: started in another process that is still there.
    con = sqlite3.connect(db)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(1.1)   # the run starts after its process (an older process is a recycled pid)
        started = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        con.execute("INSERT INTO runs (started_at, coding_version, sources, status, ingested, known, "
                    "failed, recoded, pid, host) SELECT ?, coding_version, sources, "
                    "'running', 0, 0, 0, 0, ?, host FROM runs", (started, sleeper.pid))
        con.commit()
        con.close()
        result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db), "--config",
                                           str(tmp_path / "fast.toml")])
    finally:
        sleeper.kill()
        sleeper.wait()
    assert result.exit_code == 0, result.output
    runs = query(db, "SELECT status, ingested, known FROM runs ORDER BY id")
    assert runs == [("interrupted", stored, 0), ("running", 0, 0), ("done", 60 - stored, stored)]
    assert sum(r[1] for r in runs) == query(db, "SELECT count(*) FROM documents")[0][0] == 60


def test_counts_grow_batch_by_batch(tmp_path):
    from communique.config import load_config
    from communique.store import Archive
    from communique.store.writer import Failed, Writer
    from test_store_support import border_doc, coded

    archive = Archive.open(str(tmp_path / "a.db"), write=True, config=load_config())
    run_id = archive.start_run("v1", ["x"])
    writer = Writer(archive, run_id, "v1")
    writer.write([coded(border_doc())], skipped=3)
    with archive.reading() as conn:
        first = conn.exec_driver_sql("SELECT ingested, known, failed, status FROM runs").one()
    writer.write([Failed("k", "file", "bad.txt", "input.binary", "this is a PDF")])
    with archive.reading() as conn:
        second = conn.exec_driver_sql("SELECT ingested, known, failed, status FROM runs").one()
    archive.close()
    assert tuple(first) == (1, 3, 0, "running")
    assert tuple(second) == (1, 3, 1, "running")
