"""The phrase lists the structure parser reads (``org_words.txt``, ``phrases.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Words an organisation name may carry in lower case ("Ministry of Foreign Affairs").
FUNCTION_WORDS = frozenset(
    "of the for and on in at to de du des la le el al a an & - – |".split()
)
_WORD = re.compile(r"[\w&'’.-]+")
# A line ending like a sentence.
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text("utf-8")


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    words: set[str] = set()
    for row in _read("org_words.txt").splitlines():
        if not row.startswith("#"):
            words.update(w.casefold() for w in row.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def phrases() -> dict[str, tuple[re.Pattern[str], ...]]:
    out: dict[str, list[re.Pattern[str]]] = {}
    for row in _read("phrases.tsv").splitlines():
        if not row.strip() or row.startswith("#") or row.startswith("kind\t"):
            continue
        kind, pattern = row.split("\t", 1)
        out.setdefault(kind, []).append(re.compile(pattern, re.I))
    return {k: tuple(v) for k, v in out.items()}


def matches(kind: str, text: str) -> bool:
    """True when a ``kind`` phrase matches the whole of ``text``."""
    return any(p.fullmatch(text.strip()) for p in phrases().get(kind, ()))


def statement_noun() -> str:
    """One regex alternation of the statement nouns."""
    return "(?:" + "|".join(p.pattern for p in phrases()["statement"]) + ")"


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_name_like(text: str, max_content_words: int = 6) -> bool:
    """Title Case words only (function words aside), no sentence punctuation."""
    ws = words(text)
    if not ws or SENTENCE_END.search(text.strip()):
        return False
    content = [w for w in ws if w.casefold() not in FUNCTION_WORDS]
    if not content or len(content) > max_content_words:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def is_org_name(text: str, max_content_words: int = 6) -> bool:
    """A name-like line holding an organisation word: "Hamas Movement", "Ministry of ..."."""
    if not is_name_like(text, max_content_words):
        return False
    vocab = org_words()
    return any(w.casefold().strip(".") in vocab for w in words(text))


@lru_cache(maxsize=1)
def _office_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for n, row in enumerate(_read("office_words.tsv").splitlines(), 1):
        if row.strip() and not row.startswith("#") and not row.startswith("word\t"):
            parts = row.split("\t")
            if len(parts) != 2:   # (a packaged data file: a bad row is a bug, named where it is)
                raise ValueError(f"structure/office_words.tsv line {n}: expected 'word<TAB>use', "
                                 f"got {row!r}")
            out[parts[0].strip().casefold()] = parts[1].strip()
    return out


# "the Office of the Spokesperson" is that office's bureau: no owner either.
_OFFICE_OF = re.compile(r"^(?:(?:the|a|an)\s+)?(?:office\s+of\s+)?(?:the\s+)?", re.I)


def bare_office(text: str) -> str | None:
    """The office a phrase names when it names only an office and no owner of it ("the
    Spokesperson", "High Representative", "Office of the Deputy Spokesperson" -> "Spokesperson",
    "High Representative", "Deputy Spokesperson"); None for a name or an office of someone
    ("Spokesperson of the Ministry of ...", "UN Secretary-General")."""
    office = " ".join(text[_OFFICE_OF.match(text).end():].split()).strip(" .,;:")
    ws = office.split()
    table = _office_words()
    if not ws or any(table.get(w.casefold()) is None for w in ws):
        return None
    return office if table[ws[-1].casefold()] in ("head", "voice") else None


def speaks_for_owner(office: str) -> bool:
    """An office whose holder speaks for its owner ("Spokesperson", "Deputy Spokesman")."""
    ws = office.split()
    return bool(ws) and _office_words().get(ws[-1].casefold()) == "voice"


def names_statement(text: str) -> bool:
    """The line speaks of a statement ("UNICEF Statement on ..."): a title, not a header."""
    return re.search(rf"\b{statement_noun()}\b", text, re.I) is not None
