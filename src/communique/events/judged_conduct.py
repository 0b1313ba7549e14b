"""Conduct judged by an adjective of the speaker's: an accusation told by description.

"Turkey's illegal actions in our waters continue", "the provocative acts of X", "X's
destabilizing activities must stop": a noun of conduct (word class ``conduct_nouns``) with an
adjective that condemns it (``condemning_attributes``) and an owner who names a side (a
possessive, an "of" / "by" phrase, a nationality or name before the noun) is the statement's
voice accusing that side (ACCUSE 110), as "X's actions are illegal" is (stances.toml
[judged.*]).  The source is left to the statement's voice (its issuer), the owner is the
target.  Not when another act of the sentence takes the noun as its object ("we condemn
Turkey's illegal actions" is that condemnation already), nor for conduct only supposed ("any
provocative action by X"), nor for the speaker's own ("our actions").  The word lists are in
``data/judged_conduct.toml``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .matcher import Trigger
from .ontology import read_data_toml
from .owners import possessors
from .patterns import Pattern

DATA = Path(__file__).parent / "data" / "judged_conduct.toml"

# (pos "V": the candidate takes its sides from stances.felt_roles, the statement's voice and the
# owner, and its modality from the noun's clause, as for the copula's [judged.*] triggers; an "N"
# trigger would make the owner the doer, as "X's attack" is)
JUDGED_CONDUCT = Pattern("judged_conduct.toml:conduct", "ACCUSE", None, "110", "V", "conduct",
                         "X's <condemning adjective> <conduct noun>")
_FIRST_PERSON = {"i", "we", "us", "our", "my", "me", "ourselves"}
_SUPPOSED = {"any", "no", "every", "each"}
_OWNER_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data_toml(DATA, keys=("conduct_nouns", "condemning_attributes"))
    return frozenset(data["conduct_nouns"]), frozenset(data["condemning_attributes"])


def conduct_triggers(sent, taken: set, max_tokens: int) -> list[Trigger]:
    """The judged-conduct triggers of ``sent``; ``taken``: token indices of its other triggers."""
    nouns, attributes = _words()
    out = []
    for t in sent[:max_tokens]:
        if t.pos_ != "NOUN" or t.lower_ not in nouns or t.i in taken:
            continue
        judging = [c for c in t.children if c.dep_ in ("amod", "conj") and c.lower_ in attributes]
        if not judging or any(c.dep_ == "det" and c.lower_ in _SUPPOSED for c in t.children):
            continue
        if _object_of_another(t, taken):
            continue
        owner = _owner(t)
        if owner is None:
            continue
        out.append(Trigger(t, JUDGED_CONDUCT, JUDGED_CONDUCT.type, None, JUDGED_CONDUCT.cameo, None,
                           [judging[0], t], target_at=owner))
    return out


def _object_of_another(t, taken: set) -> bool:
    """The noun hangs, at any depth, on another trigger of the sentence: what it acts on, its
    subject, what its adjective is about ("we condemn X's illegal actions", "X's coercive
    measures are illegal", "we are opposed to the coercive measures of X"): that act is the
    judgement already, and the noun its target."""
    return any(a.i in taken for a in t.ancestors)


def _owner(t):
    """Who the conduct is of: "X's", "of X", "by X", or a name or nationality before the noun;
    None for the speaker's own or no one named."""
    owners = possessors(t)
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
    return named[0] if named else None
