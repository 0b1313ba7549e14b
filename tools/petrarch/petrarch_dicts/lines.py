"""What the dictionary formats share: comments, phrases as words, bracketed codes."""

from __future__ import annotations

import re
from pathlib import Path

_COMMENT = re.compile(r"<!--.*?-->")
CODE = re.compile(r"\[([^\]]*)\]")


class DictionaryError(ValueError):
    """A dictionary line the compiler cannot read at all."""


def strip_comment(line: str) -> str:
    line = _COMMENT.sub("", line)
    return line.split("#", 1)[0].rstrip()


def content_lines(text: str):
    """The lines of a dictionary text that say something, their comments taken off: no blank
    line, no comment line, no ``<!`` line (the files' headers)."""
    for raw in text.splitlines():
        if raw.startswith("<!"):
            continue
        line = strip_comment(raw).strip()
        if line:
            yield line


def words(phrase: str) -> str:
    """A dictionary phrase as lower-case words separated by single blanks."""
    return " ".join(phrase.replace("_", " ").lower().split())


def plural_of(w: str) -> str:
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    return w + "s"



def read_text(path: Path) -> str:
    if not path.is_file():
        raise DictionaryError(f"{path}: dictionary file not found")
    return path.read_bytes().decode("utf-8", errors="replace")

