"""Fetching pages and feeds over HTTP, politely.

One ``httpx.Client`` with timeouts, a User-Agent naming communique, redirects
followed, and a minimum interval between two requests to the same host.  Every
failure becomes a :class:`FetchError` with a code and a reason a person can act
on; nothing here retries in a loop or blocks a run.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from ..config import StoreConfig, default_config
from ..version import __version__
from ..errors import SourceError

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json")


class FetchError(SourceError):
    """A page or feed could not be fetched; ``source`` is its URL."""

    @property
    def url(self) -> str:
        return self.source


@dataclass
class Response:
    url: str            # after redirects
    content: bytes
    content_type: str   # media type without parameters, lower case

    @property
    def is_html(self) -> bool:
        head = self.content[:2048].lstrip().lower()
        return self.content_type in ("text/html", "application/xhtml+xml") or head.startswith(
            (b"<!doctype html", b"<html"))


class Fetcher:
    def __init__(self, settings: StoreConfig | None = None, *, max_bytes: int | None = None):
        settings = settings or default_config().store
        self.timeout = settings.fetch_timeout
        self.interval = settings.per_host_interval
        self.max_bytes = default_config().input.max_bytes if max_bytes is None else max_bytes
        agent = settings.user_agent or "communique/{version}"
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
            headers={"User-Agent": agent.format(version=__version__),
                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                               "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"},
            follow_redirects=True,
        )
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            last = self._last.get(host)
            if last is not None:
                delay = self.interval - (time.monotonic() - last)
                if delay > 0:
                    time.sleep(delay)
            self._last[host] = time.monotonic()

    def get(self, url: str) -> Response:
        """GET ``url``.  Raises :class:`FetchError` on any failure."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "fetch.scheme", "only http and https URLs can be fetched")
        self._wait_turn(url)
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchError(url, "fetch.status",
                                     f"the server answered {resp.status_code} {resp.reason_phrase}")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, "fetch.too_large",
                                         f"the answer is over {self.max_bytes:,} bytes")
                    chunks.append(chunk)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                return Response(str(resp.url), b"".join(chunks), ctype)
        except httpx.TimeoutException:
            raise FetchError(url, "fetch.timeout", f"no answer within {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, "fetch.redirects", "too many redirects") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, "fetch.connect", f"cannot connect: {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, "fetch.failed", f"{type(exc).__name__}: {exc}") from None
