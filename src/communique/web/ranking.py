"""The search page's order and snippets from the archive's full-text index.

With a query, documents come best match first: BM25 from SQLite's FTS5 table
(title weighted as in ``communique search``), ``ts_rank_cd`` on PostgreSQL.
Snippets are cut around the matched words and marked with the private-use
characters of ``snippets.py``: FTS5 ``snippet()`` over the whole text; on
PostgreSQL ``snippets.make`` over the text, or ``ts_headline`` when only a
stemmed form of the words is there."""

from __future__ import annotations

from sqlalchemy import column, func, literal_column, select, table, text

from ..store.errors import StoreError
from ..store.models import DocumentRow
from ..store.query import Query, fts5, parse, tsquery
from .snippets import CLOSE, ELLIPSIS, OPEN, make, to_plain

FTS = table("documents_fts", column("rowid"))
SNIPPET_TOKENS = 32
TEXT_MAX = 100_000  # characters of a document read for its snippet
HEADLINE = (f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=40, MinWords=15, MaxFragments=2, "
            'FragmentDelimiter=" … "')


def _searched(query: str | None) -> Query | None:
    """The parsed query when it has words to rank and mark by (not only exclusions)."""
    if not query:
        return None
    try:
        q = parse(query)
    except StoreError:  # nothing to search for: the archive matches nothing anyway
        return None
    return None if q.only_excludes else q


def _fts_match(q: Query, name: str):
    return text(f"documents_fts MATCH :{name}").bindparams(**{name: fts5(q)})


def ranked(select_docs, dialect: str, query: str | None):
    """``select_docs`` (a select over DocumentRow) ordered best match first, or None
    without words to rank by."""
    q = _searched(query)
    if q is None:
        return None
    if dialect == "postgresql":
        return select_docs.order_by(func.ts_rank_cd(literal_column("documents.search"), tsquery(q)).desc(),
                                    DocumentRow.num.desc())
    scores = (select(FTS.c.rowid.label("num"), literal_column("bm25(documents_fts, 4.0, 1.0)").label("score"))
              .select_from(FTS).where(_fts_match(q, "rank_query")).subquery("ranked"))
    return (select_docs.join(scores, scores.c.num == DocumentRow.num)
            .order_by(scores.c.score, DocumentRow.num.desc()))


def snippets(db, dialect: str, query: str | None, ids: list[str]) -> dict[str, str]:
    """document id -> marked snippet around the query's words."""
    q = _searched(query)
    if q is None or not ids:
        return {}
    if dialect == "postgresql":
        tsq = tsquery(q)
        # The query's own words, found in the text itself (ts_headline drops anything
        # tag-like from what it shows); its stemmed matches when the words are not there.
        texts = dict(db.execute(select(DocumentRow.id, func.left(DocumentRow.text, TEXT_MAX))
                                .where(DocumentRow.id.in_(ids))).all())
        out = {i: make(t, query) for i, t in texts.items()}
        stemmed = [i for i, m in out.items() if OPEN not in m]
        if stemmed:
            rows = db.execute(select(DocumentRow.id, func.ts_headline(
                "english", func.left(DocumentRow.text, TEXT_MAX), tsq, HEADLINE),
                func.left(DocumentRow.text, 400), func.right(DocumentRow.text, 400))
                .where(DocumentRow.id.in_(stemmed)))
            out.update({i: _ellipses(h, head, tail) for i, h, head, tail in rows})
        return out
    match = _fts_match(q, "snippet_query")
    cut = literal_column(f"snippet(documents_fts, 1, char({ord(OPEN)}), char({ord(CLOSE)}), '…', "
                         f"{SNIPPET_TOKENS})")
    nums = select(DocumentRow.num).where(DocumentRow.id.in_(ids))
    found = dict(db.execute(select(FTS.c.rowid, cut).select_from(FTS).where(match, FTS.c.rowid.in_(nums))).all())
    by_num = dict(db.execute(select(DocumentRow.num, DocumentRow.id).where(DocumentRow.id.in_(ids))).all())
    return {by_num[n]: s for n, s in found.items() if n in by_num}


def _ellipses(headline: str, head: str, tail: str) -> str:
    """ts_headline's fragments with … where the text goes on before or after them."""
    plain = " ".join(to_plain(headline)[0].split())
    if not plain:
        return headline
    squash = lambda t: " ".join((t or "").split())  # noqa: E731
    first, last = plain.split(ELLIPSIS)[0].strip(), plain.split(ELLIPSIS)[-1].strip()
    out = headline.strip()
    if not squash(head).startswith(first[:60]):
        out = f"{ELLIPSIS} {out}"
    if not squash(tail).endswith(last[-60:]):
        out = f"{out} {ELLIPSIS}"
    return out
