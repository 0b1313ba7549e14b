"""Who did it to whom for an event noun ("Israel's assassination of X", "a demand from X").

A possessive, an adjective or compound naming an actor ("Israeli aggression"), a
"from" phrase of a noun of saying, or a "by" phrase (also on its "of" object: "the
arrest of X by Y") is the source; otherwise the
source of the event noun it hangs under ("campaign which began with the
shelling of ...") or the subject of the light verb that has it as object
("launched an attack", "declared a state of siege").  All walks are bounded.
"""

from __future__ import annotations

from .arguments import _preps, protest_targets
from .doers import DOCUMENT_NOUNS, verb_sources
from .clause_parts import agent_nouns, is_relative, pobj
from .matcher import Trigger
from .patterns import load_word_classes
from .stance_clauses import negation_of
from .stance_data import load_stances

MAX_CLIMB = 8
_NAME_ENT = {"NORP", "GPE", "ORG", "PERSON"}
_PATIENT_PREP = "of"
# Event nouns whose possessor is the one acted on ("X's arrest", "X's killing").
_PATIENT_POSS_TYPES = {"ASSAULT", "COERCE"}
# Event nouns of saying whose "from" phrase names who said it ("a demand from X").
_SPEECH_NOUN_TYPES = {"REQUEST", "AGREE", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONSULT"}


def noun_roles(trig: Trigger, triggers: dict, memo: dict, light_verbs=frozenset()) -> tuple[list, list, str]:
    """(source heads, target heads, how the source was found) of an event noun."""
    n, p = trig.token, trig.pattern
    targets = _preps(n, p.target_preps) or prep_on_verb(n, p.target_preps)
    if trig.type == "PROTEST":
        targets += [x for x in protest_targets(n) if x not in targets]
    if trig.type in ("REQUEST", "THREATEN") and not targets:
        # "its demands that the government grant ...": who is to comply
        for c in n.children:
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                targets += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not targets and trig.type in _PATIENT_POSS_TYPES:
        targets = struck_by(n)
    has_of = any(c.dep_ == "prep" and c.lower_ == _PATIENT_PREP for c in n.children)
    sources, how = [], "own"
    pattern_mods = {w.i for w in trig.words}
    for c in n.children:
        if c.dep_ == "poss":
            # "Israel's assassination of X" -> source; "X's arrest" -> the one arrested;
            # "the government's refusal" -> the refuser, whatever "of" marks.
            if _PATIENT_PREP in p.target_preps and not has_of and trig.type in _PATIENT_POSS_TYPES:
                targets.append(c)
            else:
                sources.append(c)
        elif c.dep_ == "prep" and c.lower_ == "from" and trig.type in _SPEECH_NOUN_TYPES:
            # "demands from X", "an appeal from X", "an offer from X": who made it
            p2 = pobj(c)
            if p2 is not None and p2.pos_ in ("PROPN", "NOUN", "PRON"):
                sources.append(p2)
        elif c.dep_ in ("amod", "compound", "nmod") and c.i not in pattern_mods and c.i < n.i:
            if c.ent_type_ in _NAME_ENT:
                sources.append(c)
            else:   # "Israeli tank shelling": the actor modifies the modifier ("Saudi-led")
                led = (c.lemma_ or "").lower() in load_word_classes()["leading"]
                sources += [g for g in c.children if (g.dep_ in ("amod", "compound", "nmod")
                                                      or led and g.dep_ == "npadvmod")
                            and g.ent_type_ in _NAME_ENT and g.i < c.i]
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            p2 = pobj(c)
            if p2 is not None:
                sources.append(p2)
        elif c.dep_ == "acl" and c.tag_ == "VBN" and (n.lemma_ or "").lower() not in DOCUMENT_NOUNS:
            # "the demonstration staged by students", "the raids carried out by X"
            # (not "a press release issued by X": a document, not the act it names)
            sources += [p2 for a in c.children if a.dep_ == "agent" for p2 in [pobj(a)] if p2 is not None]
    if not sources:
        sources = at_hands_of(n) or agent_on_verb(n) or low_agents(n) or agent_on_patient(n)
    if not sources and _PATIENT_PREP not in p.target_preps:
        # "the aggression of X against Y", "the visit of the Chinese premier to Y": where
        # "of" marks no one acted on, a name in it (or a noun a name describes) is the doer
        sources = [g for c in n.children if c.dep_ == "prep" and c.lower_ == _PATIENT_PREP
                   for g in c.children if g.dep_ == "pobj" and (g.ent_type_ in _NAME_ENT or g.pos_ == "PROPN"
                                                               or _named_kind(g))]
    if not sources:
        sources = answerable_party(n) or framed_by(n) or in_state_of(n)
    if not sources:
        sources, how = _inherited_sources(n, triggers, memo, light_verbs)
    return sources, targets, how


def in_state_of(n) -> list:
    """ "we are in (constant) dialogue with X", "X remains in talks with Y": an act said by a
    copula with "in" is the subject's, as "we hold talks" is (the subject; not a relative word).
    Not a state undergone (word class held_states): one "in detention" is the one held."""
    if n.dep_ != "pobj" or n.head.lower_ != "in" or n.head.dep_ != "prep":
        return []
    if (n.lemma_ or n.lower_).lower() in load_word_classes()["held_states"]:
        return []
    verb = n.head.head
    if (verb.lemma_ or "").lower() not in load_stances().copulas or negation_of(verb) is not None:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and not is_relative(c)]


