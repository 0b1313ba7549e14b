"""CAMEO's parallel sub-codes (events/cameo_parallel.py): an intent, appeal, demand or refusal
takes the sub-code of the act it is about.  Sentences are made up (Velmora, Taravel)."""

from __future__ import annotations

import pytest

from communique.events.cameo_parallel import load_parallel, parallel_code, read_parallel
from communique.events.ontology import OntologyError, load_ontology


@pytest.mark.parametrize("family, content, want", [
    ("035", "0841", "0353"),   # intent to yield + releasing people: intent to release
    ("124", "0841", "1243"),   # declining to yield + release: declining to release
    ("105", "085", "1054"),    # demanding a yield + easing sanctions
    ("100", "0841", "1053"),   # a generic demand takes the branch and the leaf
    ("033", "073", "0333"),    # intent to give aid + humanitarian aid
    ("020", "062", "0212"),    # appeal + military cooperation
    ("030", "057", "032"),     # generic intent + a diplomatic act (its root only)
    ("036", "042", "036"),     # a visit has no sub-code under "intent to meet"
    ("033", "0841", "033"),    # another branch (a release is no aid): unchanged
    ("138", "190", "138"),     # threats are not in the parallel families
    ("033", "", "033"),
])
def test_the_family_code_takes_the_contents_sub_code(family, content, want):
    assert parallel_code(load_ontology(), family, content) == want


def test_the_table_names_only_cameo_codes():
    # data/cameo_parallel.tsv: every act and every family code is a code of cameo.tsv
    table = load_parallel()
    assert table["084"] == ("0353", "0253", "1053", "1243")   # releasing people
    assert table["05"][3] == ""   # no refusal code for a diplomatic act
    codes = {c for content, row in table.items() for c in (content, *row) if c}
    assert not codes - set(load_ontology().cameo)


def test_a_malformed_row_is_an_error_naming_the_file_and_row(tmp_path):
    path = tmp_path / "parallel.tsv"
    path.write_text("# comment\ncontent\tintent\tappeal\tdemand\trefusal\n"
                    "084\t0353\t0253\t1053\t1243\n084\t0353\t0253\t0253\t1243\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"parallel.tsv: data row 2 .*family"):
        read_parallel(path)


@pytest.fixture(scope="module")
def extractor():
    from communique.extract import Extractor
    return Extractor()


def _codes(ex, text):
    return [(e.type, e.cameo) for e in ex.extract_text(text).events]


def test_a_promise_to_release_people_is_the_intent_to_release(extractor):
    assert _codes(extractor, "Velmora promised to release the detained Taravel fishermen next week.") \
        == [("AGREE", "0353")]


def test_a_promise_of_humanitarian_aid_is_the_intent_to_give_it(extractor):
    assert _codes(extractor, "The Velmoran government pledged to send humanitarian aid to Taravel.") \
        == [("AGREE", "0333")]
