"""The workbench benchmark removes the folder of the archive it builds, also when building or
starting the server fails, and makes none when it reuses a --db."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def bench(tmp_path, monkeypatch):
    pytest.importorskip("httpx")
    spec = importlib.util.spec_from_file_location("web_bench", ROOT / "benchmarks" / "web_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = []

    def mkdtemp(prefix=""):
        made.append(tmp_path / f"{prefix}x")
        made[-1].mkdir()
        return str(made[-1])

    monkeypatch.setattr(module.tempfile, "mkdtemp", mkdtemp)
    module.made = made
    return module


def _fail(*args, **kwargs):
    raise RuntimeError("failed on purpose")


def test_a_failed_build_leaves_no_folder(bench, monkeypatch):
    monkeypatch.setattr(bench, "build_archive", _fail)
    monkeypatch.setattr(sys, "argv", ["web_bench.py", "--docs", "3"])
    with pytest.raises(RuntimeError):
        bench.main()
    assert len(bench.made) == 1 and not bench.made[0].exists()


def test_a_server_that_does_not_start_leaves_no_folder(bench, monkeypatch):
    monkeypatch.setattr(bench, "build_archive", lambda url, docs: 0.1)
    monkeypatch.setattr(bench, "start_server", _fail)
    monkeypatch.setattr(sys, "argv", ["web_bench.py", "--docs", "3"])
    with pytest.raises(RuntimeError):
        bench.main()
    assert len(bench.made) == 1 and not bench.made[0].exists()


def test_a_reused_archive_makes_no_folder(bench, monkeypatch, tmp_path):
    monkeypatch.setattr(bench, "start_server", _fail)
    monkeypatch.setattr(sys, "argv", ["web_bench.py", "--db", str(tmp_path / "kept.db")])
    with pytest.raises(RuntimeError):
        bench.main()
    assert bench.made == []
