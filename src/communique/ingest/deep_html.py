"""The text of an HTML page nested deeper than lxml reads.

The HTML extractor (trafilatura) parses with lxml, whose libxml2 stops at 256
levels of nesting and then returns nothing: a page of thousands of nested
elements (generated markup, or one made to break parsers) would be refused as
having no text although it has some.  The standard library's event parser keeps
no tree, so depth costs it nothing; it is used only for such pages, and keeps
the text outside scripts, styles and page furniture (menus, headers, footers).
"""

from __future__ import annotations

from html.parser import HTMLParser

LXML_MAX_DEPTH = 255
_SKIP = {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
         "form", "svg", "button", "select"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "hr", "main"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = self.deepest = self.skipping = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag in _VOID:
            return
        self.depth += 1
        self.deepest = max(self.deepest, self.depth)
        if tag in _SKIP:
            self.skipping += 1

    def handle_endtag(self, tag) -> None:
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.skipping:
            self.parts.append(data)


def text_if_too_deep(html: str) -> str:
    """The page's visible text if it nests deeper than lxml reads, else ""."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    if parser.deepest <= LXML_MAX_DEPTH:
        return ""   # lxml read it: its extractor's verdict stands
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
