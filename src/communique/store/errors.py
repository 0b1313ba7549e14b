"""Errors of the archive, each a one-line message naming the database."""

from __future__ import annotations

from ..errors import CommuniqueError


class StoreError(CommuniqueError):
    """The archive cannot be opened or written."""


class DatabaseLocked(StoreError):
    """Another process holds the write lock."""


class SchemaTooNew(StoreError):
    """The database was written by a newer communique."""


class DiskFull(StoreError):
    """The disk (or the database's size cap) filled up during a batch."""
