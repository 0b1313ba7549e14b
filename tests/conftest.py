"""Shared fixtures.  Tests that read ../shared skip with a reason when it is absent,
except in CI (COMMUNIQUE_REQUIRE_SHARED=1), where its absence is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Every pipeline the tests build checks that each stage changed only what it declares
# (communique/stage_check.py); worker processes inherit it.
os.environ.setdefault("COMMUNIQUE_CHECK_STAGES", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "000_11edabecc62cdc46.txt"
GOLD = SHARED / "eval-data" / "gold"
EXAMPLES = ROOT / "examples"


def _need_shared(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("COMMUNIQUE_REQUIRE_SHARED"):
            pytest.fail(f"{path} is missing, and CI requires ../shared")
        pytest.skip(f"{path} is absent: this test reads the shared samples/eval-data beside the clone")
    return path


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return _need_shared(SAMPLE)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _need_shared(GOLD)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _need_shared(SHARED)


@pytest.fixture(scope="session")
def config():
    from communique.config import load_config

    return load_config()


@pytest.fixture(scope="session")
def nlp(config):
    """The configured spaCy model, loaded once for the tests that parse without the pipeline.
    It is a dependency of the package, so a missing model fails rather than skips."""
    from communique.nlp.model import load_model

    return load_model(config.parse.model)


@pytest.fixture(scope="session")
def extractor(config):
    """One pipeline for the whole session: the model loads once."""
    from communique import Extractor

    return Extractor(config)


@pytest.fixture(scope="session")
def ex(extractor):
    """The session's pipeline, by the short name the tests of coded sentences use."""
    return extractor


@pytest.fixture(scope="session")
def sample_doc(extractor, sample_path):
    return extractor.extract_path(sample_path)


@pytest.fixture(scope="session")
def stock():
    """The spaCy model as shipped, with none of communique's speed-ups (to compare against)."""
    import spacy

    from communique.config import load_config

    return spacy.load(load_config().parse.model)


@pytest.fixture(scope="session")
def example_texts() -> list[str]:
    """The bundled examples' texts, in name order."""
    return [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
