"""An offline GeoNames gazetteer: cities, subdivisions, countries and regions by name.

Built (:mod:`.build`) from tables shipped inside installed packages (see
:mod:`.sources`) plus two small hand-kept tables beside this module
(``regions.tsv``: regions, seas and curated readings; ``variants.tsv``:
transliterations and press abbreviations; ``adjectives.tsv``: "European",
"Southeast Asian").  ``load_gazetteer()`` keeps one per
process and a copy in the user cache (:mod:`.cache`).
"""

from __future__ import annotations

import functools
import gc
import time

from . import cache
from .build import build
from .index import (HOW_ALIAS, HOW_ALTERNATE, HOW_CURATED, HOW_NAME, Candidate, Entry,
                    Gazetteer)
from .normalise import name_key
from .sources import GazetteerDataError

__all__ = ["HOW_ALIAS", "HOW_ALTERNATE", "HOW_CURATED", "HOW_NAME", "Candidate", "Entry",
           "Gazetteer", "GazetteerDataError", "load_gazetteer", "name_key"]


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: read from the user cache (:mod:`.cache`, about 0.3 s),
    else built from the package tables (:mod:`.build`, about 1.2 s of CPU) and cached."""
    # The build makes a million small objects and no cycles: the cyclic collector
    # would rescan them over and over, tripling the load time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        g = cache.load(Gazetteer, Entry)
        if g is None:
            g = build()
            cache.save(g)
        else:
            g.load_seconds = time.perf_counter() - t0
        return g
    finally:
        if enabled:
            gc.enable()
