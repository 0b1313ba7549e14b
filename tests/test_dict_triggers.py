"""Verbs coded from the compiled PETRARCH-2 verb dictionary (events/dict_matcher.py) where the
project's own patterns have none; sentences are made up (Velmora, Taravel, Orvel)."""

from __future__ import annotations

import pytest

from communique.config import load_config
from communique.extract import Extractor


@pytest.fixture(scope="module")
def extractors():
    on = {"petrarch_verbs": "fallback"}
    modes = {"off": {"petrarch_verbs": "off"}, "fallback": on, "specific": {"petrarch_verbs": "specific"},
             "defaults": {**on, "petrarch_verb_defaults": True, "petrarch_shared_patterns": True},
             "shared": {**on, "petrarch_shared_patterns": True}}
    return {m: Extractor(load_config(overrides={"events": over})) for m, over in modes.items()}


def _events(ex, text):
    d = ex.extract_text(text)
    names = {a.id: a.name for a in d.actors}
    return [(e.type, e.cameo, e.pattern, [names[a] for a in e.sources], [names[a] for a in e.targets])
            for e in d.events]


def test_a_verb_only_the_dictionary_knows_is_coded_and_marked(extractors):
    # ("pin the blame on" is an own pattern since 5599db0: "question the assertion" is not)
    text = "The Taravel foreign minister questioned the assertion by Velmora."
    assert _events(extractors["off"], text) == []
    got = _events(extractors["fallback"], text)
    assert got, "the dictionary codes 'question ... assertion'"
    typ, cameo, pattern, sources, _ = got[0]
    assert (typ, cameo) == ("ACCUSE", "110") and pattern.startswith("petrarch:CAMEO.2.0.txt:")
    assert sources == ["Taravel foreign minister"]
    # the pattern needs its object: questioning a witness is no disapproval
    assert _events(extractors["fallback"], "The Taravel foreign minister questioned the pilot.") == []


def test_a_null_pattern_blocks_the_verb_default(extractors):
    ex = extractors["defaults"]
    # ABORT codes 160 by default, but "- * SEARCH [---]" (written for HALT, in ABORT's block)
    # is a null pattern
    assert [e[:2] for e in _events(ex, "The Taravel army aborted its offensive near Orvel.")][:1] == [("SANCTION", "160")]
    assert not [e for e in _events(ex, "Orvel rebels aborted the search for the missing pilots.")
                if e[2].startswith("petrarch:")]
    # bare defaults are off unless asked for
    assert _events(extractors["fallback"], "The Taravel army aborted its offensive near Orvel.") == []


def test_a_pattern_stays_with_the_verb_it_was_written_for(extractors):
    # "- * RIGHT [130] # RESERVE" sits in the block of MAINTAIN, UPHOLD ...
    text = "The Taravel government upheld the rights of the fishermen."
    assert _events(extractors["fallback"], text) == []
    assert [e[:2] for e in _events(extractors["shared"], text)] == [("THREATEN", "130")]


def test_the_passive_keeps_the_first_code(extractors):
    # "disperse protest" [175:145]: the police repress (175) in either voice; 145 (the
    # protesters' riot back) is never the code of the police's passive verb (PETRARCH-2)
    ex = extractors["fallback"]
    active = _events(ex, "Velmoran police dispersed the protest in Orvel.")
    passive = _events(ex, "The protest in Orvel was dispersed by Velmoran police.")
    assert active and passive
    assert active[0][1] == "175" and passive[0][1] == "175"
    assert active[0][2] == passive[0][2]   # one pattern line


def test_multi_word_verb_needs_its_particle(extractors):
    ex = extractors["fallback"]
    got = _events(ex, "Rebels in Orvel kicked the journalists out of the town.")
    assert got and got[0][:2] == ("COERCE", "174") and got[0][4] == ["journalists"]


def test_own_patterns_win_in_fallback_mode(extractors):
    text = "Velmora impounded three fishing boats from Taravel on Sunday."
    got = _events(extractors["fallback"], text)
    assert got and got[0][2].startswith("patterns.tsv:")
    assert got == _events(extractors["off"], text)


def test_bad_mode_is_a_clear_error():
    from communique.config import ConfigError

    with pytest.raises(ConfigError, match=r"\[events\] petrarch_verbs: .*'only', not 'always'"):
        load_config(overrides={"events": {"petrarch_verbs": "always"}})


def test_specific_mode_lets_the_more_constrained_pattern_win(extractors):
    text = "The Orvel militia vowed revenge against the Velmoran army."
    own = _events(extractors["fallback"], text)
    assert own and own[0][0] == "AGREE" and own[0][2].startswith("patterns.tsv:")   # bare "vow"
    got = _events(extractors["specific"], text)
    assert got and got[0][:2] == ("THREATEN", "138") and got[0][2].startswith("petrarch:")   # "vow REVENGE"
