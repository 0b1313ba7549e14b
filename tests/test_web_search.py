"""The search page's hits: snippets around the matched words (over the whole
text, cut on word boundaries, matches in <mark>, the text escaped) and the best
match first, on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import re

import pytest
from web_support import workbench_client

from communique.web import demo

# A ledger of invented lines: long enough that the word searched for sits far past
# the first 4,000 characters.
LEDGER = " ".join(f"Entry {i} of the Tidewater ledger counts barrels of tar and coils of hemp rope."
                  for i in range(90))
LEDGER_TITLE, KEEPERS, HARBOUR = ("Annual ledger of the Tidewater Guild", "Statement of the lighthouse keepers",
                                  "Harbour notice")
SPECS = [
    {"id": "doc-ledger", "title": "Annual ledger of the Tidewater Guild", "published": "2025-01-10",
     "text": LEDGER + " At the end the guild inspected the lighthouse at Carrow Point and found it dark."},
    {"id": "doc-keepers", "title": "Statement of the lighthouse keepers", "published": "2019-04-02",
     "text": "The lighthouse keepers of Carrow Point met on Tuesday. Each lighthouse needs oil, and the "
             "keepers asked the Tidewater Guild to pay for the lighthouse lamps before winter; a dark "
             "lighthouse is a danger to every boat."},
    {"id": "doc-harbour", "title": "Harbour notice", "published": "2025-06-20",
     "text": "The harbour master posted a notice: <script>alert(1)</script> the old lighthouse road "
             "is closed, and mooring fees rise from May."},
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request, tmp_path_factory):
    with workbench_client(request.param, [demo.build(s) for s in SPECS], tmp_path_factory, "search") as c:
        yield c


def test_snippet_holds_the_match_even_far_into_the_text(client):
    hits = {h["title"]: h for h in client.get("/api/documents", params={"q": "lighthouse"}).json()["documents"]}
    ledger = hits[LEDGER_TITLE]
    assert ledger["snippet"].lower().count("lighthouse") >= 1
    assert ledger["highlights"] and all(ledger["snippet"][s:e].lower() == "lighthouse"
                                        for s, e in ledger["highlights"])
    assert ledger["snippet"].startswith("…")  # the text before was left out, and says so


def test_snippets_are_cut_on_word_boundaries(client):
    for q in ("lighthouse", "barrels", "Carrow Point", "tar"):
        for h in client.get("/api/documents", params={"q": q}).json()["documents"]:
            text = client.get(f"/api/documents/{h['document_id']}").json()["document"]["text"]
            words = set(re.findall(r"\w+", text))
            cut = [w for w in re.findall(r"\w+", h["snippet"]) if w not in words]
            assert cut == [], (q, h["snippet"])


def test_best_match_comes_first(client):
    ranked = [h["title"] for h in client.get("/api/documents", params={"q": "lighthouse"}).json()["documents"]]
    # the keepers' statement (2019) is about lighthouses; the newer ones mention one in passing
    assert ranked[0] == KEEPERS and len(ranked) == 3
    newest = [h["title"] for h in client.get("/api/documents").json()["documents"]]
    assert newest == [HARBOUR, LEDGER_TITLE, KEEPERS]  # no query: newest first


def test_search_page_marks_matches_and_escapes_the_text(client):
    page = client.get("/", params={"q": "lighthouse"}).text
    snippets = re.findall(r'<p class="snippet">(.*?)</p>', page, re.S)
    assert len(snippets) == 3 and all("<mark>lighthouse</mark>" in s.lower() for s in snippets)
    harbour = next(s for s in snippets if "mooring" in s)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in harbour and "<script>" not in harbour
    assert re.sub(r"</?mark>", "", harbour).count("<") == 0  # no other markup
