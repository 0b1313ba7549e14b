"""A speaker's hope that someone else acts is a request of them (REQUEST, CAMEO 020).

"We hope that X will finally engage in the negotiations", "I trust that the Council will adopt
the resolution", "I hope that X and Y provide support": in the speaker's voice (a first-person
subject, present tense) a hope about the act of another, named actor asks that actor to act,
as "we call on X to ..." does; the act hoped for is its content, not an event.  Not a hope about
a state ("that X will be more effective"), a passive ("that X will be compensated"), a negated
or asked hope, nor one about a thing ("that the summit will result in ...").  The word lists are
in ``data/hoped_acts.toml``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .clause_parts import names_one_actor
from .matcher import Trigger
from .ontology import read_data_toml
from .patterns import Pattern
from .token_table import token_table

DATA = Path(__file__).parent / "data" / "hoped_acts.toml"

HOPED = Pattern("hoped_acts.toml:hope", "REQUEST", None, "020", "V", "hope", "we hope that X will <act>")

_SPEAKERS = {"i", "we"}


@functools.cache
def _words() -> tuple[frozenset[str], ...]:
    """The verbs of hoping, the states hoped for (no act), the nouns and adjectives of hoping."""
    data = read_data_toml(DATA, keys=("verbs", "states", "nouns", "adjectives"))
    return tuple(frozenset(data[k]) for k in ("verbs", "states", "nouns", "adjectives"))


def _doer_hoped_for(clauses, states: frozenset[str]):
    """The subject of the first of ``clauses`` (the verbs of what is hoped) that tells an act
    of one named actor, or None: not a state ("that X will be ..."), a negation or a passive."""
    for v in clauses:
        doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if doer is None or not names_one_actor(doer) or (v.lemma_ or "").lower() in states:
            continue
        if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in v.children):
            continue
        return doer
    return None


def hoped_triggers(sent, taken: set[int], max_tokens: int) -> list[Trigger]:
    """The hopes of ``sent`` that ask a named actor to act (``taken``: tokens already triggers)."""
    verbs, states, _nouns, _adjectives = _words()
    out = []
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a verb of hoping)
    for i in range(sent.start, min(sent.end, sent.start + max_tokens)):
        # (the table's lemma key falls back on the form: the exact test is on the token)
        if i in taken or tab.pos[i] != "VERB" or tab.tag[i] not in ("VBP", "VB") \
                or (tab.lemma[i] not in verbs and "" not in verbs):
            continue
        t = sdoc[i]
        if (t.lemma_ or "").lower() not in verbs:
            continue
        speaker = next((c for c in t.children if c.dep_ == "nsubj"), None)
        # (said now: no negation, no auxiliary but "do" / "would": "we had hoped" is past)
        if speaker is None or speaker.lower_ not in _SPEAKERS or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ not in ("do", "would")) for c in t.children):
            continue
        if sent.text.rstrip().endswith("?"):
            continue
        doer = _doer_hoped_for((c for c in t.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), states)
        if doer is not None:
            out.append(Trigger(t, HOPED, HOPED.type, None, HOPED.cameo, None, [t],
                               source_at=speaker, target_at=doer))
    return out


def said_hopes(sent, taken: set[int], max_tokens: int) -> list[Trigger]:
    """Hopes said with a noun or an adjective: "it is our (sincere) hope that X will <act>", "our
    hope is that X will ...", "we are hopeful / confident that X will ..." (word classes
    ``nouns``, ``adjectives``): the speaker's request of X, as "we hope that X will ..."."""
    _verbs, states, nouns, adjectives = _words()
    words = nouns | adjectives
    out = []
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a word of hoping)
    question = None
    for i in range(sent.start, min(sent.end, sent.start + max_tokens)):
        if i in taken or tab.lower[i] not in words:
            continue
        if question is None:   # (the sentence's text read once, and only for a word of hoping)
            question = sent.text.rstrip().endswith("?")
        if question:
            return []   # (a question hopes nothing)
        t = sdoc[i]
        cop = t.head
        if t.dep_ not in ("attr", "nsubj", "acomp") or (cop.lemma_ or "").lower() != "be" or cop.i in taken:
            continue
        if t.lower_ in nouns:
            speaker = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
        else:
            speaker = next((c for c in cop.children if c.dep_ == "nsubj" and c.lower_ in _SPEAKERS), None)
        if speaker is None or t.pos_ not in ("NOUN", "ADJ") or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ not in ("do", "would")) for c in cop.children):
            continue
        clauses = [c for h in (t, cop) for c in h.children if c.dep_ in ("ccomp", "acl") and c.pos_ == "VERB"
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        doer = _doer_hoped_for(clauses, states)
        if doer is not None:
            out.append(Trigger(cop, HOPED, HOPED.type, None, HOPED.cameo, None, [cop, t],
                               source_at=speaker, target_at=doer))
    return out
