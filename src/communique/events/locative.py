"""The place of an act done somewhere, which may stand for the act's target."""

from __future__ import annotations

from .clause_parts import pobj, verb_objects
from .matcher import Trigger
from .patterns import load_word_classes
from .removals import removes_people

# Acts done *in* a place to whoever lives or rules there (a curfew, a state of siege,
# a suspension of aid, shelling, a riot): with no other target, the place named in
# the event's own clause stands for its country.  Not speech acts; a meeting only as its
# host (below); a show of force only from the side it faces.
LOCATIVE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE", "SANCTION", "PROTEST", "MOBILIZE"})
# A meeting, talks or a visit with no one met named is hosted by the country of the place it is
# held in ("the two ministers will meet in Geneva"; PETRARCH-2 takes the actor of a verb's
# prepositional phrase as its target when its object names none), unless that is the country
# of every one meeting (a meeting at home hosts no one).  Only the meeting's own phrases of place
# ("discussed the war in X" is not held in X); only states' actors are hosted (place_actors).
HOSTED_TYPES = frozenset({"CONSULT"})
_LOCATIVE = ("in", "at", "inside", "into", "across", "throughout")
# A show of force (MOBILIZE) is aimed at whom it faces, not at its host ("exercises in X"):
# the prepositions of facing, and those whose border noun names the side faced ("massed troops
# on / along the border of / with X").
FACING_TYPES = frozenset({"MOBILIZE"})
_FACING = ("against", "near", "towards", "toward", "around")
_AT_BORDER = ("on", "along", "at", "across", "near", "to")


def locative_heads(trig: Trigger, light=None) -> list:
    """Objects of locative prepositions on the trigger, its object and the object's
    participle ("the curfew imposed in X"), its conjoined verb, at most two steps down;
    for a show of force, the side it faces (:func:`_faced`); for a meeting, only the places
    of the meeting itself (:func:`_meeting_words`)."""
    if trig.type in FACING_TYPES:
        return _faced(_hosts(trig))
    if trig.type in HOSTED_TYPES:
        return _places_on(_meeting_words(trig, light))
    got = _places_on(_hosts(trig))
    classes = load_word_classes()
    if removes_people(trig.token):
        # "expelled thousands into X": where the ones removed are sent, not where it was done
        got = [p for p in got if p.head.lower_ not in classes["destination_preps"]]
    return got


def _places_on(hosts) -> list:
    """The objects of the locative phrases hung on ``hosts`` ("in X", "at this jail in X")."""
    out = []
    for h in hosts:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _LOCATIVE:
                p = pobj(c)
                if p is not None and p.pos_ in ("PROPN", "NOUN"):
                    out.append(p)
                    # "at this jail in northern X": one step further
                    out += [g for c2 in p.children if c2.dep_ == "prep" and c2.lower_ in _LOCATIVE
                            for g in [pobj(c2)] if g is not None]
    return out


def _faced(hosts) -> list:
    """ "exercises near / against / towards X", "troops on the border of (with) X": whom a show
    of force faces."""
    borders = load_word_classes()["borders"]
    out = []
    for h in hosts:
        for c in h.children:
            p = pobj(c) if c.dep_ == "prep" else None
            if p is None or p.pos_ not in ("PROPN", "NOUN"):
                continue
            if (p.lemma_ or p.lower_).lower() in borders and c.lower_ in _AT_BORDER:
                out += [g for c2 in p.children if c2.dep_ == "prep" and c2.lower_ in ("of", "with")
                        for g in [pobj(c2)] if g is not None]
            elif c.lower_ in _FACING:
                out.append(p)
    return out


def _meeting_words(trig: Trigger, light) -> list:
    """Where a meeting's own place hangs: the words of the trigger (the meeting verb, its
    meeting noun: "held talks in X"), the light verb of an event noun, a verb conjoined to it and
    a participle on it ("talks held in X"); never an object that is no part of the trigger
    ("discussed the war in X" is no meeting held in X)."""
    t = trig.token
    words = [t, *(w for w in trig.words if w is not t)]
    words += [light] if light is not None and light not in words else []
    words += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    words += [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return words


def _hosts(trig: Trigger) -> list:
    """The trigger, its objects, the nouns above an event noun, conjoined verbs and the
    participles hung on them: where the act's phrases of place hang."""
    t = trig.token
    hosts = [t, *verb_objects(t)]
    if trig.obj is not None and trig.obj not in hosts:
        hosts.append(trig.obj)
    if not trig.is_verb:
        # "a state of siege in X": the nouns above the event noun, up to its verb
        x = t
        for _ in range(3):
            if x.head == x or x.dep_ not in ("pobj", "prep", "compound", "dobj"):
                break
            x = x.head
            if x.pos_ in ("NOUN", "PROPN") and x not in hosts:
                hosts.append(x)
    hosts += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for h in list(hosts):
        for c in h.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                hosts.append(c)
    return hosts
