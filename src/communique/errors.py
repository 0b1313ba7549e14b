"""Errors the library raises; the CLI turns them into one-line messages."""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class for errors meant to reach the user as a clear message."""


class InputError(CommuniqueError):
    """An input could not be read as a statement.  Names the input and says why."""

    def __init__(self, source: str, code: str, message: str):
        self.source = source
        self.code = code
        self.reason = message
        super().__init__(f"{source}: {message}")
