"""The search query language, parsed once and written for each full-text engine.

QUERY takes words and "quoted phrases" (all required), OR between two terms
(either one), ``-word`` or ``NOT word`` to exclude, and ``word*`` for a prefix.
``AND`` is accepted and changes nothing.  OR binds the terms on either side of
it before the implicit AND, as PostgreSQL's ``websearch_to_tsquery`` does:
``border crossing OR bridge`` is border AND (crossing OR bridge).

A query is bounded before it reaches an engine: repeated terms count once
(FTS5 takes seconds for a few hundred copies of one word) and more than
:data:`MAX_TERMS` different terms is refused with a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import StoreError

MAX_TERMS = 32
OPERATORS = ("OR", "AND", "NOT")
_TOKEN = re.compile(r'-?"[^"]*"?\*?|\S+')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]   # one word, or a phrase
    prefix: bool = False     # the last word is a prefix


@dataclass
class Query:
    text: str
    clauses: list[tuple[Term, ...]] = field(default_factory=list)  # ANDed; each an OR of terms
    excluded: list[Term] = field(default_factory=list)              # none of these

    @property
    def only_excludes(self) -> bool:
        return not self.clauses and bool(self.excluded)

    def words(self) -> list[str]:
        """The words searched for (not the excluded ones), lower-cased."""
        return [w.casefold() for clause in self.clauses for t in clause for w in t.words]


def parse(query: str) -> Query:
    """Parse a user's query; StoreError when nothing is left to search for or it is too long."""
    q = Query(query)
    pending_or = negate_next = False
    seen: set[Term] = set()
    for token in _TOKEN.findall(query or ""):
        if token in OPERATORS:
            if token == "OR":
                pending_or = bool(q.clauses)
            elif token == "NOT":
                negate_next = True
            continue
        negate = negate_next or (token.startswith("-") and len(token) > 1)
        negate_next = False
        token = token[1:] if token.startswith("-") else token
        words = tuple(re.findall(r"\w+", token))
        if not words:
            continue
        term = Term(words, prefix=token.endswith("*"))
        if negate:
            if term not in q.excluded:
                q.excluded.append(term)
            pending_or = False
        elif pending_or:
            if term not in q.clauses[-1]:
                q.clauses[-1] = q.clauses[-1] + (term,)
            pending_or = False
        elif term not in seen:
            q.clauses.append((term,))
        seen.add(term)
    # A clause that repeats an earlier one (after ORs) adds nothing.
    q.clauses = list(dict.fromkeys(q.clauses))
    if not q.clauses and not q.excluded:
        raise StoreError(f"the query {_short(query)} has no words to search for")
    n = len({t for c in q.clauses for t in c} | set(q.excluded))
    if n > MAX_TERMS:
        raise StoreError(f"the query has {n} different terms; search with at most {MAX_TERMS}")
    return q


def _short(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[:width] + "…")


# -- SQLite FTS5 ----------------------------------------------------------------------
def _fts5_term(t: Term) -> str:
    return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")


def _fts5_or(terms) -> str:
    parts = [_fts5_term(t) for t in terms]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def fts5(q: Query, *, positive: bool = True) -> str:
    """The FTS5 expression of the query.  FTS5's NOT is binary, so a query of
    exclusions only has no expression: ``positive=False`` gives the expression of
    what it excludes (documents matching it are the ones to leave out)."""
    if not positive or q.only_excludes:
        if positive:
            raise StoreError(f"the query {_short(q.text)} only excludes words")
        return _fts5_or(q.excluded)
    expr = " AND ".join(_fts5_or(c) for c in q.clauses)
    if q.excluded:
        expr = f"({expr}) NOT {_fts5_or(q.excluded)}"
    return expr


# -- PostgreSQL tsquery -----------------------------------------------------------------
def tsquery(q: Query, *, positive: bool = True):
    """A SQL tsquery expression (english configuration) of the query; with
    ``positive=False``, of what it excludes."""
    from sqlalchemy import func, literal
    from sqlalchemy.sql.elements import UnaryExpression
    from sqlalchemy.sql.operators import custom_op

    def term(t: Term):
        if not t.prefix:
            return func.phraseto_tsquery("english", " ".join(t.words))
        last = func.to_tsquery("english", literal(f"'{t.words[-1]}':*"))
        if len(t.words) == 1:
            return last
        return func.tsquery_phrase(func.phraseto_tsquery("english", " ".join(t.words[:-1])), last)

    def any_of(terms):
        out = term(terms[0])
        for t in terms[1:]:
            out = out.op("||")(term(t))
        return out

    if not positive:
        return any_of(q.excluded)
    expr = None
    for clause in q.clauses:
        part = any_of(clause).self_group()
        expr = part if expr is None else expr.op("&&")(part)
    if q.excluded:
        excluded = UnaryExpression(any_of(q.excluded).self_group(), operator=custom_op("!!"))
        expr = excluded if expr is None else expr.op("&&")(excluded)
    return expr
