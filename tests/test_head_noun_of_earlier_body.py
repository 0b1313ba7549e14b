"""A body named again by the head word of its name ("the Court" after "the International Court
of Justice", "the Group" after "the Group of Friends of X") is that body, as a short name that
ends its name is; not a government's head word ("the Government and people of X" after "the
Government of Y"), nor a head two bodies of the document share.

Sentences written for these tests; the bodies are real, the events invented.
"""

from __future__ import annotations

from coding_support import statement_acts


def _targets(ex, text, issuer="Ghana"):
    return [tgt for t, _, tgt in statement_acts(ex, text, issuer) if t == "SUPPORT"]


def test_the_head_word_of_an_earlier_body_is_that_body(ex):
    text = "The International Court of Justice gave its opinion in March. We commend the Court for its courage."
    assert ["International Court of Justice"] in _targets(ex, text)


def test_a_head_word_two_bodies_share_is_neither(ex):
    text = ("Judges of the International Criminal Court visited the International Court of Justice in March. "
            "We commend the Court for its courage.")
    assert not any("International Court of Justice" in t or "International Criminal Court" in t
                   for t in _targets(ex, text))


def test_a_governments_head_word_is_no_other_state(ex):
    text = ("The Government of Nigeria spoke first. "
            "We extend our full support to the Government and people of Cuba.")
    assert not any("NGA" in t for t in _targets(ex, text))
