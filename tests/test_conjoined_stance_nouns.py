"""A speech-act noun coordinated after another noun is still the act said: "we assure you of
our full cooperation and support", "we extend our friendship and solidarity to X"; and the
singular "congratulation" of "words / a message of congratulation" is a noun of thanks as the
plural is (issue 14).

Sentences written for these tests; the states are real, the events invented.
"""

from __future__ import annotations

from coding_support import statement_acts


def _supports(ex, text, issuer="Botswana"):
    return [tgt for t, _, tgt in statement_acts(ex, text, issuer) if t == "SUPPORT"]


def test_a_conjoined_noun_conveyed_is_the_act(ex):
    assert ["TCD"] in _supports(ex, "We extend our friendship and solidarity to the brave people of Chad.")


def test_a_conjoined_noun_assured_is_the_act(ex):
    assert _supports(ex, "Madam President, we assure you of our full cooperation and support in your work.")


def test_words_of_congratulation_are_congratulations(ex):
    assert ["KEN"] in _supports(ex, "We extend warm words of congratulation to Kenya on its successful elections.")


def test_conjoined_nouns_of_no_act_are_no_support(ex):
    assert not _supports(ex, "We offer our experience and expertise to the people of Chad.")
