"""communique: political statements to auditable PLOVER/CAMEO event data."""

from .version import __version__
from .extract import Extractor, extract_text

__all__ = ["Extractor", "extract_text", "__version__"]
