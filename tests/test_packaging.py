"""The wheel is what users install: it must carry every tracked file under src/.

The suite itself runs from an editable install, which reads data files straight from the
source tree and so never notices a data file the wheel leaves out.  This test builds the
wheel from a copy of the tracked files and compares the two lists.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tracked(*paths: str) -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed: cannot list the tracked files under src/")
    done = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--", *paths],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"not a git checkout, so there is no list of tracked files: {done.stderr.strip()}")
    return [p for p in done.stdout.split("\0") if p]


def _build_backend_ready() -> None:
    try:
        import setuptools
    except ImportError:
        pytest.skip("setuptools is not installed (pip install -e '.[dev]')")
    major = int(setuptools.__version__.split(".")[0])
    if major < 77:
        pytest.skip(f"setuptools {setuptools.__version__} is older than the build needs (77); "
                    "pip install -e '.[dev]'")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src_files = _tracked("src")
    _build_backend_ready()
    tmp = tmp_path_factory.mktemp("wheel")
    tree = tmp / "tree"
    # Only the tracked files (with their working-tree contents): caches and stray files in
    # a developer's checkout must not hide, or fake, a packaging gap.
    for rel in [*src_files, "pyproject.toml", "README.md"]:
        if not (ROOT / rel).exists():
            continue  # deleted in the working tree, not yet in a commit
        target = tree / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / rel, target)
    out = tmp / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out), str(tree)],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"building the wheel failed:\n{done.stdout}\n{done.stderr}"
    wheels = list(out.glob("communique-*.whl"))
    assert len(wheels) == 1, f"expected one wheel, found {wheels}"
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as whl:
        return set(whl.namelist())


def test_wheel_holds_exactly_the_tracked_files_under_src(wheel_names):
    tracked = {p.removeprefix("src/") for p in _tracked("src")
               if p.startswith("src/communique/") and (ROOT / p).exists()}
    packaged = {n for n in wheel_names if n.startswith("communique/")}
    missing = sorted(tracked - packaged)
    extra = sorted(packaged - tracked)
    assert not missing, f"tracked files left out of the wheel (add them to package-data): {missing}"
    assert not extra, f"files in the wheel that git does not track: {extra}"


def test_wheel_holds_the_event_data_nested_below_the_package(wheel_names):
    # The files whose absence broke every installed `communique extract`.
    for name in ("events/data/plover.toml", "events/data/cues.toml", "default_config.toml"):
        assert f"communique/{name}" in wheel_names


def test_wheel_declares_the_html_cleaner_and_the_command(wheel, wheel_names):
    with zipfile.ZipFile(wheel) as whl:
        meta = whl.read(next(n for n in wheel_names if n.endswith(".dist-info/METADATA"))).decode()
        entry = whl.read(next(n for n in wheel_names if n.endswith(".dist-info/entry_points.txt"))).decode()
    requires = [line.split(":", 1)[1].strip().casefold() for line in meta.splitlines()
                if line.startswith("Requires-Dist:")]
    # pip 23 drops justext's `lxml[html_clean]` extra; the package must ask for it by name.
    assert any(r.replace("-", "_").startswith("lxml_html_clean") for r in requires), requires
    assert "communique = communique.cli:main" in entry
