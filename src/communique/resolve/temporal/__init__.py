"""English date expressions resolved against an anchor date (the publication date).

``find_dates(text, anchor, sdoc=..., entities=...)`` is the whole engine; the
pipeline stage in ``communique.resolve.dates`` wraps it for a Document.
"""

from .calendar import Resolution
from .finder import DateExpression, find_dates
from .lexicon import Lexicon, load_lexicon

__all__ = ["DateExpression", "Lexicon", "Resolution", "find_dates", "load_lexicon"]
