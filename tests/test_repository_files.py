"""What git tracks is source, data and docs: no links to a developer's machine (a committed
`.venv` link to another checkout broke `make install` in fresh clones), no compiled or
pickled files."""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tracked() -> list[tuple[str, str]]:
    """(mode, path) of every file git tracks; skipped outside a git checkout (an sdist)."""
    try:
        out = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: nothing tracked to check")
    rows = [line.split(None, 3) for line in out.stdout.splitlines()]
    return [(r[0], r[3]) for r in rows]


def test_no_symbolic_links_are_tracked():
    links = [path for mode, path in _tracked() if mode == "120000"]
    assert links == [], links


def test_no_compiled_pickled_or_virtualenv_files_are_tracked():
    bad = [path for _, path in _tracked()
           if path.endswith((".pyc", ".pyo", ".pkl", ".pickle", ".so")) or path.split("/")[0].startswith(".venv")]
    assert bad == [], bad
