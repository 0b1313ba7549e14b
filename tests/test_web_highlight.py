"""Highlighting spans that nest and overlap: the HTML is well-formed, its text is
exactly the document text, and every character carries the annotations covering it."""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.web.highlight import Annotation, annotations_from_document, highlight


class Walk(HTMLParser):
    """Text of the fragment with, per character, the data-* refs of the open <mark>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.marks, self.open = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag == "span":  # a bidi control, isolated
            assert dict(attrs)["class"] == "ctl"
            self.ctl = True
            return
        assert tag == "mark" and not self.open, "marks never nest"
        self.open.append(dict(attrs))

    def handle_endtag(self, tag):
        if tag == "span":
            self.ctl = False
            return
        assert tag == "mark" and self.open
        self.open.pop()

    def handle_data(self, data):
        if getattr(self, "ctl", False):
            assert len(data) == 1 and unicodedata.category(data) == "Cf", data  # the control alone
        for ch in data:
            self.text.append(ch)
            self.marks.append(self.open[-1] if self.open else {})


def walk(fragment: str) -> Walk:
    w = Walk()
    w.feed(fragment)
    w.close()
    assert not w.open
    return w


texts = st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\u00e9\u202e\u2067\u202c")), min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_any_spans_give_well_formed_html_over_the_exact_text(text, data):
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n),
                                         st.sampled_from(["actor", "place", "event"]),
                                         st.sampled_from(["a1", "a2", "e1"])), max_size=8))
    anns = [Annotation(min(a, b), max(a, b), k, r) for a, b, k, r in spans]
    w = walk(str(highlight(text, anns)))
    assert "".join(w.text) == text
    for i in range(n):
        covering = {(a.kind, a.ref) for a in anns if a.start <= i < a.end}
        shown = {(k[5:], r) for k, v in w.marks[i].items() if k.startswith("data-") and k[5:]
                 in ("actor", "place", "event") for r in v.split()}
        assert shown == covering


def test_nested_and_overlapping_spans_split_into_flat_marks():
    text = "The Guild of Tanners met the Port Board."
    anns = [Annotation(0, 39, "event", "e1"), Annotation(4, 20, "actor", "a1"),
            Annotation(13, 20, "actor", "a2"), Annotation(25, 39, "event", "e2")]
    out = str(highlight(text, anns, selected="e2"))
    assert out.startswith('<mark class="hl-event" data-start="0" data-end="4" data-event="e1">The </mark>')
    assert '<mark class="hl-actor hl-event" data-start="13" data-end="20" data-actor="a1 a2" data-event="e1">Tanners</mark>' in out
    assert 'data-start="25" data-end="39" data-event="e1 e2">the Port Board</mark>.' in out
    assert re.search(r'class="hl-event hl-selected" data-start="25"', out)


def test_markup_in_text_and_ids_is_escaped():
    text = '<script>x</script> & "q"'
    out = str(highlight(text, [Annotation(0, 8, "actor", '"><img src=x onerror=1>')]))
    assert "<script>" not in out and "<img" not in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_document_annotations_cover_actors_places_dates_events_and_fields():
    doc = {"actors": [{"id": "a1", "mentions": [{"start": 0, "end": 3}]}],
           "places": [{"id": "p1", "mentions": [{"start": 4, "end": 8}]}],
           "dates": [{"start": 9, "end": 13, "value": "2025"}],
           "events": [{"id": "e1", "evidence": {"start": 0, "end": 13},
                       "field_evidence": {"type": [{"start": 4, "end": 8}]}}]}
    kinds = sorted((a.kind, a.ref) for a in annotations_from_document(doc))
    assert kinds == [("actor", "a1"), ("date", "2025"), ("event", "e1"), ("field", "e1"), ("place", "p1")]


def test_bidi_controls_in_the_text_are_isolated_and_shown():
    text = "The Guild \u202eyadnom no\u202c met."
    html = str(highlight(text, [Annotation(4, 9, "actor", "a1")]))
    assert '<span class="ctl" data-cp="U+202E">\u202e</span>' in html
    assert '<span class="ctl" data-cp="U+202C">\u202c</span>' in html
    assert "".join(walk(html).text) == text  # offsets unchanged
