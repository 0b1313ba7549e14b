"""Multiprocess extraction, batch failure handling, and cost that grows linearly."""

from __future__ import annotations

import difflib
import gc
import json
import time
from itertools import islice

import psutil
import pytest

from communique import contract
from communique.document import Document, Source
from communique.ingest import read_jsonl
from communique.pipeline import Pipeline, PipelineError, stage
from communique.workspace import Workspace
from communique.scale import worker
from communique.scale.parallel import ParallelError, pipe_parallel, resolve_n_process

UNGD = "eval-data/ungd-statements/ungd_sessions75-79_2020-2024.jsonl"


def _isaf_lines(gold_dir, n):
    with open(gold_dir / "isaf.dev.jsonl", encoding="utf-8") as fh:
        return [json.dumps({"id": r["id"], "text": r["text"]})
                for r in (json.loads(line) for line in islice(fh, n))]


def _ungd_texts(shared_dir, n):
    with open(shared_dir / UNGD, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in islice(fh, n)]


def _dump(docs):
    return [json.dumps(contract.to_dict(d), sort_keys=True, ensure_ascii=False, indent=1) for d in docs]


def first_difference(got, expected) -> str:
    """A readable diff of the first document that differs, for the failure message."""
    for i, (a, b) in enumerate(zip(got, expected)):
        if a != b:
            diff = difflib.unified_diff(b.splitlines(), a.splitlines(), "single", "parallel",
                                        lineterm="", n=4)
            return f"document {i}:\n" + "\n".join(islice(diff, 60))
    return f"{len(got)} documents, expected {len(expected)}"


@pytest.mark.slow
def test_two_spawned_workers_give_the_single_process_output_in_order(extractor, config, gold_dir):
    # Spawned workers start fresh interpreters (another hash seed, their own
    # model load): any dependence on set order or process state shows up here.
    lines = _isaf_lines(gold_dir, 12)
    lines.insert(5, "{not json")
    single = _dump(extractor.pipe(read_jsonl(lines, config, "isaf")))
    cfg = config.with_overrides({"scale": {"start_method": "spawn", "batch_size": 4}})
    parallel = _dump(pipe_parallel(read_jsonl(lines, cfg, "isaf"), cfg, n_process=2))
    assert parallel == single, first_difference(parallel, single)
    assert json.loads(parallel[5])["errors"][0]["code"] == "input.jsonl"


def test_extractor_pipe_takes_n_process(extractor, config, gold_dir):
    lines = _isaf_lines(gold_dir, 6)
    cfg = config.with_overrides({"scale": {"start_method": "fork"}})
    docs = list(type(extractor)(cfg).pipe(read_jsonl(lines, cfg, "isaf"), n_process=2, batch_size=2))
    assert [d.id for d in docs] == [json.loads(line)["id"] for line in lines]
    assert all(d.workspace == Workspace() and "events" in d.done for d in docs)


def test_a_worker_that_cannot_start_is_a_clear_error(config):
    # Spawned workers build their own pipeline; the calling process does not.
    bad = config.with_overrides({"pipeline": {"stages": ["clean", "no_such_stage"]},
                         "scale": {"start_method": "spawn"}})
    docs = [Document(raw="The minister met the envoy.", source=Source())]
    with pytest.raises(ParallelError, match="worker process could not start"):
        list(pipe_parallel(docs, bad, n_process=2))


def test_a_bad_config_fails_before_forking(config):
    bad = config.with_overrides({"pipeline": {"stages": ["clean", "no_such_stage"]},
                         "scale": {"start_method": "fork"}})
    docs = [Document(raw="The minister met the envoy.", source=Source())]
    with pytest.raises(PipelineError, match="unknown stage"):
        list(pipe_parallel(docs, bad, n_process=2))


def test_n_process_minus_one_means_one_per_core(config):
    assert resolve_n_process(-1, config) == (psutil.cpu_count() or 1)
    assert resolve_n_process(None, config) == config.scale.n_process


