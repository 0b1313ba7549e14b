"""Importing this module registers every built-in stage."""

from .clean import stage as _clean  # noqa: F401
from .structure import stage as _structure  # noqa: F401
from .nlp import parse as _parse, mentions as _mentions  # noqa: F401
from .resolve import actors as _actors, places as _places, dates as _dates  # noqa: F401
from .events import stage as _events  # noqa: F401
