"""A dictionary pattern's code by the verb's voice, as PETRARCH-2 reads ``[A:B]``
(events/dictionary.py DictPattern.code_in): A in either voice, a passive verb's "by" phrase
naming the doer; B is the event back from the target ("hosted X" 043, X's visit 042), never
the passive's code; a pattern with B alone codes the passive only.  Made-up places
(Velmora, Taravel, Orvel)."""

from __future__ import annotations

import pytest

from communique.config import load_config
from communique.events.dictionary import DictPattern
from communique.extract import Extractor


def test_the_first_code_holds_in_the_passive():
    hosting = DictPattern(id="t:1", active="043", passive="042")
    assert hosting.code_in(False) == "043" and hosting.code_in(True) == "043"
    only_passive = DictPattern(id="t:2", active="", passive="1823")
    assert only_passive.code_in(False) == "" and only_passive.code_in(True) == "1823"
    # a sequence dictionary (TABARI's reading) keeps its columns by voice
    seq = DictPattern(id="t:3", active="031", passive="032", sequence=True)
    assert seq.code_in(True) == "032" and seq.code_in(False) == "031"


@pytest.fixture(scope="module")
def refine():
    return Extractor(load_config(overrides={"events": {"petrarch_verbs": "refine"}}))


@pytest.mark.parametrize("text", [
    "The Velmoran foreign minister was hosted by the Taravel president in Orvel on Monday.",
    "The Velmoran prime minister was hosted by Taravel for two days of talks.",
])
def test_a_visit_hosted_by_x_is_hosted_not_made(refine, text):
    # the dictionary's "host (by)" [043:042]: the one named after "by" hosts (043); the
    # second code is the guest's visit back, not the code of the passive verb
    codes = [e.cameo for e in refine.extract_text(text).events if e.type == "CONSULT"]
    assert "043" in codes and "042" not in codes


@pytest.mark.parametrize("text", [
    "Velmora received a loan of forty million dollars from Taravel last week.",
    "The Orvel municipality received financial support from the Taravel government.",
])
def test_a_receiving_verb_reads_the_passive_only_code(refine, text):
    # "RECEIVE * LOAN [:071]": PETRARCH-2 codes it with the lender as source, as the own
    # "receive [loan] !reverse +from" (070) reads it: the code is the finer 071
    got = [(e.type, e.cameo) for e in refine.extract_text(text).events]
    assert got == [("AID", "071")]
