"""The sequence reading of a compiled verb dictionary (events/dict_sequence.py), the one TABARI and
PETRARCH-1 give to their patterns and PETRARCH's validation suite is written for: a made-up
dictionary in that style, compiled by tools/petrarch/compile.py, on made-up sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from communique.events.dict_matcher import match_dictionary
from communique.events.dictionary import load_verb_dictionary

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("petrarch_compile_seq", ROOT / "tools" / "petrarch" / "compile.py")
comp = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = comp
_spec.loader.exec_module(comp)
from petrarch_dicts import verbs as verb_format  # noqa: E402  (on the path once compile.py is loaded)

VERBS = """\
&SHIPS_
+FERRY
+BARGE

--- RESTORE  [064]  ---
RESTORE
- * TIES  [065]
- SAID WOULD_NOT_* [112]
- * &SHIPS SERVICE [071]
- + WAS_ * BY $  [066]

--- GREET  [042]  ---
GREET
- % * [043]
- * %  [044]

--- GRUMBLE  [---]  ---
GRUMBLE
- * ABOUT TAXES [111]
- &REFUSALS * ABOUT TAXES [112]

&REFUSALS
+WILL NOT
+DID N'T

--- LEAVE  [012]  ---
LEAVE

--- LEFT  [032]  ---
LEFT
"""


@pytest.fixture(scope="module")
def vd(tmp_path_factory):
    out = tmp_path_factory.mktemp("seqdict")
    synsets, verbs, patterns = comp.read_verbs(VERBS, comp.Counter(), nested_sets=True)
    comp.write_verbs(comp.expand_synsets(synsets), verbs, patterns, out, source="toy.txt", semantics="sequence")
    d = load_verb_dictionary(str(out))
    assert d.semantics == "sequence" and d.source == "toy.txt"
    return d


def _match(nlp, vd, text, verb):
    doc = nlp(text)
    t = next(w for w in doc if w.lower_ == verb)
    return match_dictionary(t, vd, len(doc), [t.lemma_.lower(), t.lower_], True, True)


def test_words_after_the_verb_in_order_with_others_between(nlp, vd):
    m = _match(nlp, vd, "Velmora will restore its old and friendly ties with Taravel.", "restore")
    assert m.code == "065" and m.pattern.id == "petrarch:toy.txt:7"
    assert [w.text for w in m.words] == ["restore", "ties"]
    # no pattern fits: the verb's own code
    m = _match(nlp, vd, "Velmora will restore the old bridge.", "restore")
    assert m.code == "064" and m.pattern is None


def test_joined_words_before_the_verb_must_touch_it(nlp, vd):
    m = _match(nlp, vd, "Orvel said it would not restore the bridge.", "restore")
    assert m.code == "112"
    m = _match(nlp, vd, "Orvel said it would not soon restore the bridge.", "restore")
    assert m.code == "064"   # "_" joins: a word between breaks the pattern


def test_a_set_member_and_its_plural_fill_a_set_slot(nlp, vd):
    assert _match(nlp, vd, "Taravel will restore the ferry service to Orvel.", "restore").code == "071"
    assert _match(nlp, vd, "Taravel will restore the tanker service.", "restore").code == "064"
    # a set whose label ends in "_" has no generated plurals
    assert "barges" not in vd.synsets["&SHIPS_"]


def test_markers_find_source_and_target_and_passive_voice(nlp, vd):
    m = _match(nlp, vd, "The harbour of Orvel was restored by Velmora.", "restored")
    assert m.code == "066"
    assert m.target.text in ("harbour", "Orvel") and m.source.text == "Velmora"


def test_compound_actor_marker_needs_coordinated_names(nlp, vd):
    assert _match(nlp, vd, "Velmora and Taravel greeted the envoy.", "greeted").code == "043"
    assert _match(nlp, vd, "Velmora greeted Taravel and Orvel.", "greeted").code == "044"
    assert _match(nlp, vd, "Velmora greeted the envoy.", "greeted").code == "042"


def test_a_multi_word_set_member_before_the_verb(nlp, vd):
    assert _match(nlp, vd, "Orvel will not grumble about taxes.", "grumble").code == "112"
    assert _match(nlp, vd, "Orvel didn't grumble about taxes.", "grumble").code == "112"
    assert _match(nlp, vd, "Orvel will grumble about taxes.", "grumble").code == "111"


def test_an_inflected_form_listed_as_a_verb_wins_over_its_lemma(nlp, vd):
    assert _match(nlp, vd, "The envoy left for Taravel.", "left").code == "032"
    assert _match(nlp, vd, "The envoy will leave Taravel.", "leave").code == "012"


def test_null_block_codes_only_through_a_pattern(nlp, vd):
    assert _match(nlp, vd, "Orvel grumbled about taxes again.", "grumbled").code == "111"
    assert _match(nlp, vd, "Orvel grumbled all day.", "grumbled").code is None


# -- mode "only": the dictionary alone, as PETRARCH codes (the petr_unit set's setting) --------
ONLY_VERBS = """\
--- RESTORE  [064]  ---
RESTORE

