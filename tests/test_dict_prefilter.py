"""The verb dictionary's word prefilter (events/dict_prefilter.py): a pattern needing a word
the document lacks is skipped, and the matches are those of trying every pattern.  Sentences
are made up (Velmora, Taravel, Orvel)."""

from __future__ import annotations

import pytest

from communique.events import dict_matcher, dict_prefilter
from communique.events.dictionary import DictPattern, Phrase, load_verb_dictionary
from communique.events.clause_parts import verb_forms


def test_needs_one_word_per_constraint():
    p = DictPattern("t:1", "1711", "", subject=Phrase(frozenset({"police"})),
                    obj=Phrase(frozenset({"boat"}), (("fishing", "vessel"),)),
                    obj_mods=(frozenset({"armed", "heavy weapon"}),),
                    preps=(("near", Phrase(frozenset({"coast"}))), ("from", Phrase())),
                    particles=("off",))
    assert dict_prefilter.needs(p) == (frozenset({"police"}), frozenset({"off"}),
                                       frozenset({"boat", "vessel"}), frozenset({"armed", "heavy"}),
                                       frozenset({"near"}), frozenset({"coast"}), frozenset({"from"}))
    words = frozenset({"police", "off", "vessel", "heavy", "near", "coast", "from"})
    assert dict_prefilter.may_fit(p, words)
    for missing in words:
        assert not dict_prefilter.may_fit(p, words - {missing})
    # an empty modifier member is met by any phrase: no need; a sequence pattern is not read
    assert dict_prefilter.needs(DictPattern("t:2", "190", "", obj_mods=(frozenset({""}),))) == ()
    assert dict_prefilter.needs(DictPattern("t:3", "190", "", subject=Phrase(frozenset({"x"})),
                                            sequence=True)) == ()


def test_doc_words_hold_forms_and_lowered_lemmas(stock):
    doc = stock("The Velmora coast guard Seized two boats.")
    words = dict_prefilter.doc_words(doc)
    assert {"seized", "seize", "boats", "boat", "velmora", "the"} <= words
    assert "Seized" not in words
    other = stock("Taravel released them.")
    assert "release" in dict_prefilter.doc_words(other) and "seize" not in dict_prefilter.doc_words(other)


SENTENCES = [
    "Velmora seized two fishing boats near the coast of Orvel on Monday.",
    "The police arrested three protesters in Taravel and released them later.",
    "Orvel called off the talks with Velmora and recalled its ambassador.",
    "Taravel demanded the release of the detained journalists.",
    "Two ships were impounded by the Velmora navy after they crossed the border.",
    "The ministry accused Orvel of shelling villages and threatened to cut aid to the region.",
    "Velmora and Taravel signed an agreement to restore diplomatic ties.",
    "The rebels fired rockets at the airport and attacked a convoy with heavy weapons.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_matches_are_those_of_every_pattern(stock, text, monkeypatch):
    vd = load_verb_dictionary()
    doc = stock(text)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    assert verbs

    def read():
        out = []
        for t in verbs:
            for shared in (True, False):
                m = dict_matcher.match_dictionary(t, vd, len(doc), verb_forms(t), True, shared)
                out.append(None if m is None else (m.code, m.pattern and m.pattern.id,
                                                   [w.i for w in m.words or []], m.passive))
        return out

    skipped = []

    def counting(vd, block, lemma, shared, passive, words):
        ok = dict_prefilter.usable_patterns(vd, block, lemma, shared, passive, words)
        skipped.append(len(ok) < len(dict_prefilter.voiced_patterns(vd, block, lemma, shared, passive)))
        return ok
    monkeypatch.setattr(dict_matcher, "usable_patterns", counting)
    filtered = read()
    assert any(skipped)   # (the filter was put to work on this sentence)
    monkeypatch.setattr(dict_matcher, "usable_patterns", lambda vd, block, lemma, shared, passive, words:
                        [p for p, _ in dict_prefilter.voiced_patterns(vd, block, lemma, shared, passive)])
    assert read() == filtered


def test_usable_patterns_are_every_block_pattern_of_the_voice_that_may_fit(stock):
    """The memo of a block's patterns per voice, with the prefilter, keeps what the filter
    over every pattern of the block kept, in the same order."""
    vd = load_verb_dictionary()
    words = dict_prefilter.doc_words(stock(" ".join(SENTENCES)))
    blocks = sorted(vd.blocks)
    assert len(blocks) > 100
    lemmas = {e.block: e.lemma for entries in vd.verbs.values() for e in entries}
    for block in blocks:
        lemma = lemmas.get(block, "")
        for shared in (True, False):
            for passive in (True, False):
                want = [p for p in vd.patterns(block) if (shared or not p.verb or p.verb == lemma)
                        and (p.passive if passive else p.active) and dict_prefilter.may_fit(p, words)]
                for _ in range(2):   # (the second time from the memo)
                    assert dict_prefilter.usable_patterns(vd, block, lemma, shared, passive, words) == want
