"""Speed changes that must leave every output as it was (helper speed4): the share of control
characters the sniffer counts, a toponym's key after its text changes, the words of a parse
the verb dictionary's prefilter reads, the single conjunct the coordination joiner hands
back, the token table's heads and children.  Sentences and names are made up (Velmora,
Taravel, Orvel).
"""

from __future__ import annotations

from communique.document import Document
from communique.events import dict_prefilter
from communique.ingest.sniff import control_ratio
from communique.resolve.gazetteer import name_key
from communique.resolve.phrase_groups import _within_names
from communique.resolve.toponyms import Toponym


def _per_character(text: str) -> float:
    """The sniffer's definition, one character at a time."""
    if not text:
        return 0.0
    sample = text[:200_000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / len(sample)


def test_control_ratio_counts_the_c0_controls_but_tab_newline_return_and_form_feed():
    every_c0 = "".join(chr(i) for i in range(32))
    for text in ("", "Orvel talks resumed.\n", every_c0, every_c0 + "\ufffd plain words",
                 "tab\there\r\nform\ffeed\vvertical\x00nul \x1b[0m", "é ü \u2028 \x85 \x7f"):
        assert control_ratio(text) == _per_character(text), repr(text)
    assert control_ratio("\x00" * 10 + "a" * 30) == 0.25
    # only the first 200,000 characters are read
    assert control_ratio("a" * 200_000 + "\x00" * 50) == 0.0


def test_toponym_key_follows_its_text():
    t = Toponym(0, 11, "the Velmora", "mention")
    assert t.key == name_key("the Velmora") == "velmora"
    assert t.key == "velmora"   # (asked again: the same)
    t.text = "Taravel-Sud"
    assert t.key == name_key("Taravel-Sud")
    assert Toponym(0, 11, "the Velmora", "mention") == Toponym(0, 11, "the Velmora", "mention")


def test_prefilter_words_are_the_parse_forms_and_lowered_lemmas(stock):
    doc = stock("Taravel Police SEIZED the boats of Orvel's fishermen on Monday.")
    words = dict_prefilter.doc_words(doc)
    expected = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc} | {""}
    assert words == expected
    assert {"seized", "seize", "boats", "boat", "fishermen", "fisherman"} <= words


def test_a_single_conjunct_is_handed_back_as_it_is():
    doc = Document(raw="Velmora and Taravel", text="Velmora and Taravel")
    assert _within_names(doc, []) == []
    assert _within_names(doc, [(0, 7)]) == [(0, 7)]


def test_token_table_heads_and_children_are_the_parse_own(stock):
    from communique.events.token_table import _build

    doc = stock("Velmora and Taravel signed a treaty in Orvel. The ministers left on Friday, "
                "and talks resume next week.")
    tab = _build(doc)
    assert [type(x) for x in tab.head[:2]] == [int, int]
    assert tab.head == [t.head.i for t in doc]
    assert [tab.kids(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
    assert tab.kid_start[-1] == len(doc) and len(tab.kid_start) == len(doc) + 2
    empty = _build(stock(""))
    assert empty.head == [] and empty.kid_order == [] and empty.kid_start == [0, 0]


def test_every_conjunct_but_the_first_word_hangs_as_conj_after_it(stock):
    """phrase_groups.resolve_phrases reads a coordination only in a span holding a "conj" word:
    every reading needs a conjunct in the span, and spaCy's conjuncts are the coordination's
    first word and words hung on it as "conj" to its right (pinned here on several parses)."""
    doc = stock("Velmorian and Taravian forces met officials in Orvel and Sud-Taravel. "
                "The ministers of Velmora, Taravel and Orvel signed, wrote and published a "
                "treaty; the Velmora Farmers Union and its allies protested.")
    seen = 0
    for t in doc:
        group = sorted([t, *t.conjuncts], key=lambda x: x.i)
        first = group[0]
        for x in group[1:]:
            seen += 1
            assert x.dep_ == "conj" and x.i > first.i, (t.text, x.text)
    assert seen >= 6


def test_a_name_singled_out_later_is_still_found_and_none_without_a_singling_word(stock):
    """owners._singled_later walks a noun's clause only when a singling word ("particularly",
    "in particular") follows the noun's phrase: with one the name is found as before."""
    from communique.events.owners import _singled_later

    def singled(text, noun):
        doc = stock(text)
        return [t.text for t in _singled_later(next(t for t in doc if t.text == noun))]

    assert singled("Our thanks go to the organizations, in particular the World Food Programme, "
                   "for their help.", "organizations") == ["Programme"]
    assert singled("Our thanks go to the organizations and the World Food Programme for their help.",
                   "organizations") == []
