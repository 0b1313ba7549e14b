"""What `communique ingest` reads: files, folders, JSONL batches, URLs and feeds.

:class:`SourceWalker` turns the SOURCE arguments into a stream of
:class:`Unit` objects, one per input (file, JSONL line, page), in a stable order.
Each input gets a key *before* it is parsed (a hash of its bytes, or its URL);
keys already in the archive come out as ``known`` without being read as
documents, so a second run of the same command costs little.  An input that
cannot be read comes out as ``failed`` with a code and a reason; the walk goes on.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..config import Config
from ..document import Document, Source
from ..errors import InputError
from .fetch import FEED_TYPES, Fetcher, FetchError, Response
from .loaders import UNEXPECTED, load_bytes, read_jsonl, unexpected
from .published import UnreadableDate, parse_published

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_PREFIX = "feed:"
_FEED_SUFFIXES = (".rss", ".atom", ".xml")
_FEED_NAMES = ("feed", "rss", "atom", "feed.xml", "rss.xml", "atom.xml")
_CHUNK = 64


@dataclass
class Unit:
    """One input on its way to the archive."""

    kind: str                     # file | jsonl | url | feed
    label: str                    # path, path:line or URL, for messages
    key: str | None = None        # known before parsing; None when the input could not be read
    doc: Document | None = None   # loaded, not yet coded
    status: str = "new"           # new | known | failed (known: in the archive already)
    code: str | None = None
    message: str | None = None
    remember: bool = False        # the failure is in the content itself: skip it next time


def content_key(prefix: str, data: bytes) -> str:
    return f"{prefix}:{hashlib.sha256(data).hexdigest()[:32]}"


def url_key(url: str) -> str:
    return f"url:{url.strip()}"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://", FEED_PREFIX))


def is_feed_url(source: str) -> bool:
    """``feed:URL``, or a URL whose path names a feed (…/feed, …/rss, *.rss, *.atom, *.xml)."""
    if source.startswith(FEED_PREFIX):
        return True
    path = urlsplit(source).path.rstrip("/").lower()
    return path.endswith(_FEED_SUFFIXES) or path.rsplit("/", 1)[-1] in _FEED_NAMES


class SourceWalker:
    def __init__(self, config: Config, is_known: Callable[[Iterable[str]], dict[str, str]],
                 fetcher: Fetcher | None = None):
        self.config = config
        self.extensions = tuple(e.lower() for e in config.store.extensions)
        self.is_known = is_known
        self._fetcher = fetcher
        self.ignored: Counter[str] = Counter()   # files passed over, by reason

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.config.store, max_bytes=self.config.input.max_bytes)
        return self._fetcher

    # -- planning ----------------------------------------------------------------
    def estimate(self, sources: list[str]) -> int:
        """How many inputs there are (feeds count one): for the progress bar."""
        total = 0
        for source in sources:
            if is_url(source):
                total += 1
                continue
            for path in self._files(Path(source), count_ignored=False):
                if path.suffix.lower() == ".jsonl" and path.exists():
                    try:
                        with open(path, "rb") as fh:
                            total += sum(1 for line in fh if line.strip())
                    except OSError:
                        total += 1
                else:
                    total += 1
        return total

    # -- walking -----------------------------------------------------------------
    def units(self, sources: list[str]) -> Iterator[Unit]:
        for source in sources:
            if is_url(source):
                if is_feed_url(source):
                    yield from self._feed(source.removeprefix(FEED_PREFIX))
                else:
                    yield from self._pages([(source, None)])
                continue
            path = Path(source)
            if not path.exists() and not path.is_symlink():
                yield Unit("file", source, status="failed", code="input.missing",
                           message="no such file or folder")
                continue
            files = self._files(path, count_ignored=True)
            plain: list[Path] = []
            for f in files:
                if f.suffix.lower() == ".jsonl":
                    yield from self._files_chunk(plain)
                    plain = []
                    yield from self._jsonl(f)
                else:
                    plain.append(f)
                    if len(plain) >= _CHUNK:
                        yield from self._files_chunk(plain)
                        plain = []
            yield from self._files_chunk(plain)

    def _files(self, path: Path, *, count_ignored: bool) -> list[Path]:
        """The files under ``path`` with a text extension, sorted; a file named
        directly is taken whatever its extension."""
        if not path.is_dir():
            return [path]
        out = []
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs.sort()
            for d in dirs:
                if count_ignored and os.path.islink(os.path.join(root, d)):
                    self.ignored["linked folder (not followed)"] += 1
            for name in sorted(files):
                p = Path(root, name)
                if p.suffix.lower() in self.extensions:
                    out.append(p)
                elif count_ignored:
                    self.ignored[f"extension {p.suffix.lower() or '(none)'}"] += 1
        return out

    def _read(self, path: Path) -> tuple[bytes | None, Unit | None]:
        where = str(path)
        if path.is_symlink() and not path.exists():
            return None, Unit("file", where, status="failed", code="input.broken_link",
                              message="a symbolic link to nothing")
        if path.is_dir():
            return None, Unit("file", where, status="failed", code="input.directory",
                              message="is a folder")
        try:
            size = path.stat().st_size
            limit = self.config.input.max_bytes
            if size > limit:
                return None, Unit("file", where, status="failed", code="input.too_large",
                                  message=f"{size:,} bytes is over the limit of {limit:,}")
            return path.read_bytes(), None
        except PermissionError:
            return None, Unit("file", where, status="failed", code="input.unreadable",
                              message="permission denied")
        except OSError as exc:
            return None, Unit("file", where, status="failed", code="input.unreadable",
                              message=exc.strerror or str(exc))

    def _files_chunk(self, paths: list[Path]) -> Iterator[Unit]:
        if not paths:
            return
        read = [(p, *self._read(p)) for p in paths]
        keys = {str(p): content_key("file", data) for p, data, _ in read if data is not None}
        known = self.is_known(keys.values())
        for path, data, failure in read:
            where = str(path)
            if failure is not None:
                yield failure
                continue
            key = keys[where]
            if key in known:
                yield _known("file", where, key, known[key])
                continue
            fmt = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
            # A file's bytes are its key: a bad one stays bad, so remember it.
            yield self._loaded("file", where, key, data, Source(path=where, format=fmt),
                               remember=True)

    def _loaded(self, kind: str, label: str, key: str, data: bytes, source: Source,
                remember: bool) -> Unit:
        """Parse one input's bytes; a failure comes out as a failed Unit, never raised."""
        try:
            doc = load_bytes(data, source, self.config)
        except InputError as exc:
            return Unit(kind, label, key=key, status="failed", code=exc.code,
                        message=exc.reason, remember=remember)
        except Exception as exc:  # noqa: BLE001 - one input never stops the run
            return Unit(kind, label, key=key, status="failed", code=UNEXPECTED,
                        message=unexpected(exc, label))
        return Unit(kind, label, key=key, doc=doc)

    def _jsonl(self, path: Path) -> Iterator[Unit]:
        where = str(path)
        try:
            fh = open(path, "rb")
        except OSError as exc:
            code = "input.broken_link" if path.is_symlink() and not path.exists() else "input.unreadable"
            yield Unit("jsonl", where, status="failed", code=code, message=exc.strerror or str(exc))
            return
        keys: dict[int, str] = {}
        skipped: list[Unit] = []

        def masked() -> Iterator[bytes]:
            # Known lines become blank lines: read_jsonl skips them without
            # parsing, and its line numbers stay those of the file.
            for chunk in _batched(enumerate(fh, start=1), 500):
                mine = {n: content_key("jsonl", line.strip()) for n, line in chunk if line.strip()}
                known = self.is_known(mine.values())
                for n, line in chunk:
                    key = mine.get(n)
                    if key is None or key in known:
                        if key is not None:
                            skipped.append(_known("jsonl", f"{where}:{n}", key, known[key]))
                        yield b""
                    else:
                        keys[n] = key
                        yield line

        with fh:
            for doc in read_jsonl(masked(), self.config, where):
                yield from skipped
                skipped.clear()
                key = keys.pop(doc.source.line, None)
                if doc.failed:
                    err = doc.errors[0]
                    yield Unit("jsonl", doc.source.label, key=key, status="failed", code=err.code,
                               message=err.message.removeprefix(f"{doc.source.label}: "),
                               remember=err.code != UNEXPECTED)
                else:
                    yield Unit("jsonl", doc.source.label, key=key, doc=doc)
            yield from skipped

    # -- the web -------------------------------------------------------------------
    def _pages(self, links: list[tuple[str, dict[str, Any] | None]]) -> Iterator[Unit]:
        known = self.is_known(url_key(u) for u, _ in links)
        for url, hints in links:
            key = url_key(url)
            if key in known:
                yield _known("url", url, key, known[key])
                continue
            try:
                resp = self.fetcher.get(url)
            except FetchError as exc:
                yield Unit("url", url, key=key, status="failed", code=exc.code, message=exc.reason)
                continue
            except Exception as exc:  # noqa: BLE001 - one page never stops the run
                yield Unit("url", url, key=key, status="failed", code=UNEXPECTED,
                           message=unexpected(exc, url))
                continue
            if _looks_like_feed(resp) and hints is None:
                yield Unit("url", url, key=key, status="failed", code="fetch.is_feed",
                           message=f"this URL is an RSS/Atom feed; give it as {FEED_PREFIX}{url}")
                continue
            source = Source(url=url, format="html" if resp.is_html else "text")
            if hints:
                source.title_hint = hints.get("title")
                source.published_hint = hints.get("published")
            # A page may change behind its URL: try a bad one again next time.
            yield self._loaded("url", url, key, resp.content, source, remember=False)

    def _feed(self, url: str) -> Iterator[Unit]:
        import feedparser

        try:
            resp = self.fetcher.get(url)
        except FetchError as exc:
            yield Unit("feed", url, status="failed", code=exc.code, message=exc.reason)
            return
        except Exception as exc:  # noqa: BLE001 - one feed never stops the run
            yield Unit("feed", url, status="failed", code=UNEXPECTED, message=unexpected(exc, url))
            return
        if resp.is_html:
            yield Unit("feed", url, status="failed", code="feed.not_a_feed",
                       message="the feed URL returned an HTML page, not RSS or Atom")
            return
        try:
            parsed = feedparser.parse(resp.content)
        except Exception as exc:  # noqa: BLE001 - one feed never stops the run
            yield Unit("feed", url, status="failed", code=UNEXPECTED, message=unexpected(exc, url))
            return
        if not parsed.get("version") and not parsed.entries:
            why = parsed.get("bozo_exception")
            yield Unit("feed", url, status="failed", code="feed.invalid",
                       message="not an RSS or Atom feed" + (f" ({why})" if why else ""))
            return
        links = []
        for entry in parsed.entries:
            link = entry.get("link")
            if not link:
                continue
            links.append((link, {"title": (entry.get("title") or "").strip() or None,
                                 "published": _entry_day(entry)}))
        for i in range(0, len(links), _CHUNK):
            yield from self._pages(links[i:i + _CHUNK])


def _known(kind: str, label: str, key: str, stored_status: str) -> Unit:
    """An input the archive has seen; ``code`` says if it failed then."""
    return Unit(kind, label, key=key, status="known",
                code="failed_before" if stored_status == "failed" else None)


def _batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _looks_like_feed(resp: Response) -> bool:
    if resp.content_type in FEED_TYPES and resp.content_type != "application/xml":
        return True
    head = resp.content[:1024].lstrip().lower()
    return head.startswith((b"<rss", b"<feed")) or (
        head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head))


def _entry_day(entry: Any) -> str | None:
    # The stamp as written first: feedparser's *_parsed are converted to UTC, which moves
    # "Wed, 23 Nov 2016 23:30:00 -0500" to the 24th.
    try:
        day = parse_published(entry.get("published") or entry.get("updated"))
    except UnreadableDate:
        day = None
    if day:
        return day
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"