def test_a_batch_that_fails_is_recoded_one_by_one(config):
    @stage("batch_boom", requires=("text",), sets=())
    def _batch_boom(settings, cfg):
        class Boom:
            def __call__(self, doc):
                return doc

            def pipe(self, docs):
                docs = list(docs)
                if any("boom" in d.text for d in docs):
                    raise RuntimeError("a batched stage broke")
                yield from docs
        return Boom()

    cfg = config.with_overrides({"pipeline": {"stages": ["clean", "batch_boom", "structure"]}})
    texts = ["The council met.", "A boom was heard.", "The envoy left."]
    docs = [Document(raw=t, source=Source(record=str(i))) for i, t in enumerate(texts)]
    out = worker.code_chunk(Pipeline(cfg), docs)
    assert [d.source.record for d in out] == ["0", "1", "2"]
    assert [bool(d.errors) for d in out] == [False, True, False]
    # The pipeline narrows the failure down to the document and names the stage.
    assert (out[1].errors[0].code, out[1].errors[0].stage) == ("stage.failed", "batch_boom")
    assert "batched stage" in out[1].errors[0].message
    # Recoded from a pristine copy: no stage ran twice on the survivors.
    assert out[0].done == ["clean", "structure"] and out[2].title == "The envoy left."


def test_chunks_close_on_count_or_characters():
    docs = [Document(raw="x" * n) for n in (10, 10, 10, 500, 10, 10)]
    sizes = [len(c) for c in worker.chunks(docs, size=3, max_chars=400)]
    assert sizes == [3, 1, 2]


@pytest.mark.slow
def test_cost_grows_linearly_with_length(extractor, shared_dir):
    # Ten times the text must cost about ten times the CPU, not a hundred:
    # nothing in the pipeline may be quadratic in document length.
    text = "\n".join(_ungd_texts(shared_dir, 12))
    short, long_ = text[:4_000], text[:40_000]
    extractor.extract_text(short)  # warm caches

    def cpu(t):
        start = time.process_time()
        extractor.extract_text(t)
        return time.process_time() - start

    short_cost = min(cpu(short) for _ in range(3))
    long_cost = cpu(long_)
    assert long_cost < 25 * short_cost, (short_cost, long_cost)


@pytest.mark.slow
def test_memory_stays_flat_over_a_long_stream(extractor, config, gold_dir):
    lines = _isaf_lines(gold_dir, 16)
    process = psutil.Process()

    def run_round():
        for _ in extractor.pipe(read_jsonl(lines, config, "isaf")):
            pass
        gc.collect()
        return process.memory_info().rss

    run_round()
    first = run_round()
    last = max(run_round() for _ in range(5))
    assert last - first < 40 * 2**20, f"RSS grew {(last - first) / 2**20:.1f} MB over 5 rounds"


def test_no_sentence_runs_across_a_blank_line_or_section(extractor):
    text = ("Statement of the Ministry of Water Affairs\n"
            "ARDENNE CITY, 4 March 2021\n\n"
            "The minister met the envoy of the Lakeland Union on Tuesday and they agreed to\n"
            "reopen the border crossing\n\n"
            "the talks will resume next month in Valmont.\n")
    doc = extractor.extract_text(text)
    sents = list(doc.workspace.spacy.sents)
    for sent in sents:
        inner = sent.text.strip()
        assert "\n\n" not in inner, inner
        for s in doc.sections:
            assert not (sent.start_char < s.start < sent.start_char + len(inner)), (s, inner)
    assert any(s.text.startswith("the talks will resume") for s in sents)


def test_parse_batches_close_on_count_or_characters(config):
    from communique.nlp.parse import Parser

    parser = Parser(config.with_overrides({"parse": {"batch_size": 4, "max_chars": 200_000,
                                                     "batch_chars": 100_000}}).parse)
    docs = [Document(raw="", text="x" * n) for n in (30_000, 30_000, 50_000, 10, 10, 10, 10, 10)]
    assert [len(b) for b in parser._batches(docs)] == [3, 4, 1]
