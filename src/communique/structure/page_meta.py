"""Who a web page says wrote it: ``<meta name="author">``, Dublin Core creators, ``og:site_name``.

Read here rather than from the text extractor, which keeps only authors that look like a
person's name ("Ministry of Foreign Affairs of X" would be lost).  Whether such a name is an
issuer is the actors stage's decision (a known state, office or body; never a writer).
"""

from __future__ import annotations

_AUTHOR_NAMES = ("author", "dc.creator", "dc:creator", "dcterms.creator", "creator")


def page_issuer_meta(html: str) -> tuple[str | None, str | None]:
    """(author, site name) from a page's ``<meta>`` tags; None for each one missing."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html[:200_000])
    except Exception:  # unparsable head: the page is still read by the text extractor
        return None, None
    author = site = None
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().casefold()
        content = " ".join((meta.get("content") or "").split())
        if not content:
            continue
        if author is None and name in _AUTHOR_NAMES:
            author = content
        elif site is None and name == "og:site_name":
            site = content
    return author, site
