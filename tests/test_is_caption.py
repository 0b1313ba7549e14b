"""is_caption: too short to tell an act, or a verbless line with a caption word."""

import pytest

from communique.events.cues import load_cues
from communique.events.sentences import is_caption


@pytest.mark.parametrize("text, expected", [
    ("Thank you.", True),                                     # two words
    ("Photo: the harbour of Dorvan at dawn", True),           # verbless, a caption word
    ("The harbour of Dorvan at dawn", False),                 # verbless, no caption word
    ("Rebels attacked the harbour of Dorvan at dawn.", False),
    ("Photo: rebels attacked the harbour of Dorvan.", False),  # a verb: an act told
    ("Attacked: 3", True),                                    # a verb, but one word
])
def test_is_caption(nlp, text, expected):
    sent = next(nlp(text).sents)
    assert is_caption(sent, load_cues()) is expected
