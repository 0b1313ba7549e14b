"""Headers, CSRF and who is asking.

* Every response carries a Content-Security-Policy without 'unsafe-inline':
  scripts and styles come only from /static, so text that slipped through as
  markup could still not run.
* Host: only the names the server is known by (loopback names, the bound host,
  ``[web] allowed_hosts``) are answered, so a DNS-rebinding page cannot read the
  archive through the visitor's browser; redirects carry the path only.
* CSRF: a logged-in session's token is the random one stored with that session
  (so a token or cookie from another session, or one planted by another site,
  does not pass).  Before login (the login form itself) it is a double-submit
  token: a random ``cq_csrf`` cookie (SameSite=Strict, HttpOnly) echoed in the
  form.  Every POST carries it in the form field ``csrf`` or the ``X-CSRF-Token``
  header (pages put it in a meta tag for the script).  Requests authenticated by
  an ``Authorization: Bearer`` token carry no ambient credential and are exempt.
* Who: a session cookie after a token login, or a bearer token.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import socket
import time
from dataclasses import dataclass

from fastapi import HTTPException, Request
from fastapi.responses import PlainTextResponse
from starlette.middleware.base import BaseHTTPMiddleware

from ..review import users as review_users
from ..review.models import User

CSRF_COOKIE = "cq_csrf"
SESSION_COOKIE = "cq_session"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def host_name(header: str) -> str:
    """The name in a Host header, without port and brackets, lower case."""
    host = header.strip().lower()
    if host.startswith("["):  # [::1]:8000
        return host[1:host.find("]")] if "]" in host else ""
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


WILDCARDS = ("0.0.0.0", "::", "")


class AllowedHosts:
    """The Host names the server answers: loopback names, the address it is bound
    to and ``[web] allowed_hosts`` ("*": any).  Bound to every interface (0.0.0.0),
    it also answers to its own host name and to any IP address: a rebinding page
    always sends a domain name of its own, never the server's address."""

    def __init__(self, bound: str | None = "127.0.0.1", extra=()):
        self.any = "*" in extra
        names = {*LOOPBACK_NAMES, *(host_name(h) for h in extra if h != "*")}
        bound = (bound or "").strip()
        self.wildcard = bound.strip("[]") in WILDCARDS
        if self.wildcard:
            names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        else:
            names.add(host_name(f"[{bound}]" if ":" in bound and not bound.startswith("[") else bound))
        self.names = frozenset(names)

    def __contains__(self, header: str) -> bool:
        name = host_name(header)
        if self.any or name in self.names:
            return True
        if self.wildcard:
            try:
                ipaddress.ip_address(name)
                return True
            except ValueError:
                return False
        return False


@dataclass
class Who:
    user: User | None
    via: str  # "session" | "bearer" | "anonymous"
    csrf: str | None = None  # the CSRF token of a logged-in browser session

    @property
    def name(self) -> str | None:
        return self.user.name if self.user else None

    @property
    def can_edit(self) -> bool:
        return bool(self.user and self.user.role == "editor" and not self.user.disabled)


class SecurityHeaders(BaseHTTPMiddleware):
    """Security headers on every response, and the CSRF cookie on the first one."""

    def __init__(self, app, secure_cookies: bool = False, hosts: AllowedHosts | None = None):
        super().__init__(app)
        self.secure_cookies = secure_cookies
        self.hosts = hosts or AllowedHosts()

    async def dispatch(self, request: Request, call_next):
        # A page of another site whose name now resolves to this address sends its own
        # name as Host: refuse it before anything is read.
        if request.headers.get("host", "") not in self.hosts:
            return PlainTextResponse("400 Bad Request: this server does not answer to that Host name "
                                     "(add it to [web] allowed_hosts)", status_code=400,
                                     headers={"Content-Security-Policy": CSP})
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
        location = h.get("location")
        if location and "://" in location.split("?", 1)[0]:
            # Starlette builds some redirects (a trailing slash) from the Host header:
            # keep only the path and query, so a redirect never leaves this server.
            rest = location.split("://", 1)[1]
            # (one leading slash: "//host" would be another site)
            h["location"] = "/" + (rest.split("/", 1)[1].lstrip("/\\") if "/" in rest else "")
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
        # Wrong secrets count against the account, as at the login form.
        owner = review_users.token_owner(db, token)
        wait = LOGIN_LOCKOUT.wait(owner.name) if owner is not None else 0
        if wait:
            raise HTTPException(429, "too many failed tokens for this account; wait and retry",
                                headers={"Retry-After": str(int(wait) + 1)})
        user = review_users.check_token(db, token)
        if user is None:
            if owner is not None:
                LOGIN_LOCKOUT.fail(owner.name)
            raise HTTPException(401, "invalid or disabled token", headers={"WWW-Authenticate": "Bearer"})
        LOGIN_LOCKOUT.succeed(user.name)
        return Who(user, "bearer")
    found = review_users.session_user(db, request.cookies.get(SESSION_COOKIE))
    if found:
        return Who(found[0], "session", csrf=found[1].csrf)
    return Who(None, "anonymous")


def csrf_token(request: Request, who: Who) -> str:
    """The token this client's forms must carry."""
    return who.csrf or request.state.csrf


def check_csrf(request: Request, who: Who, form_value: str | None = None) -> None:
    """Refuse a state-changing request without this session's CSRF token.

    Logged in: the token stored with the session (a cookie-only double submit
    would pass a cookie planted by another site).  Anonymous: the cookie's."""
    if who.via == "bearer":
        return
    expected = who.csrf if who.via == "session" else request.cookies.get(CSRF_COOKIE)
    given = form_value or request.headers.get("x-csrf-token")
    if not expected or not given or not hmac.compare_digest(expected.encode(), given.encode()):
        raise HTTPException(403, "CSRF check failed: reload the page and try again")


class Lockout:
    """Failed logins per account, with a growing wait.

    Keyed by the account a token names (its id part finds the user), never by
    client address: on loopback every reviewer shares one address, and one
    person guessing must not lock the others out.  After ``limit`` failures in
    a row an account waits ``base`` seconds, doubling with each further failure
    up to ``cap``; a success clears it.  A token naming no account costs no
    hash, so it is simply refused."""

    def __init__(self, limit: int = 5, base: float = 30.0, cap: float = 900.0, clock=time.monotonic):
        self.limit, self.base, self.cap, self.clock = limit, base, cap, clock
        self.seen: dict[str, tuple[int, float]] = {}  # account -> (failures in a row, last at)

    def wait(self, account: str) -> float:
        """Seconds until ``account`` may try again (0: now)."""
        count, last = self.seen.get(account, (0, 0.0))
        if count < self.limit:
            return 0.0
        delay = min(self.cap, self.base * 2 ** (count - self.limit))
        return max(0.0, last + delay - self.clock())

    def fail(self, account: str) -> None:
        count, _ = self.seen.get(account, (0, 0.0))
        self.seen[account] = (count + 1, self.clock())
        if len(self.seen) > 10_000:  # forget accounts idle past the longest wait
            now = self.clock()
            self.seen = {k: v for k, v in self.seen.items() if now - v[1] < self.cap}

    def succeed(self, account: str) -> None:
        self.seen.pop(account, None)


LOGIN_LOCKOUT = Lockout()
