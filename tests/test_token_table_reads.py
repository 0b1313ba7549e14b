"""The coder's helpers that read the parse's token table instead of spaCy Tokens (helper
speed12) give what the Tokens give: the entity column, a subtree's words, a verb's objects
asked again, a passive verb's "by" agent and who does a verb.  Sentences and names are made
up (Velmora, Taravel, Orvel)."""

from __future__ import annotations

import pytest

from communique.events.clause_parts import agent_of, doer_of, is_relative, stand_ins, verb_objects
from communique.events.phrase_bounds import core, names_country
from communique.events.token_table import _build, subtree_has, subtree_indices, token_table

TEXTS = [
    "The Velmora Foreign Ministry condemned the attack on the Orvel embassy in Taravel by armed men.",
    "Two ships were impounded by the Velmora navy after they crossed into Orvel waters on Monday.",
    "The talks, which were hosted by Taravel, helped the two sides settle the dispute.",
    "Vanuatu requests the Court to rule, and the President of the Assembly, Mr. Ander Holm, agreed.",
    "We express, on behalf of my Government, our appreciation to the people of Orvel.",
]


@pytest.fixture(scope="module")
def docs(stock):
    return [stock(text) for text in TEXTS]


def test_the_entity_column_is_the_parse_own(docs):
    for doc in docs:
        assert _build(doc).ent == [t.ent_type_ for t in doc]


def test_subtree_has_reads_every_word_below(docs):
    for doc in docs:
        tab = _build(doc)
        for t in doc:
            for values in (("GPE",), ("GPE", "NORP", "ORG"), ("PERSON",)):
                assert subtree_has(tab, t.i, tab.ent, values) == any(w.ent_type_ in values for w in t.subtree)
            assert subtree_has(tab, t.i, tab.dep, ("prep",)) == any(w.dep_ == "prep" for w in t.subtree)
            got = subtree_indices(tab, t.i)
            assert sorted(got) == sorted(w.i for w in t.subtree) and len(set(got)) == len(got)


def test_a_verbs_objects_asked_again_are_the_same(docs):
    for doc in docs:
        first = [[o.i for o in verb_objects(t)] for t in doc]
        assert token_table(doc).memo   # (kept for the next question)
        assert [[o.i for o in verb_objects(t)] for t in doc] == first
        assert all(o.doc is doc for t in doc for o in verb_objects(t))


def _agent(t):
    """The "by" phrase's object, read on the Tokens."""
    for c in t.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            p = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if p is not None:
                return p
    return None


def _doer(t):
    x = t
    for _ in range(3):
        if (a := _agent(x)) is not None:
            return a
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and is_relative(subj) and x.dep_ == "relcl":
            return x.head
        if subj is not None:
            return subj
        if x.dep_ not in ("conj", "xcomp") or x.head == x:
            return None
        x = x.head
    return None


def test_agents_and_doers_are_those_the_tokens_say(docs):
    seen = 0
    for doc in docs:
        for t in doc:
            assert agent_of(t) == _agent(t)
            assert doer_of(t) == _doer(t)
            seen += agent_of(t) is not None
    assert seen   # (a "by" agent was read)


def test_phrase_bounds_and_names_read_from_the_table_as_before(docs):
    """core and names_country on every word: a noun phrase's own words as its subtree allows,
    and a country named by a name in or before the word."""
    for doc in docs:
        for t in doc:
            lo, hi = core(t)
            sub = [w.i for w in t.subtree]
            assert min(sub) <= lo <= t.i <= hi <= max(sub)
            assert names_country(t) == (t.ent_type_ in ("GPE", "NORP", "ORG") or any(
                x.ent_type_ in ("GPE", "NORP", "ORG") for left in t.lefts for x in left.subtree))
            stand_ins(t, frozenset({"excellency"}), frozenset())   # (reads without a Token per child)
