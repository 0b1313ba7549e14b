"""Sources and targets an event takes from the other acts of its sentence.

A sentence's acts lean on each other: "condemned the assassination" aims at the
assassins, "were killed in an Israeli air strike" has the strike's doer, "agreed to
lift embargoes on X" targets X through the act it announces.  Run after every
candidate has its own arguments (:mod:`candidates`).
"""

from __future__ import annotations

from .arguments import is_condition
from .doers import is_passive
from .background import misparsed_reduced_relative
from .candidates import Candidate
from .cues import Cues
from .judged_acts import judged_nouns
from .matcher import disapproves
from .one_act import fold_one_act_words
from .referents import Referents


def link_roles(cands: list[Candidate], content: set[int], by_tok: dict,
               refs: Referents, cues: Cues) -> None:
    """All the borrowings, in the order they build on each other."""
    targets_from_event_nouns(cands, cues)
    # alleged acts and topics of talks keep their sides to themselves
    keep_own = fold_one_act_words(cands, content, refs)
    join_passive_instruments(cands, content)
    misparsed_main_verbs(cands, refs, trigger_idx=set(by_tok))
    for _ in range(2):   # "send arms to help defend X": through the middle verb too
        borrow_targets(cands, content, keep_own, issuers=frozenset(refs.doc.issuers))
    judged_nouns(cands, by_tok)


def targets_from_event_nouns(cands: list[Candidate], cues: Cues) -> None:
    """A target that is itself an event noun stands for that event's sources
    ("condemned the assassination" -> the assassins), for the types that judge acts."""
    by_noun = {c.trig.token.i: c for c in cands if not c.trig.is_verb}
    for c in cands:
        heads, c.event_targets = c.event_targets, []   # read once
        for h in heads:
            other = by_noun.get(h.i)
            if other is not None and other.trig.type == c.trig.type == "REQUEST":
                # "insisted on its demands that X grant ...": the demand's addressee
                for a, sp in zip(other.targets.actors, other.targets.spans):
                    if a not in c.sources.actors:
                        c.targets.add([a], sp)
                continue
            if other is not None and c.trig.type in cues.event_target_types:
                for a, sp in zip(other.sources.actors, other.sources.spans):
                    if a not in c.sources.actors:
                        c.targets.add([a], sp)
                if not other.sources.actors:
                    for a, sp in zip(other.targets.actors, other.targets.spans):
                        if a not in c.sources.actors and c.trig.type == "REQUEST":
                            c.targets.add([a], sp)


def misparsed_main_verbs(cands: list[Candidate], refs: Referents, trigger_idx: set[int]) -> None:
    """ "The journalist detained for X was released by police": the parser made
    "was released" a conjunct of "detained"; its passive subject is the journalist."""
    for c in cands:
        t = c.trig.token
        if not c.trig.is_verb or c.targets.actors or t.dep_ != "conj" \
                or not misparsed_reduced_relative(t.head):
            continue
        for s in (x for x in t.head.children if x.dep_ == "nsubj"):
            f = refs.resolve(s, skip=trigger_idx)
            for a, sp in zip(f.actors, f.spans):
                if a not in c.sources.actors:
                    c.targets.add([a], sp)


def join_passive_instruments(cands: list[Candidate], content: set[int]) -> None:
    """ "were killed in an Israeli air strike": one event, the strike's source and mode."""
    by_tok_c = {c.trig.token.i: c for c in cands}
    for c in cands:
        t = c.trig.token
        if not c.trig.is_verb or c.sources.actors or not is_passive(t):
            continue
        for pr in t.children:
            if pr.dep_ != "prep" or pr.lower_ not in ("in", "during", "by"):
                continue
            n = next((g for g in pr.children if g.dep_ == "pobj" and g.i in by_tok_c), None)
            if n is None:
                continue
            other = by_tok_c[n.i]
            for a, sp in zip(other.sources.actors, other.sources.spans):
                c.sources.add([a], sp)
            if other.trig.type == c.trig.type and other.trig.mode and not c.trig.mode:
                c.trig.mode, c.trig.cameo = other.trig.mode, other.trig.cameo
            content.add(n.i)   # the noun is this same event
            break


def borrow_targets(cands: list[Candidate], content: set[int], keep_own: set[int] = frozenset(),
                   issuers: frozenset[str] = frozenset()) -> None:
    """An event without a target takes the targets of the act it announces or
    serves: "agreed to lift embargoes on X", "began a hunger strike to protest X"."""
    by_tok_c = {c.trig.token.i: c for c in cands}
    # a judge's targets are the doers of the act it judges, never its victims
    # ("condemned the shelling of X, which killed four civilians")
    judges = {id(c.judged_by) for c in cands if c.judged_by is not None}
    for c in cands:
        if c.targets.actors or c.trig.token.i in content or id(c) in judges or addressed(c):
            continue
        anchor = c.trig.token
        # a statement's disapproval or rejection of the act it announces aims at that act's
        # doers, never at whom the act is done to ("we reject the blockade of X": X suffers it)
        deploring = bool(issuers) and bool(c.sources.actors) and set(c.sources.actors) <= issuers and disapproves(c.trig)
        for other in cands:
            taken = other.sources if deploring else other.targets
            if other is c or not taken.actors or other.trig.token.i in keep_own:
                continue
            x, linked = other.trig.token, False
            for _ in range(4):
                h = x.head
                if h == x:
                    break
                if c.trig.type == "THREATEN" and is_condition(x):
                    break   # "unless the detainees are released": what is demanded, not who is threatened
                if x.dep_ == "conj" and h.i == anchor.i:
                    # "we condemn the war in X and call for Y to withdraw from X": an act
                    # coordinated with it is an act of its own, not what it announces
                    break
                if h.i == anchor.i or (c.light is not None and h.i == c.light.i):
                    linked = (other.trig.token.i in content or other.modality.purpose
                              or purpose_clause(x))
                    break
                if h.i in by_tok_c:
                    break
                x = h
            if linked:
                for a, sp in zip(taken.actors, taken.spans):
                    if a not in c.sources.actors:
                        c.targets.add([a], sp)


def purpose_clause(t) -> bool:
    """ "began a strike to demand ...", "sent troops to help ...": an infinitive
    clause saying what the act is for, or the verb an infinitive completes ("help defend")."""
    if t.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
        return True
    return t.dep_ == "xcomp" and t.head.dep_ == "advcl"


def addressed(c: Candidate) -> bool:
    """ "calls on all armed groups to release the teacher", "urged the rebels to free X":
    the one called on is the target, whom the act asked for is done to is not, also when
    the addressee names no actor the knowledge base knows."""
    t = c.trig.token
    if not c.trig.is_verb or c.trig.type != "REQUEST":
        return False
    # (the infinitive is an xcomp, or an advcl when the addressee is a long phrase)
    asked = [x.i for x in t.children if x.dep_ in ("xcomp", "advcl")
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]
    return bool(asked) and any(h.i < min(asked) and (h.head.i == t.i or h.head.head.i == t.i)
                               and h.dep_ in ("dobj", "obj", "pobj") for h in c.target_heads)
