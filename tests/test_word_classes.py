"""Patterns name word classes, not one wording (issue 13 item 2).

Each case is a member of a class that the patterns once listed only partly: a verb of
loosing fire other than "open", a projectile-launching verb, a crowd noun, a verb of
strengthening ties, a word of agreement, a travel verb, aid goods...  The sentences are
invented; the countries are real so that the actors resolve.
"""

from __future__ import annotations

import re

import pytest

from communique.events.ontology import OntologyError, load_ontology
from communique.events.patterns import expand_pattern, load_patterns, load_word_classes


def _events(extractor, text):
    return extractor.extract_text(text, published="2021-06-14").events


def _codes(extractor, text):
    return [(e.type, e.cameo) for e in _events(extractor, text)]


@pytest.mark.parametrize("text, type_, cameo", [
    # verbs of loosing fire, with nouns of shooting
    ("Chadian soldiers unleashed fire on Nigerien herders near the border.", "ASSAULT", "193"),
    ("Chadian soldiers launched a barrage at Nigerien troops near the border.", "ASSAULT", "193"),
    ("Chadian soldiers directed fire at Nigerien troops near the border.", "ASSAULT", "193"),
    # the fire of heavy weapons takes the heavy-weapons code whatever verb looses it
    ("Chadian troops unleashed artillery fire on Nigerien positions near the border.", "ASSAULT", "194"),
    ("Chadian troops opened tank fire on Nigerien positions near the border.", "ASSAULT", "194"),
    # projectiles sent at a target
    ("Chadian troops launched bombs into Nigerien villages on Sunday.", "ASSAULT", "194"),
    # a crowd damaging property is a riot
    ("Rioters wrecked the Nigerien consulate in Ndjamena.", "PROTEST", "145"),
    ("Protesters vandalised the offices of the Kenyan embassy in Kampala.", "PROTEST", "145"),
    # relations made closer, founded, broken
    ("Peru bolstered its ties with Chile during the visit.", "SUPPORT", "050"),
    ("Oman has enhanced relations with Ghana this year.", "SUPPORT", "050"),
    ("Ghana normalised relations with Cuba on Monday.", "SUPPORT", "050"),
    ("Ghana ruptured relations with Cuba on Monday.", "SANCTION", "161"),
    # agreements arrived at, signed, joined
    ("Kenya sealed an accord with Uganda on fishing rights.", "AGREE", "030"),
    ("Kenya clinched a pact with Uganda on fishing rights.", "AGREE", "030"),
    ("Kenya signed a covenant with Uganda on fishing rights.", "SUPPORT", "057"),
    # travelling for a meeting held elsewhere
    ("The Malian foreign minister departed for talks in Algiers.", "CONSULT", "044"),
    ("The Malian foreign minister left for a summit in Algiers.", "CONSULT", "044"),
    # military exercises held
    ("Japan staged wargames near the Korean coast.", "MOBILIZE", "150"),
    # aid handed over, and stopped
    ("Norway airlifted relief supplies to Malawi.", "AID", "070"),
    ("Norway extended a loan to Malawi.", "AID", "071"),   # (the verb dictionary's "extend ... loan")
    ("Sweden curtailed aid to Zambia after the vote.", "SANCTION", "162"),
    ("Sweden withheld loans from Zambia after the vote.", "SANCTION", "162"),
])
def test_a_member_of_the_class_is_coded(extractor, text, type_, cameo):
    got = _codes(extractor, text)
    assert (type_, cameo) in got, got


def test_security_forces_clashing_with_a_crowd_repress_it(extractor):
    # "gendarmes" and "officers" are security forces as much as "police" and "troops"
    for subject in ("Gendarmes", "Riot officers"):
        got = _codes(extractor, f"{subject} clashed with demonstrators in Dakar on Friday.")
        assert ("ASSAULT", "175") in got, (subject, got)


def test_a_class_as_trigger_makes_one_pattern_per_member():
    classes = {"loosing": frozenset({"open", "unleash"}), "shots": frozenset({"fire", "volley"})}
    got = expand_pattern("#loosing [#shots] +on", pid="t:1", type_="ASSAULT", mode="firearms",
                         cameo="193", pos="V", classes=classes)
    assert sorted(p.lemma for p in got) == ["open", "unleash"]
    assert all(p.objects == {"fire", "volley"} and p.target_preps == {"on"} for p in got)
    assert all(p.id == "t:1" and p.text == "#loosing [#shots] +on" for p in got)


def test_an_unknown_class_is_an_error_naming_the_line():
    with pytest.raises(OntologyError, match=r"t:9: .*#nosuchclass"):
        expand_pattern("open [#nosuchclass] +on", pid="t:9", type_="ASSAULT", mode=None,
                       cameo="190", pos="V", classes={})


def test_every_class_is_used_and_every_line_loads():
    patterns = load_patterns(load_ontology())
    classes = load_word_classes()
    from communique.events.ontology import DATA
    text = (DATA / "patterns.tsv").read_text(encoding="utf-8")
    # a class is used when a pattern names it ("#name") or the coder reads it by name
    code = "\n".join(f.read_text(encoding="utf-8") for f in (DATA.parent).glob("*.py"))
    unused = [name for name in classes if f"#{name}" not in text
              and f'get("{name}"' not in code and f'["{name}"]' not in code]
    assert not unused, f"classes neither a pattern nor the coder names: {unused}"
    # a class used as a trigger gives its members as lemmas
    assert {"open", "launch", "unleash"} <= {p.lemma for p in patterns.patterns if "#fire_loosing" in p.text}


def test_every_class_the_coder_reads_by_name_is_in_the_file():
    # the coder's modules read their word lists from word_classes.toml by name
    # (load_word_classes()["bans"]): a renamed or dropped class is caught here, not on the
    # first sentence that needs it
    from communique.events.ontology import DATA
    code = "\n".join(f.read_text(encoding="utf-8") for f in (DATA.parent).glob("*.py"))
    read = set(re.findall(r'classes(?:\(\))?(?:\["|\.get\(")([a-z_]+)"', code))
    assert {"relative_pronouns", "military_units", "munitions", "bans", "frame_nouns"} <= read
    assert read <= set(load_word_classes()), read - set(load_word_classes())
