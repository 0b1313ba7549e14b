"""The remembered lemmatizer gives exactly the lemmas of the model as shipped."""

import pytest

from communique.nlp.lemma_memo import MemoLemmatizer, remember_lemmas

# Base forms and inflected forms of one word under several tags, proper nouns,
# contractions, numbers, symbols and whitespace tokens.
TEXTS = [
    "The ministers met. The minister meets the envoys; envoys met ministers again.",
    "Rebels attacked, are attacking and will attack the town of Dorvan's largest market.",
    "He ain't here. They've gone, we're staying; I'd said it's better.",
    "THE COUNCIL CONDEMNS THE ATTACKS ON 3 May 2021 -- 45 % of 1,200 homes.\n\n  Done.",
    "",
    "   \n\t ",
]


@pytest.fixture(scope="module")
def texts(example_texts):
    return TEXTS + example_texts


def _lemmas(docs):
    return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in docs]


def test_remembered_lemmas_are_the_models(stock, texts):
    import spacy

    fast = spacy.load(stock.path)
    assert remember_lemmas(fast)
    memo = fast.get_pipe("lemmatizer").pipe.__self__
    assert isinstance(memo, MemoLemmatizer)
    expected = _lemmas(stock.pipe(texts))
    assert _lemmas(fast.pipe(texts)) == expected
    assert memo.memo  # the triples seen are remembered ...
    assert _lemmas(fast.pipe(texts)) == expected  # ... and read back the same


def test_a_lemma_set_earlier_is_kept(stock):
    import spacy

    fast = spacy.load(stock.path)
    remember_lemmas(fast)
    # The attribute ruler sets some lemmas itself (contractions); the lemmatizer
    # leaves a token with a lemma alone unless told to overwrite.
    a, b = next(stock.pipe(["I'm sure they'll go."])), next(fast.pipe(["I'm sure they'll go."]))
    assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert b[1].lemma_ == "be"


def test_the_parse_stage_uses_it_unless_switched_off(config):
    from communique.nlp.parse import Parser

    on = Parser(config.parse)
    off = Parser(config.with_overrides({"parse": {"lookup_attribute_ruler": False}}).parse)
    assert isinstance(on.nlp.get_pipe("lemmatizer").pipe.__self__, MemoLemmatizer)
    assert not isinstance(getattr(off.nlp.get_pipe("lemmatizer").pipe, "__self__", None),
                          MemoLemmatizer)
