"""Errors the library raises; the CLI turns them into one-line messages."""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class for errors meant to reach the user as a clear message."""


class SourceError(CommuniqueError):
    """A failure of one input: names it (path, path:line or URL), with a code and a reason."""

    def __init__(self, source: str, code: str, reason: str):
        self.source = source
        self.code = code
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class InputError(SourceError):
    """An input could not be read as a statement.  Names the input and says why."""
