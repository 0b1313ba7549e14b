"""What the other stages (and the loaders) may use of the structure stage.

Another stage package imports ``communique.structure.api`` only, never the
modules behind it (tests/test_import_layers.py checks it).
"""

from .lexicon import bare_office, speaks_for_owner
from .page_meta import page_issuer_meta
from .published import release_number_month

__all__ = ["bare_office", "speaks_for_owner", "page_issuer_meta", "release_number_month"]