def framed_by(n) -> list:
    """ "Russia's war of aggression", "the Israeli policy of annexation", "acts of aggression by
    X": the act noun in the "of" phrase of a noun that frames it (word class act_frames) is done
    by the frame's owner (its possessive, a name on it, or its "by" phrase)."""
    if n.dep_ != "pobj" or n.head.lower_ != _PATIENT_PREP or n.head.head.pos_ != "NOUN":
        return []
    frame = n.head.head
    if (frame.lemma_ or frame.lower_).lower() not in load_word_classes()["act_frames"]:
        return []
    return [c for c in frame.children if c.dep_ == "poss" or (
        c.dep_ in ("amod", "compound") and c.i < frame.i and c.ent_type_ in _NAME_ENT)] + [
        g for c in frame.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
        for g in c.children if g.dep_ == "pobj"]


def prep_on_verb(n, preps) -> list:
    """ "repelled a Russian assault on X": the parser hangs the event noun's own preposition on
    the verb whose object the noun is; right after the noun's phrase, it is the noun's."""
    v = n.head
    if n.dep_ not in ("dobj", "obj") or v.pos_ != "VERB":
        return []
    return [g for c in v.children if c.dep_ == "prep" and c.lower_ in preps and c.i == n.right_edge.i + 1
            for g in c.children if g.dep_ == "pobj"]


def struck_by(n) -> list:
    """The subject of a passive clause whose "by" agent is a hostile act noun ("X was hit by
    air strikes", "the post was targeted by artillery fire and drones"): the one it struck."""
    while n.dep_ == "conj" and n.head.pos_ == "NOUN":
        n = n.head
    if n.dep_ != "pobj" or n.head.dep_ != "agent" or n.head.lower_ != "by":
        return []
    verb = n.head.head
    return [c for c in verb.children if c.dep_ == "nsubjpass" and not is_relative(c)]


def answerable_party(n) -> list:
    """The subject of "X is responsible for <act>" or "X bears (full) responsibility for
    <act>": who answers for an act is told as its doer (not a relative pronoun, not when negated)."""
    if n.dep_ != "pobj" or n.head.lower_ != "for":
        return []
    held, classes = n.head.head, load_word_classes()
    if held.lower_ in classes["answerable_adjectives"] and held.dep_ == "acomp":
        verb = held.head
    elif (held.lemma_ or "").lower() in classes["answerability_nouns"] and held.dep_ in ("dobj", "obj") \
            and (held.head.lemma_ or "").lower() in classes["answerability_verbs"]:
        verb = held.head
    else:
        return []
    if negation_of(verb) is not None:
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return [] if not subj or all(map(is_relative, subj)) else subj


def _named_kind(g) -> bool:
    """ "the Chinese premier", "Iraqi troops": a common noun a people's or country's name
    modifies stands for an actor of that country."""
    return g.pos_ == "NOUN" and any(m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE")
                                    and m.i < g.i for m in g.children)


def at_hands_of(n) -> list:
    """Complex prepositions of agency, "at the hands of X", "on the part of X" ("the abuses
    suffered at the hands of X", "provocations on the part of X"): X did it (searched in the
    noun's own phrase, its relative clause included; word class agency_prepositions)."""
    agency = load_word_classes()["agency_prepositions"]
    return [g for t in n.subtree if f"{t.head.lower_} {t.lower_}" in agency
            for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def agent_on_verb(n) -> list:
    """ "we condemn the occupation of X by Y" with "by Y" hung on the active verb: an active
    verb has no agent, so the "by" phrase is its object noun's doer."""
    v = n.head
    if n.dep_ not in ("dobj", "obj") or v.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return []
    return [g for c in v.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > n.i
            for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]


def agent_on_patient(n) -> list:
    """ "the arrest of seven activists by the security forces": the parser hangs the "by"
    phrase on the noun's "of" object, which a passive act names no doer by."""
    return [g for c in n.children if c.dep_ == "prep" and c.lower_ == _PATIENT_PREP
            for o in c.children if o.dep_ == "pobj"
            for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
            for g in b.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]


def low_agents(n) -> list:
    """ "the violations of human rights committed by X", "the abductions and the torture
    practised by X": a participle of doing with an agent that the parser hung on the noun of
    the act's "of" phrase or on a later conjunct; its agent did the act ("the villages
    occupied by X" is the villages' state: not a verb of doing)."""
    hosts = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"] + [x for x in n.conjuncts if x.i > n.i]
    doing = load_word_classes()["carrying_out"]
    return [g for p in hosts
            for a in p.children if a.dep_ == "acl" and a.tag_ == "VBN" and (a.lemma_ or "").lower() in doing
            for g in agent_nouns(a)]


def _inherited_sources(n, triggers: dict, memo: dict, light_verbs=frozenset()) -> tuple[list, str]:
    """Source heads of an event noun without its own: from the event noun it hangs
    under, or from the light verb whose object it is ("continued their strike")."""
    x, direct = n, True
    for _ in range(MAX_CLIMB):
        dep, h = x.dep_, x.head
        if h == x:
            break
        trig = triggers.get(h.i)
        if trig is not None:
            if trig.is_verb:
                if trig.merged_noun == n:
                    return verb_sources(h), "verb"
                return [], "none"
            if h.i in memo:
                return memo[h.i], "event"
            return [], "none"
        if h.pos_ in ("VERB", "AUX"):
            if direct and dep in ("dobj", "obj") and (h.lemma_ or "").lower() in light_verbs:
                subj = verb_sources(h)
                if subj and not all(map(is_relative, subj)):
                    return subj, "verb"
            if h.dep_ not in ("relcl", "acl"):
                return [], "none"
        if dep not in ("conj", "appos", "compound") and not _of_chain(x, h):
            direct = False
        x = h
    return [], "none"


def _of_chain(x, h) -> bool:
    """ "a state of siege", "a wave of attacks": the event noun counts as the object of
    the verb above "X of"."""
    return (x.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ == "of") or \
        (x.dep_ == "prep" and x.lower_ == "of" and h.pos_ == "NOUN")
