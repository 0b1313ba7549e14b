"""The outcome of an alleged act, told as a participle after the accusation's reason phrase
("accused X of firing on the crowd, killing five"), is alleged by the accuser too: the
accuser did not kill anyone."""

import pytest


@pytest.mark.parametrize("sentence", [
    "Human Rights Watch accused the police of firing tear gas into a packed market, injuring dozens of traders.",
    "The opposition blamed the militia for shelling the border villages, killing at least 23 people.",
])
def test_the_accuser_is_not_the_doer_of_the_outcome(extractor, sentence):
    doc = extractor.extract_text(sentence)
    accuser = {e.sources[0] for e in doc.events if e.type == "ACCUSE" and e.sources}
    assert accuser
    assert not [e for e in doc.events if e.type == "ASSAULT" and set(e.sources) & accuser]


def test_a_participle_of_the_accuser_own_doing_is_kept(extractor):
    # no reason phrase: the participle is the accuser's own act ("..., calling for a probe")
    doc = extractor.extract_text(
        "The opposition accused the government, calling on the United Nations to investigate.")
    assert [e for e in doc.events if e.type == "REQUEST"]
