"""A title spoken to that holds "your" ("Your Excellency", "Your Majesty") is resolved once:
"you" asks for the one addressed, the title asks again for whom "your" means; the second
question has no answer (it crashed the events stage with a RecursionError).  Sentences written
for the test."""

import pytest


@pytest.mark.parametrize("text", [
    "Your Excellency, I congratulate you on your election.",
    "Your Majesty, we thank you for your wise counsel and your patience.",
    "Your Excellency, Your Highness, we congratulate you on your appointment.",
])
def test_a_title_with_your_spoken_to_codes_the_thanks(extractor, text):
    doc = extractor.extract_text(text, title="Statement by Chile at the general debate", published="2021-09-22")
    assert not doc.errors, doc.errors
    assert [e.type for e in doc.events] == ["SUPPORT"], doc.events
    assert [doc.actor(s).country for s in doc.events[0].sources] == ["CHL"]


def test_a_named_addressee_after_the_title_is_the_target(extractor):
    doc = extractor.extract_text(
        "Your Excellency, Ms. Aline Moreau, I congratulate you on your election to preside over this session.",
        title="Statement by Chile at the general debate", published="2021-09-22")
    assert not doc.errors, doc.errors
    assert [[doc.actor(t).name for t in e.targets] for e in doc.events] == [["Aline Moreau"]]
