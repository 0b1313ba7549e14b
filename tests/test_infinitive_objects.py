"""An infinitive's object past a phrase set off by commas ("we would like to thank, once again,
the Government of X"): the parser hangs that object on the wishing verb ("like", "wish"), which
made the statement ask the one thanked (REQUEST 020 "like [*] =to") instead of thanking them.
The object is the infinitive's; the wish then asks no one.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts


@pytest.mark.parametrize("text, target", [
    ("We would like to thank, once again, the Government of Peru for its generous help.", "PER"),
    ("I would like to thank, once more, the people of Chile for their hospitality.", "CHL"),
])
def test_the_object_past_a_parenthetical_is_the_infinitives(ex, text, target):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [target]) in acts, acts
    assert not any(a[0] == "REQUEST" for a in acts), acts


def test_a_wish_that_something_be_done_with_its_own_object_still_asks(ex):
    # (guard: "like X to do" keeps its object, the one asked; no parenthetical after the infinitive)
    acts = _acts(ex, "We would like the Government of Peru to release the detained journalists.")
    assert any(a[0] == "REQUEST" and a[2] == ["PER"] for a in acts), acts


def test_a_highlighted_body_past_a_parenthetical_is_asked_nothing(ex):
    acts = _acts(ex, "I would like to highlight, of course, the Pacific Islands Forum, which unites "
                     "our region.")
    assert not any(a[0] == "REQUEST" for a in acts), acts
