"""What the routes depend on (FastAPI ``Depends``): the database session, the
archive read through it, and who is asking.

Kept apart from ``app.py`` so that the routers (``api.py``, ``pages.py``) and the
app that includes them do not import each other.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, Request

from .store_archive import StoreArchive
from .security import Who, identify

# The web package's folder: templates/ and static/.
HERE = Path(__file__).parent


def get_db(request: Request):
    db = request.app.state.session_factory()
    try:
        yield db
    finally:
        db.close()


def get_archive(request: Request, db=Depends(get_db)) -> StoreArchive:
    return request.app.state.archive_for(db)


class LoginRequired(Exception):
    """Reading needs a login on this server (it is not bound to loopback)."""


def get_who(request: Request, db=Depends(get_db)) -> Who:
    who = identify(request, db)
    if who.user is None and not request.app.state.settings.public_read:
        raise LoginRequired()
    return who


def get_who_open(request: Request, db=Depends(get_db)) -> Who:
    """Who is asking, for the login pages that must stay reachable."""
    return identify(request, db)
