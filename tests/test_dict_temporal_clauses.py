"""PETRARCH's reading (mode "only", the compiled dictionary alone) of a temporal clause: an
act in a temporal clause of a coded verb ("restored ties two years after X attacked its
embassy") only situates that verb's act and is not coded; under an uncoded verb it is
(events/coder.py).  A toy dictionary compiled here; made-up names (Velmora, Taravel, Orvel).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from sentence_support import event_countries as _sides


ROOT = Path(__file__).resolve().parents[1]


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

    spec = importlib.util.spec_from_file_location("petrarch_compile_temporal", ROOT / "tools" / "petrarch" / "compile.py")
    comp = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = comp
    spec.loader.exec_module(comp)
    out = tmp_path_factory.mktemp("temporal_clauses")
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


# --- PETRARCH's reading: a temporal clause of a coded verb ----------------------------------

@pytest.mark.parametrize("text", [
    "Velmora will restore ties with Taravel two years after Orvel gunmen attacked its embassy.",
    "Velmora restored ties with Taravel, a decade after Orvel attacked the mission.",
])
def test_only_mode_an_act_in_a_temporal_clause_of_a_coded_verb_is_not_coded(only, text):
    assert [c for c, *_ in _coded(only, text)] == ["064"], _coded(only, text)


def test_only_mode_a_temporal_clause_under_an_uncoded_verb_is_coded(only):
    got = _coded(only, "Velmora will improve ties with Taravel two years after Orvel gunmen attacked its embassy.")
    assert [c for c, *_ in got] == ["190"], got
