"""Turn bytes, files and JSONL batches into :class:`Document` objects.

Single inputs raise :class:`InputError` naming the input.  Batches never raise
for one bad record: the record becomes a document carrying an ``input.*`` error.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..config import Config
from ..document import Document, Source
from ..errors import InputError
from ..structure.api import page_issuer_meta
from . import sniff
from .published import UnreadableDate, parse_published

log = logging.getLogger(__name__)

# An input whose reading raised something we did not foresee (a bug, a broken
# install): not a verdict on the content, so it is tried again on the next run.
UNEXPECTED = "input.failed"


# trafilatura logs its own heuristics ("discarding data: None") as warnings; what
# matters to the user is our one-line verdict on the page.
if logging.getLogger("trafilatura").level == logging.NOTSET:
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def unexpected(exc: BaseException, where: str) -> str:
    """The message for an unforeseen error while reading ``where`` (logged with -v)."""
    log.debug("reading %s failed", where, exc_info=exc)
    return f"unexpected error while reading it: {type(exc).__name__}: {exc}"


def check_published(value: Any, where: str) -> str | None:
    """A caller-supplied publication date as YYYY-MM-DD (see :mod:`.published` for what is
    read).  Raises :class:`InputError` naming ``where`` when it is not a day we can trust."""
    try:
        return parse_published(value)
    except UnreadableDate as exc:
        raise InputError(where, "input.published", f"published date {exc}") from None


_UTF8_NAMES = ("utf-8", "utf-8-sig", "ascii")
# Line breaks other than "\n" that Unicode knows (CR LF, CR, LS, PS, NEL, VT, FF).
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Decode bytes as text, detecting the encoding.  Returns (text, encoding).

    UTF-8 (with or without BOM) and UTF-16 (with a BOM, or recognised by its NUL bytes)
    first; then Windows-1252, the legacy encoding of most English web pages and office
    files, when it reads the bytes as mostly plain Latin letters; then charset-normalizer's
    best guess (Cyrillic, Greek, Arabic code pages ...).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise InputError(where, "input.encoding",
                             "starts with a UTF-8 mark but is not valid UTF-8") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    utf16 = sniff.utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if sniff.latin_share(text) >= 0.7 and sniff.control_ratio(text) == 0:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(data[:1_000_000])
    best = results.best()
    if best is not None:
        # Equal guesses: prefer the Windows / ISO code pages to the rarer Mac and DOS ones.
        common = [r for r in results if r.chaos <= best.chaos + 0.01
                  and r.encoding.startswith(("cp125", "iso8859", "koi8"))]
        best = common[0] if common else best
    if best is None or best.encoding is None:
        raise InputError(where, "input.encoding", "not UTF-8, and no text encoding reads it (binary data?)")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        raise InputError(
            where, "input.encoding", f"not UTF-8; detected {best.encoding}, which does not decode it"
        ) from None


def load_bytes(data: bytes, source: Source, config: Config) -> Document:
    """Read one input given as bytes.  Raises :class:`InputError`."""
    where = source.label
    limits = config.input
    if len(data) > limits.max_bytes:
        raise InputError(
            where, "input.too_large",
            f"{len(data):,} bytes is over the limit of {limits.max_bytes:,} "
            "(raise [input] max_bytes to read it)",
        )
    if not data.strip():
        raise InputError(where, "input.empty", "the input is empty")
    kind = sniff.binary_kind(data)
    if kind:
        raise InputError(where, "input.binary", f"this is {kind}, not text")
    nul = data.count(0, 0, 65536)
    if nul > 3 and nul > min(len(data), 65536) // 1000 and not sniff.utf16_without_bom(data) \
            and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(where, "input.binary", "binary data (NUL bytes), not text")
    text, encoding = decode(data, where)
    source.encoding = encoding
    if sniff.control_ratio(text) > limits.max_binary_ratio:
        raise InputError(where, "input.binary", "binary data (control characters), not text")
    encoded = sniff.encoded_kind(text)
    if encoded:
        raise InputError(where, "input.binary", f"this is {encoded}")
    is_html = source.format == "html" or (source.format == "text" and sniff.looks_like_html(data))
    if is_html:
        source.format = "html"
        doc = _from_html(text, source, config)
    else:
        doc = load_text(text, source, config)
    if encoding not in _UTF8_NAMES:
        doc.add_error("notice.encoding", f"{where}: not UTF-8; read as {encoding}", stage="input")
    return doc


def load_text(text: str, source: Source, config: Config) -> Document:
    text = unicodedata.normalize(config.input.unicode_form, text)
    text = _LINE_BREAKS.sub("\n", text).replace("\x00", "")
    if not text.strip():
        raise InputError(source.label, "input.empty", "the input has no text")
    return Document(raw=text, source=source)


def _from_html(html: str, source: Source, config: Config) -> Document:
    import trafilatura

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, deduplicate=False, url=source.url,
    )
    meta = result.as_dict() if result is not None and hasattr(result, "as_dict") else (result or {})
    body = (meta.get("text") or "").strip()
    if not body:   # lxml returns nothing for a page nested deeper than it reads
        from .deep_html import text_if_too_deep

        body = text_if_too_deep(html)
    words = len(body.split())
    if words < config.input.min_html_words:
        found = f" (only {words} word{'s' if words != 1 else ''} outside scripts and menus)" if words else ""
        raise InputError(source.label, "input.no_text",
                         f"HTML page with no main text to extract{found}")
    title = (meta.get("title") or "").strip() or None
    source.title_hint = source.title_hint or title
    source.sitename = meta.get("sitename") or None
    author, site = page_issuer_meta(html)
    source.author = author or (meta.get("author") or "").strip() or None
    source.sitename = source.sitename or site
    unreadable = None
    try:
        source.date_hint = parse_published(meta.get("date"))
    except UnreadableDate as exc:
        unreadable = f"{source.label}: the page's metadata date {exc}; ignored"
    # The title is part of the statement: keep it at the top of the text so
    # that offsets cover it, unless the extractor already kept it.
    head = [ln.strip().casefold() for ln in body.split("\n", 6)[:6]]
    if title and title.casefold() not in head:
        body = f"{title}\n\n{body}"
    doc = load_text(body, source, config)
    if unreadable:
        doc.add_error("notice.published", unreadable, stage="input")
    return doc


def load_path(path: str | Path, config: Config, published: str | None = None) -> Document:
    """Read one file.  ``-`` reads standard input."""
    import sys

    p = Path(path)
    if str(path) == "-":
        limit = config.input.max_bytes
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError("<stdin>", "input.too_large",
                             f"more than the limit of {limit:,} bytes "
                             "(raise [input] max_bytes to read it)")
        source = Source(path=None)
    else:
        where = str(p)
        if p.is_dir():
            raise InputError(where, "input.directory", "is a folder, not a file")
        if not p.exists():
            raise InputError(where, "input.missing", "no such file (or a broken link)")
        try:
            size = p.stat().st_size
            if size > config.input.max_bytes:
                raise InputError(
                    where, "input.too_large",
                    f"{size:,} bytes is over the limit of {config.input.max_bytes:,} "
                    "(raise [input] max_bytes to read it)",
                )
            data = p.read_bytes()
        except PermissionError:
            raise InputError(where, "input.unreadable", "permission denied") from None
        except OSError as exc:
            raise InputError(where, "input.unreadable", exc.strerror or str(exc)) from None
        fmt = "html" if p.suffix.lower() in (".html", ".htm", ".xhtml") else "text"
        source = Source(path=where, format=fmt)
    source.published_hint = check_published(published, source.label)
    return load_bytes(data, source, config)


def read_jsonl(lines, config: Config, where: str) -> Iterator[Document]:
    """Documents from JSONL lines ``{id, text, published?, title?, url?, issuer?}``.

    A bad line yields a document with an ``input.*`` error, so the batch goes on
    and the output keeps one object per input line, in order.
    """
    for number, line in enumerate(lines, start=1):
        source = Source(path=where, format="jsonl", line=number)
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield _failed(source, None, "input.encoding",
                              f"the line is not UTF-8 (byte {exc.start + 1}); JSONL must be UTF-8")
                continue
        if not line.strip():
            continue  # blank lines separate nothing; they are not records
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failed(source, None, "input.jsonl", f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield _failed(source, None, "input.jsonl", "a JSONL line must be an object")
            continue
        rid = record.get("id")
        rid = None if rid is None else str(rid)
        source.record = rid
        text = record.get("text")
        if not isinstance(text, str):
            yield _failed(source, rid, "input.jsonl", "the record has no string field 'text'")
            continue
        # An unreadable date costs the record its date, not the record: it is coded
        # without one (the text may still date it) and the error says why.
        unreadable = None
        try:
            source.published_hint = check_published(record.get("published"), source.label)
        except InputError as exc:
            unreadable = f"{exc}; coded without it"
        try:
            if isinstance(record.get("title"), str):
                source.title_hint = record["title"].strip() or None
            if isinstance(record.get("url"), str):
                source.url = record["url"]
            source.issuer_hint, issuer_problem = issuer_field(record.get("issuer"))
            doc = load_bytes(text.encode("utf-8"), source, config)
        except InputError as exc:
            yield _failed(source, rid, exc.code, exc.reason)
            continue
        except Exception as exc:  # noqa: BLE001 - one record never stops the batch
            yield _failed(source, rid, UNEXPECTED, unexpected(exc, source.label))
            continue
        doc.id = rid
        if unreadable:
            doc.add_error("notice.published", unreadable, stage="input")
        if issuer_problem:
            doc.add_error("notice.issuer", f"{source.label}: {issuer_problem}", stage="input")
        yield doc


def issuer_field(value: Any) -> tuple[list[str] | None, str | None]:
    """A record's optional ``issuer``: a name or ISO 3166 code, or a list of them.

    Returns (names, problem): values that are no non-empty string are left out and named
    in the problem (the record is still coded)."""
    if value is None:
        return None, None
    items = value if isinstance(value, list) else [value]
    names = [" ".join(v.split()) for v in items if isinstance(v, str) and v.strip()]
    bad = [v for v in items if not (isinstance(v, str) and v.strip())]
    problem = (f"issuer: left out {len(bad)} value(s) that are no name or code: "
               f"{', '.join(repr(b) for b in bad[:3])}") if bad else None
    return names or None, problem


def _failed(source: Source, rid: str | None, code: str, message: str) -> Document:
    doc = Document(raw="", source=source, id=rid)
    doc.add_error(code, f"{source.label}: {message}", stage="input")
    return doc
