"""Who tells an act when the reporting verb is the second of two coordinated telling verbs
("He denied X and said Y"): the first verb's subject, not the statement's issuer.  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id

TITLE = "Statement of the Freedom Front on the clashes near Tolo"


def _tellers(ex, text: str) -> list[tuple[str, list[str]]]:
    out = contract.to_dict(ex.extract_text(text, title=TITLE, published="2025-03-02"))
    actors = actors_by_id(out)
    return [(e["type"], [actors[i]["name"] for i in e.get("claimed_by") or []]) for e in out["events"]]


@pytest.mark.parametrize("second_sentence, teller", [
    # the parser hangs "said" on the verb of the denied that-clause
    ("He denied that any soldiers were killed and said that the army had arrested four fighters "
     "near the river.", "Jan Berg"),
    # "said" coordinated with the first telling verb itself
    ("He denied the report and said that the army had arrested four fighters near the river.",
     "Jan Berg"),
])
def test_a_second_telling_verb_is_told_by_the_first_ones_subject(ex, second_sentence, teller):
    text = ("The army spokesman, Colonel Jan Berg, told reporters on Monday that the assault had "
            "failed. " + second_sentence)
    arrests = [who for kind, who in _tellers(ex, text) if kind == "COERCE"]
    assert arrests, _tellers(ex, text)
    assert all(who == [teller] for who in arrests), arrests


def test_a_telling_verb_with_its_own_subject_keeps_it(ex):
    text = ("The army spokesman, Colonel Jan Berg, denied the report, and the governor said that "
            "the police had detained two men near the river.")
    detentions = [who for kind, who in _tellers(ex, text) if kind == "COERCE"]
    assert detentions and all("Jan Berg" not in who for who in detentions), detentions
