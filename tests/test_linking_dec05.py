"""Names and pronouns a statement uses for an actor it has already named: a short name, a
town the tagger also took for a person, "they" going on from the first clause's subject.
Sentences of our own and the bundled example armed_group_claim.txt (written for the project)."""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_a_short_name_is_the_organisation_named_before(extractor):
    doc = extractor.extract_text(
        "The Northern Salvation Brigades said their fighters attacked a convoy near Tarsa on "
        "Monday. The Brigades claim that six soldiers were killed.")
    full = next(a for a in doc.actors if a.name == "Northern Salvation Brigades")
    assert not any(a.name == "Brigades" for a in doc.actors), [a.name for a in doc.actors]
    short = [m for m in doc.mentions if m.text == "Brigades"]
    assert short and all(m.actor == full.id for m in short)


def test_a_short_name_two_organisations_end_with_is_neither(extractor):
    doc = extractor.extract_text(
        "The Western Salvation Brigades and the Southern Unity Brigades met in Tarsa. The "
        "Brigades agreed to a truce.")
    named = {a.id for a in doc.actors if a.name.endswith(" Brigades")}
    assert len(named) == 2
    assert not any(m.actor in named for m in doc.mentions if m.text == "Brigades")


def test_they_joined_to_a_clause_goes_on_from_its_subject(extractor):
    doc = extractor.extract_text(
        "The statement calls on all parties to respect the truce.\n\nThe Brigades say that the "
        "operation was a response to the arrest of ten men by the army, and they threaten "
        "further attacks if the detainees are not released.")
    [threat] = [e for e in doc.events if e.type == "THREATEN"]
    assert [doc.actor(a).name for a in threat.sources] == ["Brigades"], threat.evidence.text


def test_the_example_claim_names_its_group_one_way_and_its_town_as_a_place(extractor):
    doc = extractor.extract_path(EXAMPLES / "armed_group_claim.txt")
    brigades = next(a for a in doc.actors if a.name == "Northern Liberation Brigades")
    assert not any(a.name == "Brigades" for a in doc.actors)
    assert not any(a.kind == "person" and a.name == "Kessa" for a in doc.actors)
    [threat] = [e for e in doc.events if e.type == "THREATEN" and "threaten further" in e.evidence.text]
    assert threat.sources == [brigades.id]
    told = [e for e in doc.events if e.evidence.text.startswith("The Brigades claim")]
    assert told and all(e.claimed_by in ([], [brigades.id]) for e in told)
