"""Hopes said with a noun or an adjective ("it is our hope that X will ...") are read within the
coder's per-sentence word cap, as the other trigger scans are (bad input: a sentence of
thousands of words), and never in a question.  Sentences written for the test."""

import pytest

spacy = pytest.importorskip("spacy")

from communique.events.hoped_acts import said_hopes  # noqa: E402


def test_a_hope_beyond_the_word_cap_is_not_read(nlp):
    sent = next(nlp("It is our sincere hope that Freedonia will sign the fisheries accord.").sents)
    assert len(said_hopes(sent, set(), 100)) == 1
    assert said_hopes(sent, set(), 3) == []   # "hope" is the fifth word


def test_a_hope_asked_as_a_question_is_none(nlp):
    sent = next(nlp("Is it not our hope that Freedonia will sign the fisheries accord?").sents)
    assert said_hopes(sent, set(), 100) == []
