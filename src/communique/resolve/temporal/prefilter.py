"""Cheap tests that tell when a date pattern cannot match a text, so it is not run.

Every grammar pattern is a large case-insensitive alternation that Python's
``re`` tries at every position of the text.  Two savings keep the output
identical:

- ``lowered(text)`` gives the text in lower case when that is exactly what
  case-insensitive matching sees (same length, no character that folds onto an
  ASCII letter such as "ſ" or the Kelvin sign); the patterns then run
  case-sensitively on it, which ``re`` does about twice as fast.
- ``required_literals(regex)`` reads the parsed pattern and derives strings of
  which every match must contain at least one (per group of a conjunction):
  "century" for the century pattern, a month name or abbreviation for
  "3 December".  A text whose lower-cased form holds none of them is skipped.
  The strings come from the pattern itself, never from a hand-written list, so
  a pattern edited later keeps a sound filter.

(``grammar.py`` adds a probe per pattern: a short regex every match contains.)
The analysis uses the standard library's regex parser (``re._parser``, Python
3.11+); should a later Python lack it, no fast path is taken and every pattern
runs on the whole text as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:
    from re import _constants as C  # noqa: N812  (the parser's opcodes)
    from re import _parser

    _ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
    _REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
    _parser = None

Requirement = tuple[frozenset[str], ...]  # every set must have a member in the text

_MAX_STRINGS = 64      # past this many alternatives a literal set is not worth keeping
_MAX_GROUPS = 3        # the most selective groups of a conjunction are tested


def lowered(text: str) -> str | None:
    """``text.lower()`` when case-sensitive matching of lower-case patterns on it
    is exactly case-insensitive matching on ``text``, at the same offsets; else None."""
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) != len(text):
        return None
    for c in set(_NON_ASCII.findall(text)):
        if not _safe_to_lower(c):
            return None
    return low


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _safe_to_lower(c: str) -> bool:
    low = c.lower()
    if len(low) != 1 or (low != c and low.isascii()) or _FOLDS_ONTO_ASCII.match(c):
        return False
    return all(bool(rx.match(c)) == bool(rx.match(low)) for rx in _CLASSES)


_FOLDS_ONTO_ASCII = re.compile(r"[a-z]", re.IGNORECASE)  # "ſ" ~ "s", Kelvin sign ~ "k", "ı", "İ"
_CLASSES = (re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s"))


def ordered_requirement(req: Requirement | None) -> tuple[tuple[str, ...], ...]:
    """The groups as tuples, shortest strings first (the likeliest to be found).
    Equal groups are equal tuples, so a text's answer can be shared between patterns."""
    return tuple(tuple(sorted(group, key=lambda s: (len(s), s))) for group in req or ())


def holds_one(group: tuple[str, ...], low: str) -> bool:
    """True when ``low`` contains one of the strings (``in``: a fast substring search)."""
    for s in group:
        if s in low:
            return True
    return False


def required_literals(pattern: str, flags: int = 0) -> Requirement | None:
    """Groups of lower-case strings, every match containing a member of each group
    (None: no such strings could be derived, the pattern must always run)."""
    tree = _parse(pattern, flags)
    if tree is None:
        return None
    _, groups = _sequence(tree)
    groups = [_minimal(g) for g in groups if g and min(map(len, g)) > 0]
    groups = sorted(set(groups), key=lambda g: (-min(map(len, g)), len(g)))[:_MAX_GROUPS]
    return tuple(groups) or None


def lowercase_only(pattern: str) -> bool:
    """True when no literal or range of the pattern holds an upper-case letter, so that
    the pattern run case-sensitively on lower-cased text matches as it would
    case-insensitively on the text."""
    tree = _parse(pattern, 0)
    return tree is not None and _no_upper(tree)


@lru_cache(maxsize=64)
def _parse(pattern: str, flags: int) -> list | None:
    """The parsed pattern's top-level items (parsed once for both analyses above)."""
    if _parser is None:
        return None
    try:
        return list(_parser.parse(pattern, flags & ~re.IGNORECASE))  # case does not change the parse
    except Exception:  # a parser from another Python version: no fast path, run the pattern
        return None


def _no_upper(items) -> bool:
    for op, av in items:
        if op is C.LITERAL and chr(av) != chr(av).lower():
            return False
        if op in (C.IN, C.NOT_LITERAL) and not _class_no_upper(av if op is C.IN else [(C.LITERAL, av)]):
            return False
        if op is C.SUBPATTERN and not _no_upper(list(av[-1])):
            return False
        if op is C.ATOMIC_GROUP and not _no_upper(list(av)):
            return False
        if op is C.BRANCH and not all(_no_upper(list(alt)) for alt in av[1]):
            return False
        if op in _REPEATS and not _no_upper(list(av[2])):
            return False
        if op in (C.ASSERT, C.ASSERT_NOT) and not _no_upper(list(av[1])):
            return False
        if op is C.GROUPREF_EXISTS:
            return False  # not used by the grammar; not worth proving
    return True


def _class_no_upper(members) -> bool:
    for op, av in members:
        if op is C.LITERAL and chr(av) != chr(av).lower():
            return False
        if op is C.RANGE and any(chr(c) != chr(c).lower() for c in range(av[0], av[1] + 1)):
            return False
    return True


def _minimal(group: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another member: if "jan" is absent, so is "january"."""
    return frozenset(s for s in group if not any(t != s and t in s for t in group))


def _best(groups: list[frozenset[str]]) -> frozenset[str] | None:
    usable = [g for g in groups if g and min(map(len, g)) > 0]
    return max(usable, key=lambda g: (min(map(len, g)), -len(g))) if usable else None


def _item(op, av) -> tuple[set[str] | None, list[frozenset[str]]]:
    """(the exact strings the item matches, if few and fixed; required groups)."""
    if op is C.LITERAL:
        ch = chr(av).lower()
        return ({ch} if len(ch) == 1 else None), []
    if op is C.IN:
        if all(o is C.LITERAL for o, _ in av) and len(av) <= 8:
            chars = {chr(a).lower() for _, a in av}
            if all(len(ch) == 1 for ch in chars):
                return chars, []
        return None, []
    if op in _ZERO_WIDTH:
        return {""}, []
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        exact: set[str] | None = set()
        required: set[str] | None = set()
        for alt in av[1]:
            e, groups = _sequence(list(alt))
            exact = exact | e if exact is not None and e is not None else None
            best = _best(groups + ([frozenset(e)] if e else []))
            required = required | best if required is not None and best is not None else None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        return exact, ([frozenset(required)] if required and exact is None else [])
    if op in _REPEATS:
        lo, hi, inner = av
        if lo == 0:
            return None, []
        e, groups = _sequence(list(inner))
        if e is not None and lo == hi == 1:
            return e, groups
        return None, groups + ([frozenset(e)] if e else [])
    return None, []  # any character, a back-reference, a category: nothing required


def _sequence(items) -> tuple[set[str] | None, list[frozenset[str]]]:
    """Consecutive exact items concatenate into longer literals ("cen"+"tury")."""
    groups: list[frozenset[str]] = []
    run: set[str] | None = {""}
    all_exact = True
    for op, av in items:
        exact, sub = _item(op, av)
        groups.extend(sub)
        if exact is not None and run is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = {a + b for a in run for b in exact}
            continue
        if exact is not None and run is not None:  # too many combinations: start afresh
            groups.append(frozenset(run))
            run = set(exact)
            all_exact = False
            continue
        if run:
            groups.append(frozenset(run))
        run = {""}
        all_exact = False
    if run:
        groups.append(frozenset(run))
    return (run if all_exact else None), groups
