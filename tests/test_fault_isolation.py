"""One document that raises while it is read or coded never stops a batch.

Every place where many documents go through at once (`extract` of several
files, `extract --jsonl`, `ingest` with one or two workers, the Dask engine) is
given a document that breaks a stage or the loader; the others must be printed
or stored, the broken one named in an error (code, stage, input), the exit
status non-zero.  Most tests code with a short pipeline (clean, a stage that
breaks, structure) so that no model is loaded; the statements are fictional.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import threading

import pytest
from click.testing import CliRunner

from communique import contract
from communique.cli import main
from communique.config import load_config
from communique.document import Document, Source
from communique.pipeline import stage

MARKER = "Zembla"
TEXTS = {
    "freedonia.txt": "Statement of the Foreign Ministry of Freedonia\n\nThe Government of Freedonia "
                     "welcomes the reopening of the Orvel border crossing to grain lorries.\n",
    "sylvania.txt": "Statement of the Government of Sylvania\n\nSylvania condemns the shelling of "
                    "the river port at Brask and asks for observers to be sent.\n",
    "zembla.txt": f"Statement of the Council of {MARKER}\n\nThe Council of {MARKER} rejects the "
                  "proposed tariff on fishing boats in the northern bay.\n",
    "ruritania.txt": "Statement of the Ruritanian Parliament\n\nThe Parliament of Ruritania "
                     "approves the treaty on shared use of the Lenna river.\n",
}
SHORT_STAGES = ["clean", "isolation_trip", "structure"]


@stage("isolation_trip", requires=("text",), sets=())
def _trip(settings, config):
    """Raises on a document naming the marker.  Batched, like the parse stage: one
    bad document breaks its whole batch, which the pipeline must narrow down."""

    class Trip:
        def __call__(self, doc):
            return next(self.pipe([doc]))

        def pipe(self, docs):
            batch = list(docs)
            if any(MARKER in d.text for d in batch):
                raise RuntimeError("the trip wire went off")
            yield from batch

    return Trip()


@stage("isolation_unpicklable", requires=("text",), sets=("title",))
def _unpicklable(settings, config):
    """Leaves a lock (which does not pickle) on a document naming the marker: its
    worker cannot send the chunk back."""

    def run(doc):
        if MARKER in doc.text:
            doc.title = threading.Lock()
        return doc

    return run


def short_config(tmp_path, stages=SHORT_STAGES):
    path = tmp_path / "short.toml"
    path.write_text("[pipeline]\nstages = [" + ", ".join(f'"{s}"' for s in stages) + "]\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "statements"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def cli(*args):
    return CliRunner().invoke(main, [*map(str, args)])


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# -- ingest -----------------------------------------------------------------------
def test_ingest_stores_the_rest_when_loading_one_document_raises(folder, tmp_path, monkeypatch):
    # The case: the HTML stack of a broken install raised ImportError on
    # one page, and the run stored nothing ("ingested 0").
    page = folder / "page.html"
    page.write_text("<html><body><article><p>The Government of Freedonia thanks the Sylvanian "
                    "rescue teams for their work in the flooded valley of Orvel.</p></article>"
                    "</body></html>", encoding="utf-8")

    def broken_install(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr("communique.ingest.loaders._from_html", broken_install)
    db = tmp_path / "a.db"
    result = cli("ingest", folder, "--db", db, "--config", short_config(tmp_path, ["clean", "structure"]))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "ingested 4, skipped as known 0, failed 1" in result.stderr
    assert f"{page}: unexpected error while reading it: ImportError" in result.stderr
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]
    assert rows(db, "SELECT source, code, stage FROM errors") == [(str(page), "input.failed", "input")]
    assert rows(db, "SELECT status, ingested, failed FROM runs") == [("done", 4, 1)]
    # Not a verdict on the page: once the install is mended, the next run codes it.
    monkeypatch.undo()
    again = cli("ingest", folder, "--db", db, "--config", short_config(tmp_path, ["clean", "structure"]))
    assert again.exit_code == 0, again.output
    assert "ingested 1, skipped as known 4, failed 0" in again.stderr


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_stores_the_rest_when_a_stage_raises(folder, tmp_path, workers):
    batch = folder / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"id": f"r{i}", "text": t}) for i, t in enumerate([
        "The Freedonian navy escorted the Sylvanian ferry across the strait of Ilm on Monday.",
        f"The envoy of {MARKER} left the talks in Port Lumen without a word to the press.",
        "The Ruritanian health ministry sent two field hospitals to the flooded valley.",
    ])) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    result = cli("ingest", folder, "--db", db, "--workers", workers, "--json",
                 "--config", short_config(tmp_path))
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert (summary["ingested"], summary["failed"]) == (5, 2)
    assert summary["failures"] == {"stage.failed": 2}
    stored = {t for (t,) in rows(db, "SELECT text FROM documents")}
    assert len(stored) == 5 and not any(MARKER in t for t in stored)
    errors = rows(db, "SELECT source, code, stage, message FROM errors ORDER BY source")
    assert [(s.rsplit("/", 1)[-1], c, st) for s, c, st, _ in errors] == [
        ("batch.jsonl:2", "stage.failed", "isolation_trip"),
        ("zembla.txt", "stage.failed", "isolation_trip")]
    assert all("RuntimeError: the trip wire went off" in m for *_, m in errors)


# -- extract ----------------------------------------------------------------------
def test_extract_prints_the_rest_when_a_stage_raises(folder, tmp_path):
    paths = [folder / n for n in ("freedonia.txt", "zembla.txt", "sylvania.txt")]
    result = cli("extract", *paths, "--config", short_config(tmp_path))
    assert result.exit_code == 1
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["source"]["path"] for d in docs] == [str(p) for p in paths]
    assert [[e["code"] for e in d["errors"]] for d in docs] == [[], ["stage.failed"], []]
    assert docs[1]["errors"][0]["stage"] == "isolation_trip"
    assert docs[2]["document"]["title"] == "Statement of the Government of Sylvania"
    lines = result.stderr.splitlines()
    assert lines == [f"Error: {paths[1]}: stage isolation_trip failed: RuntimeError: the trip wire "
                     "went off", "Error: 1 of 3 file(s) could not be read or coded"]


def test_extract_prints_the_rest_when_loading_one_file_raises(folder, tmp_path, monkeypatch):
    page = folder / "page.html"
    page.write_text("<html><body><p>Anything at all, the loader breaks first.</p></body></html>",
                    encoding="utf-8")

    def broken(*args, **kwargs):
        raise KeyError("charset")

    monkeypatch.setattr("communique.ingest.loaders._from_html", broken)
    result = cli("extract", folder / "freedonia.txt", page, "--config", short_config(tmp_path))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: {page}: unexpected error while reading it: KeyError: 'charset'")
    single = cli("extract", page, "--config", short_config(tmp_path))
    assert single.exit_code == 1 and single.stdout == ""
    assert single.stderr.splitlines() == [
        f"Error: {page}: unexpected error while reading it: KeyError: 'charset'"]


def test_extract_jsonl_prints_every_record_when_a_stage_raises(tmp_path):
    records = [{"id": "a", "text": TEXTS["freedonia.txt"]}, {"id": "b", "text": TEXTS["zembla.txt"]},
               {"id": "c", "text": TEXTS["sylvania.txt"]}, {"id": "d", "text": 7},
               {"id": "e", "text": TEXTS["ruritania.txt"]}]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = cli("extract", "--jsonl", path, "--config", short_config(tmp_path))
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["document"]["id"] for o in out] == ["a", "b", "c", "d", "e"]
    assert [[e["code"] for e in o["errors"]] for o in out] == [
        [], ["stage.failed"], [], ["input.jsonl"], []]
    assert out[4]["document"]["title"] == "Statement of the Ruritanian Parliament"
    assert result.stderr.splitlines() == [
        "Error: 2 of 5 record(s) failed (1 could not be read, 1 failed while coding); see their errors"]


# -- the engines ------------------------------------------------------------------
def _docs():
    return [Document(raw=t, source=Source(record=n)) for n, t in TEXTS.items()]


def test_pool_codes_the_rest_when_a_result_cannot_come_back():
    from communique.scale.parallel import pipe_parallel

    config = load_config(overrides={"pipeline": {"stages": ["clean", "structure", "isolation_unpicklable"]},
                                   "scale": {"start_method": "fork"}})
    out = list(pipe_parallel(_docs(), config, n_process=2, batch_size=4))
    assert [d.source.record for d in out] == list(TEXTS)
    assert [[e.code for e in d.errors] for d in out] == [[], [], ["pipeline.failed"], []]
    assert out[3].title == "Statement of the Ruritanian Parliament"


def test_dask_codes_the_rest_when_a_task_or_a_stage_raises(monkeypatch):
    pytest.importorskip("distributed")
    from communique.scale import worker
    from communique.scale.dask_engine import code_documents

    real = worker.code_chunk_with

    def task_breaks_on_the_marker(config, docs):
        if any("Ruritania" in d.raw for d in docs):
            raise MemoryError("the task ran out of memory")
        return real(config, docs)

    monkeypatch.setattr(worker, "code_chunk_with", task_breaks_on_the_marker)
    config = load_config(overrides={"pipeline": {"stages": SHORT_STAGES}})
    out = list(code_documents(_docs(), config, partition_size=2, n_workers=1, processes=False))
    assert [d.source.record for d in out] == list(TEXTS)
    assert [[(e.code, e.stage) for e in d.errors] for d in out] == [
        [], [], [("stage.failed", "isolation_trip")], [("pipeline.failed", "pipeline")]]
    assert out[1].title == "Statement of the Government of Sylvania"


def test_a_stage_that_fails_before_taking_a_document_is_an_error_not_a_loop():
    from communique.pipeline import Pipeline

    @stage("isolation_broken_setup", requires=("text",), sets=())
    def _broken(settings, config):
        class Broken:
            def __call__(self, doc):
                return doc

            def pipe(self, docs):
                raise OSError("the model files are missing")
                yield  # a generator, like every batched stage

        return Broken()

    config = load_config(overrides={"pipeline": {"stages": ["clean", "isolation_broken_setup"]}})
    with pytest.raises(OSError, match="model files are missing"):
        list(Pipeline(config).pipe(_docs()))


def test_a_page_whose_fetching_raises_is_one_failure_and_the_walk_goes_on(folder):
    from communique.ingest.sources import SourceWalker

    class Fetcher:   # stands in for the HTTP client; no network
        def get(self, url):
            raise UnicodeError("encoding with 'idna' codec failed (label too long)")

    walker = SourceWalker(load_config(), lambda keys: {}, Fetcher())
    units = list(walker.units(["https://press.example/statement.html",
                               "feed:https://press.example/rss", str(folder / "sylvania.txt")]))
    assert [(u.kind, u.status, u.code) for u in units] == [
        ("url", "failed", "input.failed"), ("feed", "failed", "input.failed"), ("file", "new", None)]
    assert units[0].message.startswith("unexpected error while reading it: UnicodeError")


_PARENT = os.getpid()


@stage("isolation_killer", requires=("text",), sets=())
def _killer(settings, config):
    """Kills its worker process on a document naming the marker (as the kernel's
    out-of-memory killer or a crash in a C library would)."""

    def run(doc):
        if MARKER in doc.text and os.getpid() != _PARENT:
            os.kill(os.getpid(), signal.SIGKILL)
        return doc

    return run


def test_pool_codes_the_rest_when_a_document_kills_its_worker():
    from communique.scale.parallel import pipe_parallel

    config = load_config(overrides={"pipeline": {"stages": ["clean", "isolation_killer", "structure"]},
                                   "scale": {"start_method": "fork"}})
    docs = _docs() + [Document(raw=TEXTS["sylvania.txt"].replace("Brask", "Ilm"),
                               source=Source(record="last"))]
    out = list(pipe_parallel(docs, config, n_process=2, batch_size=1))
    assert [d.source.record for d in out] == [*TEXTS, "last"]
    assert [[e.code for e in d.errors] for d in out] == [[], [], ["pipeline.failed"], [], []]
    assert "worker process coding it died" in out[2].errors[0].message
    assert out[3].title == "Statement of the Ruritanian Parliament" and out[4].title


@stage("isolation_unwritable", requires=("text",), sets=("title",))
def _unwritable(settings, config):
    """Leaves a value JSON cannot write (bytes) on a document naming the marker."""

    def run(doc):
        if MARKER in doc.text:
            doc.title = MARKER.encode()
        return doc

    return run


def test_extract_goes_on_when_a_document_cannot_be_written_out(tmp_path):
    records = [{"id": n, "text": t} for n, t in TEXTS.items()]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    config = short_config(tmp_path, ["clean", "structure", "isolation_unwritable"])
    result = cli("extract", "--jsonl", path, "--config", config)
    assert result.exit_code == 1 and "Traceback" not in result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["document"]["id"] for o in out] == list(TEXTS)
    assert [[(e["code"], e.get("stage")) for e in o["errors"]] for o in out] == [
        [], [], [("pipeline.failed", "output")], []]
    assert out[3]["document"]["title"] == "Statement of the Ruritanian Parliament"
    assert result.stderr.splitlines() == [
        "Error: 1 of 4 record(s) failed (1 failed while coding); see their errors"]


# -- the writer and recoding ---------------------------------------------------------
def test_the_writer_refuses_one_malformed_document_whatever_it_raises(tmp_path):
    from communique.store import Archive
    from communique.store.writer import Coded, Writer
    from test_store_support import border_doc, coded, shelling_doc

    archive = Archive.open(str(tmp_path / "a.db"), write=True, config=load_config())
    bad = shelling_doc()
    data = contract.to_dict(bad)
    data["errors"] = ["a warning that is not an object"]   # AttributeError in the writer
    broken = Coded("file:bad", "file", "bad.txt", bad.content_id(), data, bad.raw)
    result = Writer(archive, None, "v1").write([broken, coded(border_doc())])
    archive.close()
    assert (result.ingested, result.failed) == (1, 1)
    assert result.failures[0].code == "store.invalid"
    assert "has no attribute 'get'" in result.failures[0].message
    # Nothing of the refused document is left half-written.
    db = tmp_path / "a.db"
    assert rows(db, "SELECT count(*) FROM documents") == [(1,)]
    assert rows(db, f"SELECT count(*) FROM actors WHERE document_id = '{bad.content_id()}'") == [(0,)]


def test_recode_keeps_the_stored_coding_of_a_document_a_stage_fails_on(folder, tmp_path):
    db = tmp_path / "a.db"
    plain = short_config(tmp_path, ["clean", "structure"])
    assert cli("ingest", folder, "--db", db, "--config", plain).exit_code == 0
    before = dict(rows(db, "SELECT source_path, coding_version FROM documents"))
    tripping = tmp_path / "tripping.toml"
    tripping.write_text(plain.read_text(encoding="utf-8").replace(
        '"clean", "structure"', '"clean", "isolation_trip", "structure"'), encoding="utf-8")
    result = cli("ingest", "--recode", "--db", db, "--config", tripping, "--json")
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert (summary["recoded"], summary["failed"]) == (3, 1)
    after = dict(rows(db, "SELECT source_path, coding_version FROM documents"))
    zembla = str(folder / "zembla.txt")
    assert after[zembla] == before[zembla]
    assert all(after[p] != before[p] for p in after if p != zembla)
    assert rows(db, "SELECT code, stage FROM errors") == [("stage.failed", "isolation_trip")]
