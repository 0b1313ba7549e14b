"""Who did it: the doer (source) phrases of a verb trigger in the parse.

The subject is the doer; in the passive the "by" agent (or an agent retained as object).  A
verb without a subject takes it from the verb it is coordinated with, the verb that controls
it ("agreed to meet"; "urged X to ..." -> X), the noun its clause modifies, or the copula's
subject of "X was the first country to ...".  A name set off by commas beside a personal
subject is the one spoken to, not a doer (:func:`is_vocative`).  Whom the act is done to is
read by :mod:`.arguments`.  All walks are bounded.
"""

from __future__ import annotations

from .clause_parts import pobj, retained_object_agents, second_clause_verb, stranded_subject, verb_objects
from .means_owners import names_a_giver
from .patterns import load_word_classes
from .token_table import token_table

_SUBJ = ("nsubj", "csubj")
# Set by the coder from cues.toml (stative passives, document nouns).
STATIVE: set[str] = set()
DOCUMENT_NOUNS: set[str] = set()
LIGHT_VERBS: set[str] = set()


def is_vocative(t) -> bool:
    """ "Secretary-General, I would like to ...", "Mr. President, we ...": a name set off by
    commas (or opening the sentence) beside a personal-pronoun subject of the same verb is
    the one spoken to, not a doer."""
    if t.pos_ not in ("PROPN", "NOUN") or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].text != ",":
        return False
    first = min(x.i for x in t.subtree)
    if first > t.sent.start and t.doc[first - 1].text != ",":
        return False
    verb = t.head
    if verb.tag_ == "VB" and any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in verb.children):
        return True   # "Mr. President, allow me to ...": the speaker is "me"
    return any(c != t and c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PERSONAL_SUBJECTS
               for c in verb.children)


_PERSONAL_SUBJECTS = {"i", "we", "you"}


def is_passive(t) -> bool:
    if (t.lemma_ or "").lower() in STATIVE:
        return False
    tab = token_table(t.doc)   # (children read from the parse's table, no Token made)
    return any(tab.dep[k] in ("nsubjpass", "auxpass") for k in tab.kids(t.i))


def verb_sources(t, depth: int = 0, obj=None) -> list:
    """Head tokens of the phrases acting as the subject (the doer) of verb ``t``."""
    if depth > 4:
        return []
    if is_passive(t):
        agents = [p for c in t.children if c.dep_ == "agent" for p in [pobj(c)] if p is not None]
        return _means_giver(t, agents) or agents or retained_object_agents(t)
    if t.tag_ == "VBN" and (t.dep_ == "acl" or t.dep_ == "conj" and t.head.dep_ == "acl"):
        # a reduced passive relative: "the plan backed by France (and opposed by Y)", "an
        # agreement forced on X by Y": the "by" agent did it (the noun is what was acted on)
        agents = [p for c in t.children if c.dep_ == "agent" for p in [pobj(c)] if p is not None]
        if agents:
            return _means_giver(t, agents) or agents
    subj = [c for c in t.children if c.dep_ in _SUBJ or (c.dep_ == "nsubjpass" and not is_passive(t))]
    if len(subj) > 1:
        subj = [c for c in subj if not is_vocative(c)] or subj
        # ("Nauru welcomes Taiwan, Japan and Korea": a second subject after the verb is its object)
        subj = [c for c in subj if c.i < t.i] or subj
    elif subj and is_vocative(subj[0]):
        subj = []   # "Mr. President, allow me to ...": the one spoken to does nothing
    if subj:
        return subj
    fronted = _subject_in_fronted_phrase(t)
    if fronted:
        return fronted
    dep, head = t.dep_, t.head
    if head == t:
        return []
    if dep == "conj":
        if is_passive(head):   # "was indicted by the court and will resign": the one indicted
            return [c for c in head.children if c.dep_ == "nsubjpass"]
        if (main := second_clause_verb(t)) is not None:   # "we urge X to allow A and thank Y"
            return verb_sources(main, depth + 1)
        if (stranded := stranded_subject(t)) is not None:   # "X condemned A and Y urged B"
            return [stranded]
        return verb_sources(head, depth + 1)
    if dep == "xcomp":
        # "urged X to ..." -> X; "agreed to ..." -> the subject of "agreed";
        # "X is scheduled to attend" -> X
        if is_passive(head):
            sp = [c for c in head.children if c.dep_ == "nsubjpass"]
            if sp:
                return sp
        objs = verb_objects(head)
        lemma = (head.lemma_ or "").lower()
        if objs and head.pos_ == "VERB" and lemma in LIGHT_VERBS \
                and objs[0].pos_ == "NOUN" and not objs[0].ent_type_:
            # "began a hunger strike to demand ...": the strikers demand, not the strike
            return verb_sources(head, depth + 1)
        if objs and head.pos_ == "VERB" and lemma in load_word_classes()["using_verbs"] and _a_means(objs[0]):
            # "entering X's airspace, using it to strike Y": the user strikes, not "it" (X)
            return verb_sources(head, depth + 1)
        if objs and head.pos_ == "VERB" and objs[0].i < t.i:
            return objs[:1]
        # (an object the parser hangs on the main verb after the infinitive is the infinitive's:
        # "I wish to thank X, Y and Z" with Y read as the object of "wish", not its doer)
        if head.pos_ == "ADJ":  # "is willing to send"
            return verb_sources(head.head, depth + 1) if head.head != head else []
        return verb_sources(head, depth + 1)
    if dep == "advcl" and _bare_participle(t):
        # "attacked by X, we ...": passive in sense, the main clause's subject suffers it; its
        # doer is its agent.  With no agent ("Deployed in Mali, French troops attacked ...") the
        # main clause's subject is the one sent, mobilised ...: read as any advcl below
        agents = [p for c in t.children if c.dep_ == "agent" for p in [pobj(c)] if p is not None]
        if agents:
            return agents
    if dep in ("advcl", "pcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        if dep == "ccomp" and not any(a.lower_ == "to" for a in t.children):
            return []
        return verb_sources(head, depth + 1)
    if dep == "pcomp" and head.dep_ == "prep":
        host = head.head
        if head.lower_ == "from" and (host.lemma_ or host.lower_).lower() in load_word_classes()["preventing_verbs"]:
            # "prevented Y from attacking", "Y was stopped from entering": Y would act
            kept = [c for c in host.children if c.dep_ in ("dobj", "nsubjpass")]
            if kept:
                return kept[:1]
        if (host.pos_ == "ADJ" or host.dep_ == "acomp") and host.head != host:
            host = host.head   # "are guilty of violating"; "are committed to working" (tagged a verb or not)
        return verb_sources(host, depth + 1) if host.pos_ in ("VERB", "AUX") else []
    if dep in ("acl", "relcl") and head.dep_ == "attr" and head.head.pos_ in ("AUX", "VERB") \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children) and _singled_out(head):
        # "X was the first / only / last country to recognise Y": the copula's subject did it
        # (not "this is the moment to ...": an occasion, no doer; not "the aim is the plan to ...")
        subj = [c for c in head.head.children if c.dep_ in _SUBJ and c.lower_ not in _EXPLETIVES]
        if subj:
            return subj
    if dep == "relcl":
        return [head]
    if dep == "acl":
        # "forces deployed in X" (VBN, no object): the noun is what was acted on.
        if t.tag_ == "VBN" and not verb_objects(t) and obj is None:
            return []
        if (head.lemma_ or "").lower() in load_word_classes()["occasions"] and head.dep_ in ("dobj", "obj") \
                and head.head.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
            # "I take this opportunity to thank X", "we use this occasion to call on Y": the
            # one who takes the occasion acts (the occasion is no doer, whatever hangs on it)
            return verb_sources(head.head, depth + 1)
        # "issued a declaration demanding ...": the text's issuer.
        if (head.lemma_ or "").lower() in DOCUMENT_NOUNS and head.dep_ in ("dobj", "obj", "pobj", "nsubj"):
            host = head.head if head.dep_ != "pobj" else head.head.head
            if host.pos_ in ("VERB", "AUX") and host != t:
                return verb_sources(host, depth + 1)
        return [head]
    return []


