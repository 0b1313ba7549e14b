"""tools/dict_disagreements: why the verb dictionary's code was or was not taken."""

from communique.config import load_config
from communique.extract import Extractor
from tools.dict_disagreements.__main__ import watching
from tools.dict_disagreements.classify import (COARSER, LESS_SPECIFIC, NO_TYPE, OTHER,
                                               OTHER_TYPE, REFINED, SAME, category)


def test_categories_in_the_refinement_order():
    assert category("190", "ASSAULT", 0, "190", "ASSAULT", 0, "190") == SAME
    assert category("171", "COERCE", 0, "1711", "COERCE", 1, "1711") == REFINED
    # fewer constraints is read first, whatever the type
    assert category("138", "THREATEN", 1, "130", "THREATEN", 0, "138") == LESS_SPECIFIC
    assert category("060", "COOPERATE", 0, "010", None, 0, "060") == NO_TYPE
    assert category("100", "REQUEST", 0, "170", "COERCE", 0, "100") == OTHER_TYPE
    assert category("1823", "ASSAULT", 0, "190", "ASSAULT", 0, "1823") == COARSER
    assert category("042", "CONSULT", 0, "043", "CONSULT", 0, "042") == OTHER


def test_a_coarser_dictionary_default_is_listed_and_not_taken():
    seen = []
    with watching(seen):
        doc = Extractor(load_config(None, {})).extract_text(
            "Velmoran gunners bombarded a Taravel border post at dawn.")
    assert [e.cameo for e in doc.events] == ["194"]
    (row,) = [r for r in seen if r["verb"] == "bombarded"]
    assert (row["own"], row["dict_code"], row["final"], row["category"]) == ("194", "190", "194", COARSER)
