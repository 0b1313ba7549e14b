"""Reports computed from the archive (``communique report ...``)."""
