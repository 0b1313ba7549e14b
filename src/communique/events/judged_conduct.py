"""Conduct judged by an adjective of the speaker's: an accusation told by description.

"Turkey's illegal actions in our waters continue", "the provocative acts of X", "X's
destabilizing activities must stop": a noun of conduct (word class ``conduct_nouns``) with an
adjective that condemns it (``condemning_attributes``) and an owner who names a side (a
possessive, an "of" / "by" phrase, a nationality or name before the noun) is the statement's
voice accusing that side (ACCUSE 110), as "X's actions are illegal" is (stances.toml
[judged.*]).  The source is left to the statement's voice (its issuer), the owner is the
target.  Not when another act of the sentence takes the noun as its object ("we condemn
Turkey's illegal actions" is that condemnation already), nor for conduct only supposed ("any
provocative action by X"), nor for the speaker's own ("our actions", "the illegal acts of our
navy"), nor under a framing that denies it ("it is false to speak of X's illegal actions", "the
so-called illegal activities of X").  The word lists are in ``data/judged_conduct.toml``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .cues import load_cues
from .matcher import Trigger
from .ontology import read_data_toml
from .owners import possessors
from .patterns import Pattern
from .token_table import token_table

DATA = Path(__file__).parent / "data" / "judged_conduct.toml"

# (pos "V": the candidate takes its sides from stances.felt_roles, the statement's voice and the
# owner, and its modality from the noun's clause, as for the copula's [judged.*] triggers; an "N"
# trigger would make the owner the doer, as "X's attack" is)
JUDGED_CONDUCT = Pattern("judged_conduct.toml:conduct", "ACCUSE", None, "110", "V", "conduct",
                         "X's <condemning adjective> <conduct noun>")
_FIRST_PERSON = load_cues().speaker_words   # (cues.toml: first_person, first_person_reflexives)
_SUPPOSED = {"any", "no", "every", "each"}
_OWNER_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


_KEYS = ("conduct_nouns", "condemning_attributes", "denying_framings", "hedged_attributes")


@functools.cache
def _words() -> tuple[frozenset[str], ...]:
    data = read_data_toml(DATA, keys=_KEYS)
    return tuple(frozenset(data[k]) for k in _KEYS)


def conduct_triggers(sent, taken: set, max_tokens: int) -> list[Trigger]:
    """The judged-conduct triggers of ``sent``; ``taken``: token indices of its other triggers."""
    nouns, attributes, denials, hedges = _words()
    out = []
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a conduct noun)
    pos, low = tab.pos, tab.lower
    for i in range(sent.start, min(sent.end, sent.start + max_tokens)):
        if pos[i] != "NOUN" or low[i] not in nouns or i in taken:
            continue
        t = sdoc[i]
        judging = [c for c in t.children if c.dep_ in ("amod", "conj") and c.lower_ in attributes]
        if not judging or any(c.dep_ == "det" and c.lower_ in _SUPPOSED for c in t.children):
            continue
        if _object_of_another(t, taken) or _hedged(t, hedges) or _denied(t, denials):
            continue
        owner = _owner(t)
        if owner is None:
            continue
        out.append(Trigger(t, JUDGED_CONDUCT, JUDGED_CONDUCT.type, None, JUDGED_CONDUCT.cameo, None,
                           [judging[0], t], target_at=owner))
    return out


def condemned_act(trig) -> bool:
    """The act trigger ``trig`` names its act with a noun that carries an adjective condemning it
    ("the illegal occupation by X"; of a verb, the noun its pattern names as the act: "X imposed
    an illegal blockade", "the illegal blockade imposed by X"), and nothing holds the charge at a
    distance or supposes it.  Not a verb's object it merely acts on: "X seized illegal weapons",
    "banned illegal mining" judge the weapons and the mining, not the seizure or the ban."""
    _nouns, attributes, denials, hedges = _words()
    t = trig.token
    if t.pos_ == "NOUN":
        named = [t]
    else:
        act_words = {w.i for w in (*trig.words, trig.obj, trig.merged_noun) if w is not None}
        named = [n for n in (*([t.head] if t.dep_ == "acl" else []),
                             *(c for c in t.children if c.dep_ in ("dobj", "nsubjpass"))) if n.i in act_words]
    return any(n.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in attributes for c in n.children)
               and not any(c.dep_ == "det" and c.lower_ in _SUPPOSED for c in n.children)
               and not _hedged(n, hedges) and not _denied(n, denials) for n in named)


def _object_of_another(t, taken: set) -> bool:
    """The noun hangs, at any depth, on another trigger of the sentence: what it acts on, its
    subject, what its adjective is about ("we condemn X's illegal actions", "X's coercive
    measures are illegal", "we are opposed to the coercive measures of X"): that act is the
    judgement already, and the noun its target."""
    return any(a.i in taken for a in t.ancestors)


def _hedged(t, hedges) -> bool:
    """ "the so-called (alleged) illegal activities of X": a charge held at a distance."""
    return any(c.dep_ == "amod" and (c.lower_ in hedges or (c.lower_ == "called" and "so-called" in hedges
                                                            and any(g.lower_ == "so" for g in c.children)))
               for c in t.children)


def _denied(t, denials) -> bool:
    """A clause above the noun framed as not so: "it is false (untrue) to speak of X's illegal
    actions", "talk of X's illegal acts is baseless", "X's illegal actions are a myth".  Not an
    adjective said of the noun as its subject: that judges the conduct, it does not deny it."""
    for a in t.ancestors:
        if a.lower_ in denials:
            return True
        for c in a.children:
            if c.dep_ in ("acomp", "attr") and c.lower_ in denials and not (
                    c.pos_ == "ADJ" and any(s.i == t.i for s in a.children if s.dep_ in ("nsubj", "nsubjpass"))):
                return True
    return False


def _first_person_owned(o) -> bool:
    """ "our navy", "the police of our country": an owner the speaker owns."""
    return any(p.lower_ in _FIRST_PERSON for p in possessors(o)) or any(
        g.lower_ in _FIRST_PERSON or any(p.lower_ in _FIRST_PERSON for p in possessors(g))
        for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def _owner(t):
    """Who the conduct is of: "X's", "of X", "by X", or a name or nationality before the noun;
    None for the speaker's own or no one named."""
    owners = possessors(t)
    if not owners and t.dep_ == "conj" and not any(c.dep_ in ("det", "poss") for c in t.children):
        # "X's claims, demands and illegal activities": the first conjunct's possessive owns them all
        first = t
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        owners = possessors(first)
    if any(o.lower_ in _FIRST_PERSON for o in owners):
        return None
    named = [o for o in owners if o.pos_ == "PROPN" or o.ent_type_ in _OWNER_ENTS]
    named += [g for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
              for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _OWNER_ENTS)]
    named += [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
              and c.ent_type_ in _OWNER_ENTS]
    # "the coercive measures imposed by X": the agent of a participle on the noun
    named += [g for c in t.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
              for g in a.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _OWNER_ENTS)]
    # "the illegal acts of our navy": the speaker's own, as "our acts" is
    named = [o for o in named if not _first_person_owned(o)]
    return named[0] if named else None
