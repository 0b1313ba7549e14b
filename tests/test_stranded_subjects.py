"""Two clauses joined by "and", the second's subject taken by the parser for a conjunct of the
first verb's object ("Iraq condemned the protest and the Arab League urged Sweden ..."): the
second verb is done by that name, not by the first clause's subject."""


def _acts(doc):
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) for e in doc.events]


def test_the_name_before_the_second_verb_is_its_subject(extractor):
    acts = _acts(extractor.extract_text(
        "Iraq also condemned the protest and the Arab League urged Sweden to prevent such acts."))
    assert ("REQUEST", ["Arab League"], ["Sweden"]) in acts
    assert not [a for a in acts if a[0] == "REQUEST" and a[1] == ["Iraq"]]


def test_a_coordinated_object_before_a_shared_verb_stays_an_object(extractor):
    # "condemned the raid and the arrests": no verb after the name, nothing changes
    acts = _acts(extractor.extract_text("Jordan condemned the raid and the arrests and urged Israel to halt."))
    assert [a for a in acts if a[0] == "REQUEST" and a[1] == ["Jordan"]]
