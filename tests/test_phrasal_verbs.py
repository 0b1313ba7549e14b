"""A verb whose particle makes it another verb (a phrasal verb the dictionary or the
project's data knows) is not coded by the bare verb's patterns; the compound's own code,
where the dictionary gives one, applies.  A particle that keeps the verb's sense ("back up")
changes nothing.  Invented sentences."""

from __future__ import annotations

import pytest


def _types(extractor, text):
    doc = extractor.extract_text(text, published="2022-03-08")
    return {(e.type, e.cameo) for e in doc.events}


@pytest.mark.parametrize("text", [
    "Bolivia backed down from its demand for a new border with Peru.",
    "After a week of protests, the Bolivian government backed down.",
    "Chile backed out of the fishing agreement with Peru.",
])
def test_backing_down_or_out_is_no_support(extractor, text):
    assert not any(t == "SUPPORT" for t, _ in _types(extractor, text))


def test_a_compound_the_dictionary_codes_takes_its_code(extractor):
    # BACK DOWN is a retreat (CAMEO 080) in the dictionary
    assert ("CONCEDE", "080") in _types(extractor, "Bolivia backed down from its demand on Peru.")


@pytest.mark.parametrize("text", [
    "Ecuador backed the Peruvian proposal on fishing rights.",
    "Ecuador backed up the Peruvian proposal on fishing rights.",
])
def test_the_bare_verb_and_a_particle_that_keeps_its_sense_still_code(extractor, text):
    assert ("SUPPORT", "051") in _types(extractor, text)


def test_a_malformed_line_of_the_phrasal_verb_list_is_refused(tmp_path, monkeypatch):
    from communique.events import phrasal_verbs
    from communique.events.ontology import OntologyError

    (tmp_path / "phrasal_verbs.tsv").write_text("verb\tparticle\nback off\n", encoding="utf-8")
    monkeypatch.setattr(phrasal_verbs, "DATA", tmp_path)
    with pytest.raises(OntologyError, match="phrasal_verbs.tsv:2"):
        phrasal_verbs.own_compounds.__wrapped__()