--- SAID  [023]  ---
SAID

--- ATTACK  [190]  ---
ATTACK

--- DEPLORE  [111]  ---
DEPLORE
- NOTED + * [115]

--- CAUTION  [160]  ---
CAUTION
- * AT ^ + [162]

--- SHUN  [904]  ---
SHUN

--- REMARK  [012]  ---
REMARK

--- SEVER  [1717]  ---
SEVER

--- HOST  [042:043]  ---
HOST

--- POSTPONE  [---]  ---
POSTPONE
- % * [191]

--- CONFER  [---]  ---
CONFER
- % * [036:036]
"""


@pytest.fixture(scope="module")
def only(tmp_path_factory):
    import json

    from communique.config import load_config
    from communique.extract import Extractor

    out = tmp_path_factory.mktemp("onlydict")
    synsets, verbs, patterns = comp.read_verbs(ONLY_VERBS, comp.Counter(), nested_sets=True, paired=True)
    comp.write_verbs(comp.expand_synsets(synsets), verbs, patterns, out, source="toy.txt", semantics="sequence")
    kb = out / "kb.jsonl"
    kb.write_text("\n".join(json.dumps({"id": f"toy:{c}", "name": n, "kind": "country", "country": c, "aliases": []})
                            for n, c in (("Velmora", "VEL"), ("Taravel", "TAR"))) + "\n")
    return Extractor(load_config(overrides={
        "events": {"petrarch_verbs": "only", "petrarch_verbs_dir": str(out), "petrarch_verb_defaults": True,
                   "petrarch_shared_patterns": True},
        "actors": {"user_kb": str(kb)}}))


def _coded(ex, text, types=False):
    d = ex.extract_text(text)
    names = {a.id: a.country for a in d.actors}
    return sorted((e.cameo, [names[a] for a in e.sources], [names[a] for a in e.targets])
                  + ((e.type,) if types else ()) for e in d.events)


def test_only_mode_codes_each_dictionary_verb_with_its_own_code(only):
    # the announced act keeps the dictionary's code (no intent rewrite) and is not swallowed
    # as the content of the saying; the saying carries it and codes nothing of its own
    got = _coded(only, "Velmora is about to restore ties with Taravel, the envoy of Taravel said.")
    assert got == [("064", ["VEL"], ["TAR"])]
    # with no coded clause under it, a saying is coded
    assert _coded(only, "Velmora said Taravel was wrong.") == [("023", ["VEL"], ["TAR"])]


def test_only_mode_needs_a_coded_actor_and_a_verb(only):
    # a spokesman with no country is no coded actor; a noun ("the attack") is no verb
    assert _coded(only, "A spokesman said the weather was fine.") == []
    assert _coded(only, "The attack on Taravel by Velmora shocked observers.") == []
    assert _coded(only, "Velmora attacked Taravel.") == [("190", ["VEL"], ["TAR"])]


def test_only_mode_markers_name_the_sides(only):
    # "+" before the verb: its subject is the target, the source comes from the clause above
    assert _coded(only, "Velmora noted that Taravel deplored the decision.") == [("115", ["VEL"], ["TAR"])]
    # "^" skips a whole phrase, its attachments too: nothing is left for "+", so the default
    got = _coded(only, "Velmora cautioned at the Taravel of the old harbour.")
    assert [c for c, _, _ in got] == ["160"]


def test_only_mode_keeps_the_dictionarys_code_with_or_without_a_plover_type(only):
    # a code with no PLOVER type (a 01x statement, a dictionary's own test code) is still
    # PETRARCH's event: its CAMEO code and no type; a sub-code the CAMEO ontology lacks
    # stands as written, typed by its parent (171: COERCE)
    assert _coded(only, "Velmora shunned Taravel.", types=True) == [("904", ["VEL"], ["TAR"], None)]
    assert _coded(only, "Velmora remarked on Taravel.", types=True) == [("012", ["VEL"], ["TAR"], None)]
    got = _coded(only, "Velmora severed its relations with Taravel.", types=True)
    assert got == [("1717", ["VEL"], ["TAR"], "COERCE")]


def test_outside_mode_only_a_code_without_plover_type_codes_nothing():
    from communique.events.dict_matcher import DictMatch
    from communique.events.dict_patterns import DictPatterns
    from communique.events.dictionary import VerbEntry

    from communique.events.ontology import load_ontology

    onto = load_ontology()
    entry = VerbEntry("remark", "REMARK", "012", line=1)
    assert DictPatterns(onto, final=False).pattern(DictMatch(None, entry, "012")) is None
    typeless = DictPatterns(onto, final=True).pattern(DictMatch(None, entry, "012"))
    assert (typeless.type, typeless.cameo) == (None, "012")
    # a code the ontology knows is typed the same either way
    for final in (False, True):
        p = DictPatterns(onto, final=final).pattern(DictMatch(None, entry, "190"))
        assert (p.type, p.cameo) == ("ASSAULT", "190")


def test_only_mode_a_symmetric_code_goes_both_ways(only):
    # "[A:B]" in a sequence dictionary (TABARI, PETRARCH-1): A from source to target, B back
    assert _coded(only, "Velmora hosted Taravel.") == [("042", ["VEL"], ["TAR"]), ("043", ["TAR"], ["VEL"])]
    # with no other side, nothing goes back
    assert _coded(only, "Velmora hosted a dinner.") == [("042", ["VEL"], [])]


def test_only_mode_a_compound_subject_with_no_target_acts_on_itself(only):
    # "%" before the verb: the members of the compound, each towards the other
    got = _coded(only, "Velmora and Taravel postponed their summit.")
    assert got == [("191", ["TAR"], ["VEL"]), ("191", ["VEL"], ["TAR"])]
    # "[036:036]" with a compound: each direction once, not twice
    got = _coded(only, "Velmora and Taravel conferred on Monday.")
    assert got == [("036", ["TAR"], ["VEL"]), ("036", ["VEL"], ["TAR"])]


def test_only_mode_sequence_sides_by_position_where_the_parse_gives_none(only):
    # TABARI / PETRARCH-1: the target is the first coded actor in the verb's phrase ...
    assert _coded(only, "Velmora restored calm in the hills near Taravel.") == [("064", ["VEL"], ["TAR"])]
    # ... over a side the parse found with no code ("the envoys")
    assert _coded(only, "Velmora shunned the envoys sent by Taravel.") == [("904", ["VEL"], ["TAR"])]
    # the source the first coded actor before the verb, over a person with no code
    got = _coded(only, "Aldo Brenn of Velmora shunned the old friends of Taravel.")
    assert got == [("904", ["VEL"], ["TAR"])]
    # a clause with its own subject is another act: its actors are not the target
    assert ("904", ["VEL"], []) in _coded(only, "Velmora shunned the talks after Taravel attacked the border.")
    # a compound acting on itself keeps its members as the other side
    got = _coded(only, "Velmora and Taravel postponed the summit in the hills near Taravel.")
    assert got == [("191", ["TAR"], ["VEL"]), ("191", ["VEL"], ["TAR"])]


def test_only_mode_a_side_with_a_coded_actor_lists_coded_actors_alone(only):
    # PETRARCH knows only the actors its dictionaries code: "the rebels" (no country) is
    # no second source beside Velmora
    assert _coded(only, "Velmora and the rebels shunned Taravel.") == [("904", ["VEL"], ["TAR"])]


def test_only_mode_many_coordinated_actors_stay_bounded(only):
    # a dozen coordinated pairs (the sides' walk once grew with their cube; its time is
    # benchmarks/bench_bad_input.py's): the compound acts on itself, one event per member,
    # never an actor towards itself, and no more events than one pair gives
    text = "Velmora and Taravel, " * 12 + "and Velmora postponed their summit in the hills near Taravel."
    d = only.extract_text(text)
    assert d.events and all(e.evidence.text and not set(e.sources) & set(e.targets) for e in d.events)
    assert _coded(only, text) == _coded(only, "Velmora and Taravel postponed their summit in the hills near Taravel.")


def test_a_paired_code_is_split_only_for_the_sequence_reading():
    assert verb_format._code("[031:032]", paired=True) == ("031:032", "031:032")
    assert verb_format._code("[031:032]") == ("031", "032")   # PETRARCH-2: active and passive voice
    assert verb_format._code("[191]", paired=True) == ("191", "191")
    from communique.events.dictionary import _paired
    assert _paired("031:032", True) == ("031", "032") and _paired("191", True) == ("191", "")


# -- the tree reading (PETRARCH-2's): literal words first, a later duplicate line holds --------
TREE_VERBS = """\
####### SYNONYM SETS #######
&FLEET
+NAVAL

