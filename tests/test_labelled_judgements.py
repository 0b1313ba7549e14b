"""A judgement said by a verb of labelling is the labeller's act on the thing labelled:
"called the attack cowardly", "described the sanctions imposed by X as illegal", "branded the
vote illegitimate" (the judgement's type from stances.toml [judged.*])."""

import pytest


def _acts(doc):
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) for e in doc.events]


@pytest.mark.parametrize("sentence, labeller, doer", [
    ("The Chilean government described the tariffs imposed by Argentina as illegal.", "Chilean government", "Argentina"),
    ("Kenya called Uganda's decision to close the border irresponsible.", "Kenya", "Uganda"),
    ("Peru branded Bolivia's vote illegitimate.", "Peru", "Bolivia"),
])
def test_the_labeller_judges_the_doer_of_the_thing_labelled(extractor, sentence, labeller, doer):
    acts = _acts(extractor.extract_text(sentence))
    assert [a for a in acts if a[0] == "ACCUSE" and a[1] == [labeller] and a[2] == [doer]], acts


def test_a_neutral_label_is_no_judgement(extractor):
    acts = _acts(extractor.extract_text("Kenya called Uganda's decision to close the border temporary."))
    assert not [a for a in acts if a[0] in ("ACCUSE", "REJECT")]


def test_a_negated_label_is_no_judgement(extractor):
    acts = _acts(extractor.extract_text("Kenya did not call Uganda's decision irresponsible."))
    assert not [a for a in acts if a[0] == "ACCUSE" and a[1] == ["Kenya"] and a[2] == ["Uganda"]]
