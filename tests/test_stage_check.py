"""Stage contracts (stage_check.py): a stage changes only the document and workspace fields it
declares in ``sets``; the pipeline checks it after every stage when checks are on (they are in
the test suite, see conftest.py).  Sentences are made up (Velmora, Taravel, Ardun)."""

from __future__ import annotations

import pytest

from communique import stage_check
from communique.config import load_config
from communique.document import Document, Source
from communique.ingest import load_text
from communique.pipeline import Pipeline, registered, stage
from communique.stage_check import StageContractError
from communique.workspace import Workspace

TEXT = "Ministry statement\n\nThe minister of Velmora met the envoy of Taravel in Ardun."


def _config(*stages: str):
    return load_config(overrides={"pipeline": {"stages": list(stages)}})


def _doc(text: str = TEXT) -> Document:
    return Document(raw=text, source=Source(path="statement.txt"))


@stage("test_retitle_and_redate", requires=("title",), sets=("title",))
def _retitle(settings, config):
    def run(doc):
        doc.title = "Changed"
        doc.published = "2020-01-01"     # not declared
        return doc
    return run


@stage("test_dateline_writer", requires=("text",), sets=())
def _dateline_writer(settings, config):
    def run(doc):
        doc.workspace.dateline_place = (0, 4)   # a workspace field, not declared
        return doc
    return run


@stage("test_declared_writer", requires=("text",), sets=("dateline_place", "title"))
def _declared_writer(settings, config):
    def run(doc):
        doc.workspace.dateline_place = (0, 4)
        doc.title = "Declared"
        doc.add_error("notice.test", "any stage may record an error")
        return doc
    return run


@stage("test_batched_linker", requires=("mentions",), sets=())
def _batched_linker(settings, config):
    class Linker:
        def __call__(self, doc):
            return next(self.pipe([doc]))

        def pipe(self, docs):
            for doc in docs:
                for m in doc.mentions:
                    m.actor = "a99"      # links mentions to actors without declaring it
                yield doc
    return Linker()


def test_a_stage_changing_a_document_field_it_does_not_declare_is_stopped():
    pipeline = Pipeline(_config("clean", "structure", "test_retitle_and_redate"), check_stages=True)
    with pytest.raises(StageContractError) as err:
        pipeline(_doc())
    message = str(err.value)
    assert "'test_retitle_and_redate' changed published of statement.txt" in message
    assert "title" not in message.split("changed")[1].split("of")[0]   # title is declared


def test_a_workspace_field_is_checked_like_a_document_field():
    with pytest.raises(StageContractError, match=r"changed dateline_place .*\(sets: nothing\)"):
        Pipeline(_config("clean", "test_dateline_writer"), check_stages=True)(_doc())


def test_declared_changes_and_errors_pass():
    doc = Pipeline(_config("clean", "test_declared_writer"), check_stages=True)(_doc())
    assert doc.title == "Declared" and doc.workspace.dateline_place == (0, 4)
    assert [e.code for e in doc.errors] == ["notice.test"]


def test_a_batched_stage_is_checked_per_document_and_mention_links_count():
    pipeline = Pipeline(_config("clean", "parse", "mentions", "test_batched_linker"), check_stages=True)
    with pytest.raises(StageContractError, match=r"'test_batched_linker' changed mentions\.actor"):
        list(pipeline.pipe([_doc(), _doc("The envoy of Taravel arrived in Velmora.")]))


def test_checks_off_let_the_same_stage_run():
    doc = Pipeline(_config("clean", "structure", "test_retitle_and_redate"), check_stages=False)(_doc())
    assert doc.published == "2020-01-01"


def test_the_environment_turns_checks_on(monkeypatch):
    monkeypatch.setenv(stage_check.ENV_VAR, "1")
    assert Pipeline(_config("clean")).check_stages
    monkeypatch.setenv(stage_check.ENV_VAR, "0")
    assert not Pipeline(_config("clean")).check_stages


def test_the_built_in_stages_change_only_what_they_declare(config):
    pipeline = Pipeline(config, check_stages=True)
    text = ("ARDUN, 4 March 2021 - Rebels of the Northern Front shelled the village of Ardun on "
            "Monday, the Velmoran defence ministry said.  Farmers in Taravel protested against "
            "the new tax.")
    doc = pipeline(_doc(text))
    assert doc.done == config.pipeline.stages and doc.events


def test_the_events_stage_creates_actors_and_says_so(config):
    # The coder makes actors for the parties it finds ("Rebels of the Northern Front"): its
    # declaration must name actors, or the check above would stop it.
    assert {"events", "actors"} <= set(registered()["events"].sets)
    upto_dates = config.with_overrides({"pipeline": {"stages": config.pipeline.stages[:-1]}})
    doc = Pipeline(upto_dates, check_stages=False)(
        load_text("Rebels of the Northern Front shelled the village of Ardun on Monday.",
                  Source(), config))
    events = dict(Pipeline(config, check_stages=False).components)["events"]
    before = stage_check.snapshot(doc)
    events(doc)
    assert "actors" in stage_check.undeclared(before, doc, ("events",))
    assert stage_check.undeclared(before, doc, registered()["events"].sets) == []


def test_every_declared_name_of_a_built_in_stage_is_a_field():
    builtin = [s for n, s in registered().items() if not n.startswith(("test_", "isolation_"))
               and s.factory.__module__.startswith("communique.")]
    for spec in builtin:
        unknown = set(spec.sets) - stage_check.KNOWN
        assert not unknown, f"{spec.name} declares {unknown}, which is no field"


def test_a_worker_gets_an_empty_workspace_back():
    from communique.scale.worker import strip

    doc = _doc()
    doc.workspace.dateline_place = (1, 2)
    assert strip(doc).workspace == Workspace()
