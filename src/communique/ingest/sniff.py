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


def control_ratio(text: str) -> float:
    """Share of characters that never occur in prose (NUL and other C0 controls)."""
    if not text:
        return 0.0
    sample = text[:200_000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / len(sample)


def looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    return bool(_HTML_START.search(head)) or len(_HTML_TAGS.findall(head)) >= 3
