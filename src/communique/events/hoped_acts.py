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
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data_toml(DATA, keys=("verbs", "states"))
    return frozenset(data["verbs"]), frozenset(data["states"])


def hoped_triggers(sent, taken: set[int], max_tokens: int) -> list[Trigger]:
    """The hopes of ``sent`` that ask a named actor to act (``taken``: tokens already triggers)."""
    verbs, states = _words()
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
        for v in (c for c in t.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
            doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if doer is None or not names_one_actor(doer) or (v.lemma_ or "").lower() in states:
                continue
            if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in v.children):
                continue
            out.append(Trigger(t, HOPED, HOPED.type, None, HOPED.cameo, None, [t],
                               source_at=speaker, target_at=doer))
            break
    return out
