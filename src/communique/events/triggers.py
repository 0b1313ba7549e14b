"""Triggers of one sentence: pattern and dictionary matches, obligations, and
which of them are only the content of another act.

"called for sanctions": the sanctions are what is called for, not an act of
their own; the call takes their type as its content (CAMEO's "demand sanctions").
"""

from __future__ import annotations

from .cues import Cues
from .dict_refine import refine_codes
from .clause_parts import verb_forms
from .matcher import Trigger, find_triggers
from .partnering import partner_triggers
from .patterns import Pattern, PatternSet
from .stances import stance_triggers
from .token_table import token_table

# "X said (concluded, warned) that Y must ...": a demand by X on Y, coded without a pattern.
OBLIGATION = Pattern("cues.toml:obligation_aux", "REQUEST", None, "100", "V", "say",
                     "<reporting verb> that X must ...")


def sentence_triggers(sent, patterns: PatternSet, cues: Cues, max_tokens: int) -> list[Trigger]:
    """The triggers of ``sent``: its pattern (and dictionary) matches, then its obligations."""
    found = find_triggers(sent, patterns, max_tokens)
    if patterns.dictionary_mode == "refine":
        refine_codes(found, patterns, min(sent.end, sent.start + max_tokens), verb_forms)
    triggers = stance_triggers(sent, found, max_tokens)
    triggers += obligation_triggers(sent, {tr.token.i for tr in triggers}, cues, max_tokens)
    triggers += partner_triggers(sent, {tr.token.i: tr.type for tr in triggers}, max_tokens)
    return triggers


def obligation_triggers(sent, taken: set[int], cues: Cues, max_tokens: int) -> list[Trigger]:
    """ "X said (concluded, warned) that Y must ...": a demand by X on Y."""
    out = []
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a reporting verb)
    for i in range(sent.start, min(sent.end, sent.start + max_tokens)):
        if i in taken or tab.pos[i] != "VERB":
            continue
        lemma = tab.lemma[i]   # ((v.lemma_ or v.lower_).lower())
        if lemma not in cues.reporting and lemma not in cues.obligation_verbs:
            continue
        v = sdoc[i]
        for c in v.children:
            if c.dep_ != "ccomp":
                continue
            modal = next((a for a in c.children if a.dep_ == "aux" and a.lower_ in cues.obligation_aux), None)
            if modal is None:
                continue
            out.append(Trigger(v, OBLIGATION, "REQUEST", None, OBLIGATION.cameo, None, [v, modal]))
            break
    return out


def content_triggers(triggers: list[Trigger], by_tok: dict, cues: Cues) -> set[int]:
    """Token indices of the triggers that are only another act's content; that act
    takes the first such content's type (``content_type``)."""
    content = {tr.token.i for tr in triggers if is_content(tr, by_tok, cues)}
    for tr in triggers:
        g = governing(tr, by_tok)[0] if tr.token.i in content else None
        if g is not None and not g.content_type:
            g.content_type, g.content_cameo = tr.type, tr.cameo
    return content


def is_content(tr: Trigger, by_tok: dict, cues: Cues) -> bool:
    """Governed by a request, offer, rejection or threat, other than as its subject."""
    g, child = governing(tr, by_tok)
    return (g is not None and g.type in cues.content_types
            and child.dep_ not in ("nsubj", "nsubjpass", "csubj") and not _own_act(tr.token, g.token))


# Markers of an adverbial clause that is said beside the act, not asked or refused by it
# ("while we commend X, we urge Y", "although we welcome ..., we reject ...").
_BESIDE_MARKS = {"while", "whilst", "although", "though", "whereas", "as", "since", "because", "when"}


def _own_act(t, top) -> bool:
    """Between trigger ``t`` and the act above it, a clause of its own: a verb coordinated
    with the act itself, or a finite verb coordinated with another ("we urge X to ..., and we condemn Y"; "we reject X and call
    on Y"), or an adverbial clause said beside it ("while we commend X, we urge ...")."""
    x = t
    for _ in range(8):
        if x.i == top.i or x.head.i == x.i:   # (spaCy makes a new Token per access: compare indices)
            return False
        if x.dep_ == "conj" and x.pos_ == "VERB" and (x.head.i == top.i or
                x.tag_ in ("VBP", "VBZ", "VBD") or any(c.dep_ == "nsubj" for c in x.children)):
            return True
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BESIDE_MARKS for c in x.children):
            return True
        x = x.head
    return False


def governing(tr: Trigger, by_tok: dict):
    """The nearest other trigger up the head chain (at most 8 steps), and the
    token just below it on the way there; (None, None) when there is none."""
    x = tr.token
    for _ in range(8):
        h = x.head
        if h == x:
            return None, None
        g = by_tok.get(h.i)
        if g is not None and g is not tr:
            return g, x
        x = h
    return None, None
