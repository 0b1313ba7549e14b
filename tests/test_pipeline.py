"""The stage registry, the configured order and the config layering."""

from __future__ import annotations

import pytest

from communique.config import ConfigError, load_config
from communique.document import Document, Source
from communique.pipeline import Pipeline, PipelineError, registered, stage


def test_every_configured_stage_is_registered(config):
    names = set(registered())
    assert set(config.pipeline.stages) <= names


def test_order_with_unmet_need_is_refused(config):
    bad = config.with_overrides({"pipeline": {"stages": ["parse", "clean"]}})
    with pytest.raises(PipelineError, match="'parse' needs text"):
        Pipeline(bad)


def test_unknown_stage_is_refused(config):
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline(config.with_overrides({"pipeline": {"stages": ["clean", "nonesuch"]}}))


def test_a_stage_can_be_added_without_touching_others(config):
    @stage("shout_title", requires=("title",), sets=("title",))
    def _shout(settings, cfg):
        def run(doc):
            doc.title = (doc.title or "").upper()
            return doc
        return run

    cfg = config.with_overrides({"pipeline": {"stages": ["clean", "structure", "shout_title"]}})
    doc = Pipeline(cfg)(Document(raw="Ministry statement\n\nThe minister met the envoy.", source=Source()))
    assert doc.title == "MINISTRY STATEMENT"
    assert doc.done == ["clean", "structure", "shout_title"]


def test_failing_stage_marks_only_that_document(config):
    @stage("explode_on_boom", requires=("text",), sets=())
    def _explode(settings, cfg):
        def run(doc):
            if "boom" in doc.text:
                raise RuntimeError("boom seen")
            return doc
        return run

    cfg = config.with_overrides({"pipeline": {"stages": ["clean", "explode_on_boom", "structure"]}})
    docs = [Document(raw=t, source=Source()) for t in ("first fine text", "boom text", "last fine text")]
    out = list(Pipeline(cfg).pipe(docs))
    assert [d.errors[0].stage if d.errors else None for d in out] == [None, "explode_on_boom", None]
    assert out[1].title is None and out[2].title == "last fine text"


def test_user_config_layers_over_default(tmp_path):
    user = tmp_path / "user.toml"
    user.write_text('[parse]\nbatch_size = 4\n', encoding="utf-8")
    cfg = load_config(user)
    assert cfg.parse.batch_size == 4
    assert cfg.parse.model == load_config().parse.model


def test_bad_user_config_is_a_clear_error(tmp_path):
    user = tmp_path / "bad.toml"
    user.write_text("[parse\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.toml: not a valid TOML"):
        load_config(user)
    user.write_text("[nonesuch]\nx = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown section"):
        load_config(user)