####### VERB PATTERNS #######
---  HOLD   [---]  ---
HOLD
- * {NAVAL DRILL}     [061]   # HOLD
- * {&FLEET DRILLS}   [150]   # HOLD
- * INQUIRY           [091]   # HOLD
- * INQUIRY           [1014]  # HOLD
"""


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    out = tmp_path_factory.mktemp("treedict")
    synsets, verbs, patterns = comp.read_verbs(TREE_VERBS, comp.Counter())
    comp.write_verbs(comp.expand_synsets(synsets), verbs, patterns, out, source="toy2.txt")
    d = load_verb_dictionary(str(out))
    assert d.semantics == "tree"
    return d


def test_tree_reading_prefers_the_words_as_written_then_lemmas(nlp, tree):
    # both patterns fit "drills" (one by lemma): the one written with the text's form wins
    assert _match(nlp, tree, "Velmora held naval drills near Taravel.", "held").code == "150"
    assert _match(nlp, tree, "Velmora held a naval drill near Taravel.", "held").code == "061"


def test_tree_reading_a_pattern_written_twice_keeps_the_later_code(nlp, tree):
    assert _match(nlp, tree, "Velmora held an inquiry into the fire.", "held").code == "1014"


def test_a_pattern_that_cannot_complete_stays_bounded_on_a_long_sentence(nlp):
    # words that recur many times before a last word that never comes: without the step
    # budget the gaps would be tried in every combination
    import time

    from communique.events.dict_sequence import _MAX_STEPS, _walk
    from communique.events.dictionary import Phrase, SeqItem

    doc = nlp("Velmora will restore " + "aid and ties and " * 35 + "calm.")
    items = [SeqItem(words=Phrase(frozenset({w}))) for w in ("aid", "ties", "aid", "ties", "aid", "zebra")]
    budget = [_MAX_STEPS]
    t0 = time.perf_counter()
    assert _walk(items, list(doc[3:]), False, True, {}, budget) is None
    assert budget[0] < 0 and time.perf_counter() - t0 < 5


def test_only_mode_codes_no_verb_inside_a_noun_phrase(only):
    # "a plan to attack X" describes the plan (PETRARCH takes events from the clause's verbs)
    assert _coded(only, "Velmora drew up a plan to attack Taravel.") == []
    assert _coded(only, "Velmora will attack Taravel.") == [("190", ["VEL"], ["TAR"])]


def test_only_mode_passive_takes_no_place_phrase_as_target(only):
    # passive: a place after "on" is where, not whom (PETRARCH: targets after at/against/into)
    got = _coded(only, "A convoy of Velmora was attacked on the road to Taravel.")
    assert all("TAR" not in tgts for _, _, tgts in got), got
