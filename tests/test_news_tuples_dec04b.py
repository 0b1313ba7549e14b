"""Issue 13, a coder that generalizes (second set of the day): constructions read the way
event coders read them, on made-up sentences.

* A person's title names a country the tagger did not mark as a place ("Tuvalu Prime
  Minister X"): the person is of that country (resolve/actor_linking.py).
* In PETRARCH's reading (mode "only", the dictionary alone), an act in a temporal clause of a
  coded verb ("restored ties two years after X attacked its embassy") only situates that
  verb's act and is not coded; with no coded verb above it, it is (events/coder.py).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _sides(doc, e):
    names = {a.id: a.country for a in doc.actors}
    return [names[a] for a in e.sources], [names[a] for a in e.targets]


# --- a country named in a person's title --------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Tuvalu Prime Minister Tekori Malani met Fijian officials.", "TUV"),
    ("Tuvalu Prime Minister Tekori Malani signed a fisheries accord with Japan.", "TUV"),
])
def test_a_country_in_a_persons_title_is_the_persons_country(extractor, text, country):
    doc = extractor.extract_text(text, published="2022-03-08")
    person = next(a for a in doc.actors if a.name == "Tekori Malani")
    assert person.country == country, [(a.name, a.country) for a in doc.actors]
    assert any(country in _sides(doc, e)[0] for e in doc.events), [_sides(doc, e) for e in doc.events]


def test_a_title_without_a_country_gives_none_of_its_own(extractor):
    doc = extractor.extract_text("Prime Minister Tekori Malani resigned on Monday.", published="2022-03-08")
    person = next(a for a in doc.actors if a.name == "Tekori Malani")
    assert person.country is None


# --- PETRARCH's reading: a temporal clause of a coded verb ----------------------------------

_VERBS = """\
--- RESTORE  [064]  ---
RESTORE

--- ATTACK  [190]  ---
ATTACK

--- IMPROVE  [---]  ---
IMPROVE
"""


@pytest.fixture(scope="module")
def only(tmp_path_factory):
    from communique.config import load_config
    from communique.extract import Extractor

    spec = importlib.util.spec_from_file_location("petrarch_compile_dec04b", ROOT / "tools" / "petrarch" / "compile.py")
    comp = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = comp
    spec.loader.exec_module(comp)
    out = tmp_path_factory.mktemp("dec04b")
    synsets, verbs, patterns = comp.read_verbs(_VERBS, comp.Counter(), nested_sets=True, paired=True)
    comp.write_verbs(comp.expand_synsets(synsets), verbs, patterns, out, source="toy.txt", semantics="sequence")
    kb = out / "kb.jsonl"
    kb.write_text("\n".join(json.dumps({"id": f"toy:{c}", "name": n, "kind": "country", "country": c, "aliases": []})
                            for n, c in (("Velmora", "VEL"), ("Taravel", "TAR"), ("Orvel", "ORV"))) + "\n")
    return Extractor(load_config(overrides={
        "events": {"petrarch_verbs": "only", "petrarch_verbs_dir": str(out), "petrarch_verb_defaults": True,
                   "petrarch_shared_patterns": True},
        "actors": {"user_kb": str(kb)}}))


def _coded(ex, text):
    d = ex.extract_text(text)
    return sorted((e.cameo, *map(tuple, _sides(d, e))) for e in d.events)


@pytest.mark.parametrize("text", [
    "Velmora will restore ties with Taravel two years after Orvel gunmen attacked its embassy.",
    "Velmora restored ties with Taravel, a decade after Orvel attacked the mission.",
])
def test_only_mode_an_act_in_a_temporal_clause_of_a_coded_verb_is_not_coded(only, text):
    assert [c for c, *_ in _coded(only, text)] == ["064"], _coded(only, text)


def test_only_mode_a_temporal_clause_under_an_uncoded_verb_is_coded(only):
    got = _coded(only, "Velmora will improve ties with Taravel two years after Orvel gunmen attacked its embassy.")
    assert [c for c, *_ in got] == ["190"], got
