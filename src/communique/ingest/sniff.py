"""Recognise what a byte string is before trying to read it as text."""

from __future__ import annotations

import re

# Magic numbers of formats people hand over by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAGS = re.compile(rb"</(p|div|span|body|html|article|script)>", re.I)


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[4:8] == b"ftyp":
        return "a video or image container"
    return None


_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=]{200,}")
# C0 controls other than tab, line feed, form feed and carriage return; the replacement character
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_DATA_URI = re.compile(r"^\s*data:[\w.+-]+/[\w.+-]+;base64,", re.I)


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" / "utf-16-be" when every other byte is NUL, as in UTF-16 text without a BOM."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def encoded_kind(text: str) -> str | None:
    """Name a file pasted as text in an encoded form (a data: URI, a base64 blob)."""
    if _DATA_URI.match(text):
        return "a data: URI (an encoded file), not text"
    sample = text[:20_000]
    blob = sum(len(m.group()) for m in _BASE64_RUN.finditer(sample))
    if sample and blob > 0.8 * len(sample.strip()):
        return "base64-encoded data, not text"
    return None


def latin_share(text: str) -> float:
    """Share of letters that are plain ASCII: near 1 for English, low for misread scripts."""
    letters = [ch for ch in text[:100_000] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ch.isascii() for ch in letters) / len(letters)


def control_ratio(text: str) -> float:
    """Share of characters that never occur in prose (NUL and other C0 controls)."""
    if not text:
        return 0.0
    sample = text[:200_000]
    # (counted by a regular expression: a Python test per character was 0.1 ms per page)
    return len(_CONTROL.findall(sample)) / len(sample)


def looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    return bool(_HTML_START.search(head)) or len(_HTML_TAGS.findall(head)) >= 3
