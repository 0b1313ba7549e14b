"""Issue 13, news tuples (helper news7): constructions of news text that generalize.

* a denial that answers the clause before it through a noun summing it up ("X accused Y of
  Z, a charge Y denied"; the parser hangs the clause on the denial): the accusation was
  made, it is the charge that is denied; the accusation was marked denied (and so not
  counted at all).
* the forces a deployment sends ("deployed troops / warships to X") are what is deployed,
  not whom it is aimed at: the target is the side it faces, or none;
* an act accepted or approved ("accepted an Egyptian offer", "accepted Kenyan mediation"):
  the act's doer is the other side of the agreement, as the doer of an act rejected or
  condemned already was (AGREE joins cues.toml event_target_types); the offer was dropped as
  a target that names no actor;
* a threat carried out by the threatener's own forces ("warned that its forces / the army
  would respond to any provocation by X"): it is aimed at X, not at those forces;
* a crowd that protests ("thousands of X protested against ...") demonstrates (PROTEST 141),
  whatever "to" phrase the parser hangs on the verb; it was a verbal protest "to" someone
  (ACCUSE 111), as "X protested to Y over ..." still is.
"""

from __future__ import annotations

import pytest

from coding_support import countries_of as _countries


def _code(extractor, text):
    return extractor.extract_text(text, published="2021-05-11")


def _events(doc):
    return [(e.type, e.cameo, e.status, e.evidence.text[:40]) for e in doc.events]


@pytest.mark.parametrize("text, source, target", [
    ("Chile's president accused Bolivia of arming smugglers, a charge La Paz denied.", "CHL", "BOL"),
    ("Ghana accused Togo of harbouring rebels, an accusation Lome has denied.", "GHA", "TGO"),
])
def test_a_charge_denied_after_the_accusation_leaves_it_made(extractor, text, source, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "ACCUSE"]
    assert hits, _events(doc)
    assert hits[0].status != "denied", _events(doc)
    assert _countries(doc, hits[0].sources) == [source], _events(doc)
    assert _countries(doc, hits[0].targets) == [target], _events(doc)


def test_a_denial_of_the_act_itself_stays_a_denial(extractor):
    doc = _code(extractor, "Minsk denied that its troops shelled the village.")
    assert any(e.status == "denied" for e in doc.events), _events(doc)


@pytest.mark.parametrize("text, target", [
    ("Uganda has deployed extra soldiers to its western border, an army spokesman said.", []),
    ("Azerbaijan deployed troops along its border with Armenia on Friday.", ["ARM"]),
])
def test_the_forces_deployed_are_no_target(extractor, text, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "MOBILIZE"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)


@pytest.mark.parametrize("text, target", [
    ("Niger's junta accepted an Algerian offer to mediate with the ousted government.", ["DZA"]),
    ("The Malian president has accepted Senegalese mediation in the border dispute.", ["SEN"]),
])
def test_an_act_accepted_has_its_doer_as_target(extractor, text, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "AGREE"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)


@pytest.mark.parametrize("text, target", [
    ("Beijing warned that its forces would respond to any provocation by Taiwan.", ["TWN"]),
    ("Pakistan's army chief warned that troops would crush any incursion by Afghan militants.",
     ["AFG"]),
])
def test_a_threat_by_own_forces_is_aimed_at_the_other_side(extractor, text, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "THREATEN"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)


@pytest.mark.parametrize("text, type_, target", [
    ("Thousands of Peruvians protested in Lima against the handover of the oil fields to Chile.",
     "PROTEST", ["CHL"]),
    ("Thousands of Armenians protested in Yerevan against the handover of border villages to "
     "Azerbaijan.", "PROTEST", ["-", "AZE"]),
    ("China protested to the United States over the arms sale.", "ACCUSE", ["USA"]),
])
def test_a_crowd_that_protests_demonstrates(extractor, text, type_, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.main]
    assert [e.type for e in hits] == [type_], _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)
