"""Forces named with nationalities nothing knows ("Ruritanian", "Freedonian") are two sides,
not one generic army: the attack of the one is not the other's."""


def test_two_unknown_nationalities_are_two_actors(extractor):
    doc = extractor.extract_text(
        "Ruritanian forces have not carried out any strikes in the area since March.\n\n"
        "On 11 April, Freedonian artillery shelled the village of Dorn, killing three civilians.\n")
    (shelling,) = [e for e in doc.events if e.type == "ASSAULT" and e.targets]
    (doer,) = shelling.sources
    assert doc.actor(doer).name == "Freedonian artillery"


def test_the_same_unknown_nationality_is_one_actor(extractor):
    doc = extractor.extract_text(
        "Freedonian troops crossed the river at dawn. Later, Freedonian soldiers shelled the village of Dorn.")
    names = {a.name for a in doc.actors if "Freedonian" in a.name}
    assert len({a.id for a in doc.actors if "Freedonian" in a.name}) == 1, names
