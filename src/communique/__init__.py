"""communique: political statements to auditable PLOVER/CAMEO event data."""

__version__ = "0.1.0"

from .extract import Extractor, extract_text  # noqa: E402

__all__ = ["Extractor", "extract_text", "__version__"]
