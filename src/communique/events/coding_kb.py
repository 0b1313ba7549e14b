"""The knowledge base the document's actors were resolved with, for the rules that see only
parse tokens (means_owners: whose are a force's means).  The events stage sets it for the
time it codes one document, so a user's knowledge base (``[actors] user_kb``) is the one
those rules read too, not the process default.  A context variable rather than an argument:
the rules sit deep in the doer and trigger chains, and re-parsed sentence pieces are spaCy
docs of their own, so neither the call chain nor the parse can carry it."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator

from ..resolve.api import load_kb

_KB: ContextVar[Any] = ContextVar("communique_coding_kb", default=None)


@contextmanager
def coding_with(kb: Any) -> Iterator[None]:
    """Within the block, :func:`current_kb` is ``kb`` (None: the process default)."""
    token = _KB.set(kb)
    try:
        yield
    finally:
        _KB.reset(token)


def current_kb() -> Any:
    """The knowledge base of the document being coded, else the process default (the coder
    run on its own, without the actors stage)."""
    kb = _KB.get()
    return kb if kb is not None else load_kb()
