"""The parse's word table (events/token_table.py) and the array-read sentence starts
(nlp/parse.mark_block_starts) read exactly what spaCy's tokens say."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from communique.events.attach import _Sentence, own_tokens  # noqa: E402
from communique.events.clause_parts import is_verb, is_verb_at  # noqa: E402
from communique.events.token_table import token_table  # noqa: E402
from communique.nlp.parse import mark_block_starts  # noqa: E402

TEXTS = [
    "The Ministry of Foreign Affairs of Freedonia strongly condemned the shelling of Port Avalon "
    "on Tuesday and called on all parties to release the detained journalists.",
    "Sylvanian troops were reportedly deployed near the border, officials said, while the "
    "Council's envoy urged restraint.  Talks are expected to resume in Ostrava.",
    "Both governments reserve the right to respond. We, the undersigned, welcome the ceasefire!",
]


def test_the_table_holds_each_tokens_own_attributes(nlp):
    for doc in nlp.pipe(TEXTS):
        tab = token_table(doc)
        assert token_table(doc) is tab   # read once per parse
        assert len(tab.pos) == len(doc)
        for t in doc:
            assert (tab.pos[t.i], tab.tag[t.i], tab.dep[t.i], tab.lower[t.i]) == \
                (t.pos_, t.tag_, t.dep_, t.lower_)
            assert tab.lemma[t.i] == (t.lemma_ or t.lower_).lower()
            assert tab.alpha[t.i] == int(t.is_alpha)
            assert is_verb_at(tab, t.i, doc) == is_verb(t)
            assert (tab.idx[t.i], tab.head[t.i]) == (t.idx, t.head.i)
            assert tab.kids(t.i) == [c.i for c in t.children]
        assert any(is_verb_at(tab, t.i, doc) for t in doc)   # (the texts have verbs)


def test_the_tables_sentence_bounds_are_the_tokens_own(nlp):
    """sent_start / sent_end (read from the table) give each word's Token.sent bounds, in parses
    of several sentences, of a blank-line break, of one word and of none."""
    from communique.events.token_table import sent_end, sent_start

    texts = [*TEXTS, "Statement of the Ministry\n\nThe Ministry welcomes the talks.\nIt hopes.", "Ceasefire", ""]
    for doc in nlp.pipe(texts):
        for t in doc:
            assert (sent_start(t), sent_end(t)) == (t.sent.start, t.sent.end)
        if len(doc) > 1:
            assert len(set(token_table(doc).sent_bounds[0])) == len(list(doc.sents))


def test_subtree_ends_are_the_first_and_last_words_of_the_subtree(nlp):
    """subtree_ends gives the first and last words Token.subtree yields, for every word."""
    from communique.events.token_table import subtree_ends

    for doc in nlp.pipe([*TEXTS, "Ceasefire"]):
        tab = token_table(doc)
        for t in doc:
            sub = list(t.subtree)
            assert subtree_ends(tab, t.i) == (sub[0].i, sub[-1].i)


def test_an_empty_parse_has_an_empty_table(nlp):
    tab = token_table(nlp(""))
    assert tab.pos == tab.lemma == tab.alpha == tab.idx == tab.head == tab.kid_order == []


def _own_by_tokens(roots, stop):
    """attach.own_tokens worked out through each Token's children."""
    out, todo = set(), list(roots)
    while todo:
        t = todo.pop()
        if t.i not in out:
            out.add(t.i)
            todo.extend(ch for ch in t.children if ch.i not in stop)
    return out


def test_own_tokens_walks_the_same_subtrees_as_the_tokens(nlp):
    for doc in nlp.pipe(TEXTS):
        verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
        assert len(verbs) >= 2
        for v in verbs:
            stop = {w.i for w in verbs if w.i != v.i}
            got = own_tokens([v], stop)
            assert got == _own_by_tokens([v], stop)
            assert v.i in got and not (got & stop)
        assert own_tokens(verbs[:2], set()) == _own_by_tokens(verbs[:2], set())
    assert own_tokens([], {1}) == set()


def test_a_sentences_offsets_map_to_its_tokens(nlp):
    """attach._Sentence reads the offsets from the table: each character of a word maps to
    that word (a document offset ``base`` before the sentence), MONEY words are amounts."""
    doc = nlp("Ministers met in Ostrava. The fund pledged 45 million US dollars to Port Avalon.")
    sent = list(doc.sents)[1]
    s = _Sentence(sent, 100)
    assert (s.start, s.end) == (100 + sent.start_char, 100 + sent.end_char)
    for t in sent:
        for off in range(t.idx, t.idx + len(t.text)):
            assert s.token_at(100 + off) == t.i
            assert s.in_amount(100 + off) == (t.ent_type_ == "MONEY")
    assert s.token_at(100 + sent.start_char - 1) is None
    assert any(s.in_amount(100 + t.idx) for t in sent)


def _starts_by_tokens(sdoc, bounds):
    """The sentence starts mark_block_starts sets, worked out token by token."""
    pending, k, blank, out = sorted(bounds), 0, False, []
    for tok in sdoc:
        if tok.is_space:
            blank = blank or tok.text.count("\n") >= 2
            continue
        start = False
        while k < len(pending) and pending[k] <= tok.idx:
            start, k = True, k + 1
        if (start or blank) and tok.i > 0:
            out.append(tok.i)
        blank = False
    return out


def test_block_starts_after_a_blank_line_and_at_each_bound(nlp):
    text = "Statement of the Ministry\n\nThe Ministry welcomes the talks.\nIt hopes for peace. Signed"
    bound = text.index("Signed")
    sdoc = nlp.make_doc(text)
    mark_block_starts(sdoc, [bound, len(text)])
    starts = [t.i for t in sdoc if t.is_sent_start and t.i > 0]
    assert starts == _starts_by_tokens(nlp.make_doc(text), [bound, len(text)])
    assert [sdoc[i].text for i in starts] == ["The", "Signed"]


def test_remembered_columns_equal_the_strings_read_afresh(nlp):
    """The memos of token_table (strings by hash, lowered lemmas by hash) give what decoding
    each hash gives, cold and warm, for parses of one word and none too."""
    from spacy.attrs import LEMMA, LOWER, TAG

    from communique.events import token_table as tt

    docs = list(nlp.pipe([*TEXTS, "Ceasefire", "", "  "]))
    for cold in (True, False, False):
        if cold:
            tt._STRINGS.clear()
            tt._LEMMA_KEYS.clear()
        for doc in docs:
            strings = doc.vocab.strings
            tags = doc.to_array([TAG]).tolist() if len(doc) else []
            lemmas = doc.to_array([LEMMA]).tolist() if len(doc) else []
            lower = [strings[x] for x in (doc.to_array([LOWER]).tolist() if len(doc) else [])]
            assert tt._decoded(strings, tags) == [strings[x] for x in tags]
            assert tt._lemma_keys(strings, lemmas, lower) == \
                [(strings[m] or w).lower() for m, w in zip(lemmas, lower)]
    assert tt._lemma_keys(docs[0].vocab.strings, [0, 0], ["A", "b"]) == ["a", "b"]
