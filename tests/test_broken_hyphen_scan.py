"""A capitalised compound broken at its hyphen by a line end ("Secretary- General"): split off,
the hyphen joins the halves (nlp/parse.split_broken_hyphens).  The words tested are found from
the text's "- " (a word ending in "-" before a space ends one): the same words as a test of
every token."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from communique.nlp.parse import split_broken_hyphens  # noqa: E402

TEXTS = [
    "The Secretary- General of the Ostravan League met the Prime- Minister in Port Avalon.",
    "PORT AVALON - Delegates of Guinea- Bissau and Timor- Leste signed the accord.",
    "A well- known envoy said the Mid- term talks would resume. Ex- The meeting ended.",
    "Sylvania- Freedonia relations -  Talks resumed - Ab- Cd ended.  Vice-  President spoke.",
    "Nothing is broken here, not even the long-standing ties.",
    "",
]


def _broken_by_tokens(sdoc) -> list[str]:
    """The words split, found by testing every token (as the function did before)."""
    return [t.text for t in sdoc[:-1] if len(t) > 2 and t.text[-1] == "-" and t.text[0].isupper()
            and t.text[:-1].isalpha() and t.whitespace_ == " " and sdoc[t.i + 1].text[:1].isupper()
            and sdoc[t.i + 1].is_alpha and not sdoc[t.i + 1].is_stop]


def test_broken_compounds_are_split_at_their_hyphen(nlp):
    sdoc = nlp.make_doc(TEXTS[0])
    split_broken_hyphens(sdoc, TEXTS[0])
    words = [t.text for t in sdoc]
    assert words[1:4] == ["Secretary", "-", "General"]
    assert "Prime" in words and words[words.index("Prime") + 1] == "-"
    assert sdoc.text == TEXTS[0]


def test_the_words_split_are_those_a_test_of_every_token_finds(nlp):
    for text in TEXTS:
        for given in (text, None):   # (the text passed, or read from the parse)
            sdoc, ref = nlp.make_doc(text), nlp.make_doc(text)
            expected = _broken_by_tokens(ref)
            n = len(sdoc)
            split_broken_hyphens(sdoc, given)
            assert len(sdoc) == n + len(expected)
            assert sdoc.text == text
            for word in expected:   # each one now two words, the stem and its hyphen
                stem = [t.i for t in sdoc if t.text == word[:-1] and t.i + 1 < len(sdoc)
                        and sdoc[t.i + 1].text == "-"]
                assert stem, (text, word)
