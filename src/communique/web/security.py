"""Headers, CSRF and who is asking.

* Every response carries a Content-Security-Policy without 'unsafe-inline':
  scripts and styles come only from /static, so text that slipped through as
  markup could still not run.
* CSRF: a double-submit token.  A random ``cq_csrf`` cookie (SameSite=Strict,
  HttpOnly) is set on the first page; every POST must echo it in the form field
  ``csrf`` or the ``X-CSRF-Token`` header (pages put it in a meta tag for the
  script).  Requests authenticated by an ``Authorization: Bearer`` token carry
  no ambient credential and are exempt.
* Who: a session cookie after a token login, or a bearer token.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware

from ..review import users as review_users
from ..review.models import User

CSRF_COOKIE = "cq_csrf"
SESSION_COOKIE = "cq_session"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")


@dataclass
class Who:
    user: User | None
    via: str  # "session" | "bearer" | "anonymous"

    @property
    def name(self) -> str | None:
        return self.user.name if self.user else None

    @property
    def can_edit(self) -> bool:
        return bool(self.user and self.user.role == "editor" and not self.user.disabled)


class SecurityHeaders(BaseHTTPMiddleware):
    """Security headers on every response, and the CSRF cookie on the first one."""

    def __init__(self, app, secure_cookies: bool = False):
        super().__init__(app)
        self.secure_cookies = secure_cookies

    async def dispatch(self, request: Request, call_next):
        token = request.cookies.get(CSRF_COOKIE)
        if not token:
            token = secrets.token_urlsafe(32)
        request.state.csrf = token
        response = await call_next(request)
        h = response.headers
        h["Content-Security-Policy"] = CSP
        h["X-Content-Type-Options"] = "nosniff"
        h["X-Frame-Options"] = "DENY"
        h["Referrer-Policy"] = "same-origin"
        # Pages may show a reviewer's session; the package's own static files may be cached.
        h.setdefault("Cache-Control", "public, max-age=3600" if request.url.path.startswith("/static/")
                     else "no-store")
        if not request.cookies.get(CSRF_COOKIE):
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict",
                                secure=self.secure_cookies, path="/")
        return response


def bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return None


def identify(request: Request, db) -> Who:
    token = bearer(request)
    if token:
        user = review_users.check_token(db, token)
        if user is None:
            raise HTTPException(401, "invalid or disabled token", headers={"WWW-Authenticate": "Bearer"})
        return Who(user, "bearer")
    found = review_users.session_user(db, request.cookies.get(SESSION_COOKIE))
    if found:
        return Who(found[0], "session")
    return Who(None, "anonymous")


def check_csrf(request: Request, who: Who, form_value: str | None = None) -> None:
    """Refuse a state-changing request whose CSRF token does not match its cookie."""
    if who.via == "bearer":
        return
    cookie = request.cookies.get(CSRF_COOKIE)
    given = form_value or request.headers.get("x-csrf-token")
    if not cookie or not given or not hmac.compare_digest(cookie, given):
        raise HTTPException(403, "CSRF check failed: reload the page and try again")