def _bare_participle(t) -> bool:
    """Verb ``t`` is a past participle standing alone (no auxiliary, subject or object)."""
    return t.tag_ == "VBN" and not verb_objects(t) and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in t.children)


def _means_giver(t, agents: list) -> list:
    """ "backed by air cover from X": a verb of backing (word class backing_verbs) whose "by"
    agent is only a force's means (word class military_means), with the "from" phrase that
    says whose they are hung by the parser on the verb: the one the means come from (the
    "from" phrase's object) is the doer, when it names a side (means_owners: "from US
    warships", "from Russia"; not "from Congolese territory", "from their own tanks")."""
    classes = load_word_classes()
    if (t.lemma_ or t.lower_).lower() not in classes["backing_verbs"]:
        return []
    if not agents or not all((a.lemma_ or a.lower_).lower() in classes["military_means"] for a in agents):
        return []
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in [pobj(c)] if p is not None and p.pos_ in ("PROPN", "NOUN")
            and any(names_a_giver(w) for w in p.subtree)]


def _a_means(o) -> bool:
    """Object ``o`` of a verb of using is "it", a thing used, which the parse would make the
    doer (and its antecedent's country with it).  (A common noun used, "used a loudspeaker to
    call for ...", is left to the object rule: the news sets code no such act.)"""
    return o.lower_ == "it"


def _subject_in_fronted_phrase(t) -> list:
    """ "On 22 July in Istanbul, X and Y signed ...": a verb with no subject right after
    names the parser joined to the fronted phrase's last noun across its comma; those names
    after the comma are the subject."""
    if t.tag_ not in ("VBD", "VBZ", "VBP") or t.i == t.sent.start:   # (the cheap test first)
        return []
    prev = t.doc[t.i - 1]
    if prev.dep_ != "conj" or prev.pos_ != "PROPN":
        return []
    first = prev
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    after = [x for x in first.conjuncts if first.i < x.i < t.i]
    if (not after or first.dep_ != "pobj" or t.doc[after[0].i - 1].text != ","
            or not any(a == t for a in first.ancestors)):
        return []
    return after


# Subjects of a copula that point at an occasion or a fact, not at a doer.
_EXPLETIVES = {"this", "that", "it", "there", "these", "those", "what"}


def _singled_out(n) -> bool:
    """ "the first (second, last, only, youngest) N": a noun an ordinal, "only" or a
    superlative singles out (word class one_of_a_kind), whose infinitive relative says what its
    referent did."""
    singling = load_word_classes()["one_of_a_kind"]
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in singling) or c.dep_ == "advmod"
               and c.lower_ == "only" for c in n.children) or n.lower_ in singling
