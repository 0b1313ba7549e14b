"""What the other stages may use of the NLP stages (parse, mentions).

Another stage package imports ``communique.nlp.api`` only, never the modules
behind it (tests/test_import_layers.py checks it).
"""

from .lexicon import is_state_organ
from .matmul import one_blas_thread
from .model import irregular_verbs, load_model, verb_bases
from .parse import parse_options

__all__ = ["irregular_verbs", "is_state_organ", "load_model", "one_blas_thread", "parse_options",
           "verb_bases"]
