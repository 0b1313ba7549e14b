"""The archive: coded documents in SQLite or PostgreSQL, searchable and exportable."""

from .archive import Archive, coding_version
from .errors import DatabaseLocked, DiskFull, SchemaTooNew, StoreError

__all__ = ["Archive", "coding_version", "StoreError", "DatabaseLocked", "DiskFull", "SchemaTooNew"]
