"""The review workbench: a FastAPI app over the archive.

``create_app`` takes how to open a database session and how to read the
archive through it, so the same app serves the SQL store (``communique
serve``) and an in-memory archive (tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..review.vocab import plover_types, statuses
from .archive import Archive
from .security import SecurityHeaders, Who, identify

HERE = Path(__file__).parent


@dataclass
class WebSettings:
    title: str = "communique review workbench"
    # Reading without a token; `communique serve` turns it off unless bound to loopback.
    public_read: bool = True
    secure_cookies: bool = False
    page_size: int = 25
    table_size: int = 50

    @classmethod
    def from_config(cls, section: dict | None, **over) -> "WebSettings":
        s = cls(**{k: v for k, v in (section or {}).items() if k in cls.__dataclass_fields__})
        for k, v in over.items():
            setattr(s, k, v)
        return s


def create_app(session_factory: Callable, archive_for: Callable[[object], Archive],
               settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()
    app = FastAPI(title="communique", version=__version__,
                  description="Read the event archive and review coded events.",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.state.settings = settings
    app.state.session_factory = session_factory
    app.state.archive_for = archive_for
    # Autoescape on for every template: document text and names are untrusted.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.ChainableUndefined)
    templates = Jinja2Templates(env=env)
    templates.env.globals.update(plover_types=plover_types(), event_statuses=statuses(),
                                 app_title=settings.title, version=__version__)
    app.state.templates = templates
    app.add_middleware(SecurityHeaders, secure_cookies=settings.secure_cookies)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "log in or send an Authorization: Bearer token"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return RedirectResponse("/login", status_code=303)

    from . import api, pages
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def get_db(request: Request):
    db = request.app.state.session_factory()
    try:
        yield db
    finally:
        db.close()


def get_archive(request: Request, db=Depends(get_db)) -> Archive:
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
