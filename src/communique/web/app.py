"""The review workbench: a FastAPI app over the archive.

``create_app`` takes how to open a database session and how to read the
archive through it (``StoreArchive``: the SQL store, SQLite or PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import jinja2
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..config import WebConfig, default_config
from ..version import __version__
from ..review.vocab import plover_types, statuses
from . import api, docs, pages, snippets
from ..store.reader import implausible_date
from .deps import HERE, LoginRequired
from .display import visible
from .security import AllowedHosts, SecurityHeaders, Who


@dataclass
class WebSettings:
    title: str = "communique review workbench"
    # Reading without a token; `communique serve` turns it off unless bound to loopback.
    public_read: bool = True
    # The rest default to the [web] section of default_config.toml (defaults live there only).
    secure_cookies: bool = field(default_factory=lambda: default_config().web.secure_cookies)
    page_size: int = field(default_factory=lambda: default_config().web.page_size)
    table_size: int = field(default_factory=lambda: default_config().web.table_size)
    # Host names the server answers besides the loopback names and the address it is
    # bound to (a DNS-rebinding page sends its own name and is refused).
    allowed_hosts: list[str] | tuple[str, ...] = field(
        default_factory=lambda: list(default_config().web.allowed_hosts))
    bound_host: str | None = "127.0.0.1"

    @classmethod
    def from_config(cls, section: WebConfig, *, public_read: bool, bound_host: str | None
                    ) -> "WebSettings":
        return cls(public_read=public_read, secure_cookies=section.secure_cookies,
                   page_size=section.page_size, table_size=section.table_size,
                   allowed_hosts=list(section.allowed_hosts), bound_host=bound_host)


def create_app(session_factory: Callable, archive_for: Callable[[object], object],
               settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()
    # The docs page is the app's own (see docs.py): Swagger UI from a package, no CDN.
    app = FastAPI(title="communique", version=__version__,
                  description="Read the event archive and review coded events.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.settings = settings
    app.state.session_factory = session_factory
    app.state.archive_for = archive_for
    # Autoescape on for every template: document text and names are untrusted.
    # Every printed string loses control and bidi-override characters (display.visible).
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.ChainableUndefined, finalize=visible)
    templates = Jinja2Templates(env=env)
    templates.env.filters["marked"] = snippets.to_html  # escaped, matches in <mark>
    templates.env.globals["date_flag"] = implausible_date
    templates.env.globals.update(plover_types=plover_types(), event_statuses=statuses(),
                                 app_title=settings.title, version=__version__)
    app.state.templates = templates
    app.add_middleware(SecurityHeaders, secure_cookies=settings.secure_cookies,
                       hosts=AllowedHosts(settings.bound_host, settings.allowed_hosts))
    docs.mount(app)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # Errors: JSON under /api, an HTML page for the pages a person reads.
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if is_api(request) or exc.status_code < 400:
            return await http_exception_handler(request, exc)
        return error_page(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        if is_api(request):
            return await request_validation_exception_handler(request, exc)
        return error_page(request, 400, "; ".join(_describe(e) for e in exc.errors()))

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "log in or send an Authorization: Bearer token"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return RedirectResponse("/login", status_code=303)

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def error_page(request: Request, status: int, message: str, headers=None) -> HTMLResponse:
    templates = request.app.state.templates
    csrf = getattr(request.state, "csrf", "")
    return templates.TemplateResponse(
        request, "error.html", {"request": request, "who": Who(None, "anonymous"), "csrf": csrf,
                                "status": status, "message": message},
        status_code=status, headers=headers)


def _describe(error: dict) -> str:
    """One validation error of a page's query as a sentence naming the parameter."""
    where = error.get("loc", ())
    name = where[-1] if where else "request"
    given = error.get("input")
    shown = f" {given!r}" if isinstance(given, (str, int, float)) else ""
    return f"{name}{shown}: {error.get('msg', 'not valid').lower()}"
