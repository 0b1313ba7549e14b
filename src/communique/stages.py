"""The built-in stages: the modules that register them, in one explicit list.

The stage modules import :mod:`communique.pipeline` (for ``@stage``), never the
other way round: the pipeline imports these modules by name when it first needs
the registry, so a stage can be added or replaced without the pipeline runner
depending on any stage's code.
"""

from __future__ import annotations

import importlib

BUILTIN_STAGE_MODULES = (
    "communique.clean.stage",        # clean
    "communique.structure.stage",    # structure
    "communique.nlp.parse",          # parse
    "communique.nlp.mentions",       # mentions
    "communique.resolve.actors",     # actors
    "communique.resolve.places",     # places
    "communique.resolve.dates",      # dates
    "communique.events.stage",       # events
)


def load_builtin() -> None:
    """Import every built-in stage module; importing one registers its stages."""
    for name in BUILTIN_STAGE_MODULES:
        importlib.import_module(name)
