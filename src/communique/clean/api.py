"""What the other stages may use of the clean stage.

Another stage package imports ``communique.clean.api`` only, never the modules
behind it (tests/test_import_layers.py checks it).
"""

from .debris import is_form_of_address

__all__ = ["is_form_of_address"]
