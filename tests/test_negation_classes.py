"""Negation by construction, whatever the subject or the verb (issue 13 item 2).
Invented sentences: the gerund after a negating verb's preposition ("refrained from
firing", "stopped short of attacking", "abstained from"), an infinitive not yet done
("has yet to"), a negative coordination of subjects ("neither X nor Y"), and the earlier
forms with subjects other than troops ("police", "gendarmes", a country); and a negative
that negates no act ("we cannot but condemn", "we cannot thank X enough").
"""

from __future__ import annotations

import pytest


def _act(extractor, text, type_):
    doc = extractor.extract_text(text, published="2021-06-14")
    acts = [e for e in doc.events if e.type == type_]
    assert acts, [(e.type, e.cameo) for e in doc.events]
    return acts[0]


@pytest.mark.parametrize("text", [
    "Chadian police refrained from firing on the marchers in Ndjamena.",
    "Chadian gendarmes refrained from attacking the marchers in Ndjamena.",
    "The Chadian army abstained from shelling Nigerien villages.",
    "Chadian troops desisted from bombing the Nigerien border posts.",
    "Chad stopped short of attacking Niger.",
    "Neither Chad nor Niger attacked the convoy near the border.",
    "Neither the police nor the army fired on the crowd in Ndjamena.",
    # the forms that worked before, with other subjects
    "The Chadian police did not fire on the marchers in Ndjamena.",
    "Chad never attacked Niger.",
])
def test_an_assault_that_did_not_happen_is_negated(extractor, text):
    assert _act(extractor, text, "ASSAULT").negated


def test_an_act_not_yet_done_is_not_a_done_act(extractor):
    # "has yet to release" is no release: a refusal, as "has not released" is
    doc = extractor.extract_text("Chad has yet to release the Nigerien fishermen it detained.",
                                 published="2021-06-14")
    assert not [e for e in doc.events if e.type == "RETREAT" and not e.negated], \
        [(e.type, e.cameo, e.negated) for e in doc.events]


def test_an_act_done_after_refraining_is_not_negated(extractor):
    # the act the sentence reports, beside the refraining, stays asserted
    act = _act(extractor, "Chadian troops arrested ten Nigerien smugglers near the border.", "COERCE")
    assert not act.negated


# -- "we cannot but condemn X": "but" hung on the modal; the act is done, not negated -------------

def test_cannot_but_with_but_on_the_modal_is_no_negation(ex):
    from coding_support import statement
    out = statement(ex, "We cannot but condemn the harsh repression by the Iranian regime of peaceful marchers.")
    accusations = [e for e in out["events"] if e["type"] == "ACCUSE"]
    assert accusations and not any(e["negated"] for e in accusations), out["events"]


# -- "we cannot thank X enough": done, not negated ------------------------------------------------

def test_cannot_enough_is_no_negation(ex):
    from coding_support import statement
    out = statement(ex, "We cannot thank Germany enough for its generosity.")
    thanks = [e for e in out["events"] if e["type"] == "SUPPORT"]
    assert thanks and not any(e["negated"] for e in thanks), out["events"]


@pytest.mark.parametrize("text", [
    # "nor" joining verbs: the second act is denied too
    "Chad did not attack nor threaten the Nigerien border posts.",
    "Chad neither attacked nor threatened the Nigerien border posts.",
    "Chad has not condemned Niger, nor has it threatened the Nigerien government.",
])
def test_a_threat_joined_by_nor_is_negated(extractor, text):
    assert _act(extractor, text, "THREATEN").negated


def test_neither_before_the_objects_negates_the_act(extractor):
    assert _act(extractor, "Chad condemned neither Niger nor Mali over the raids.", "ACCUSE").negated


def test_and_after_a_denied_act_does_not_deny_the_next(extractor):
    assert not _act(extractor, "Chad did not condemn Niger and threatened Mali.", "THREATEN").negated
