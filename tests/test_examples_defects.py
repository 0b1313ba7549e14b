"""The defects the bundled examples showed (issue 13, "examples/: no duplicate events for
one happening"), each on sentences of our own with invented places and groups."""

from __future__ import annotations

import pytest


def _names(doc, ids):
    return [doc.actor(i).name for i in ids]


@pytest.mark.parametrize("text, addressee", [
    ("The Ferrana Council calls on all armed groups to release the kidnapped nurse immediately.",
     "armed groups"),
    ("The Ferrana Council urged the rebels to free the two abducted engineers without delay.", "rebels"),
])
def test_the_target_of_a_call_on_x_to_do_y_is_x(extractor, text, addressee):
    doc = extractor.extract_text(text)
    [call] = [e for e in doc.events if e.type == "REQUEST"]
    assert _names(doc, call.targets) == [addressee]


def test_an_addressee_the_kb_does_not_know_leaves_no_borrowed_target(extractor):
    # the one called on is no actor the knowledge base knows: the request has no target,
    # never the person whose release it asks for
    doc = extractor.extract_text("The Ferrana Council calls on all those holding him to release "
                                 "the kidnapped nurse at once.")
    for call in (e for e in doc.events if e.type == "REQUEST"):
        assert "nurse" not in " ".join(_names(doc, call.targets))
