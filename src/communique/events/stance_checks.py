"""Tests of the clause around a stance word that :mod:`stance_clauses` asks (kept apart to keep
that module small): is the speaker's own stance noun said of itself, does a judged subject name
a doer, is a response aimed at any hostile act, is the speaker's own self defended under "will",
is a judgement said by a noun; and the phrases some stances take their target from ("due to X",
"a friend of X", "welcome X into <organisation>", a partner named)."""

from __future__ import annotations

from .clause_parts import doer_of, says_will, verb_objects
from .cues import load_cues
from .demands import lemma_of, negation_of
from .stance_data import Stances

_FIRST_PERSON = load_cues().speaker_words   # (cues.toml: first_person, first_person_reflexives)


def judged_noun(t, st: Stances) -> bool:
    """Noun ``t`` of a judgement ([judged.*]: "violation", "breach") says what its copula's or
    judging verb's subject is ("X's blockade is / constitutes a violation of the Charter"), the
    subject naming someone, not negated."""
    return ((t.dep_ == "attr" and lemma_of(t.head) in st.copulas) or (
        t.dep_ == "dobj" and lemma_of(t.head) in st.judging)) and negation_of(t.head) is None and names_a_doer(t.head)


def self_defence_announced(t, st: Stances) -> bool:
    """The speaker's own land, sovereignty or self (word class defended) defended under "will" /
    "shall" or an adjective of readiness ("ready / determined to defend ...")."""
    from .patterns import load_word_classes

    own = load_word_classes()["sovereign_domains"] | st.defended
    if not any(o.lower_ in own and (o.lower_ in st.defended or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my", "its") for c in o.children)) for o in verb_objects(t)):
        return False
    return defence_announcer(t, st) is not None


def defence_announcer(t, st: Stances):
    """The word that announces defending verb ``t``: ``t`` itself under "will" / "shall", the
    adjective of readiness it hangs on, or the verb announced under "will" whose purpose it is
    ("we will take all necessary measures / use all means to defend ..."); None."""
    h = t.head
    if says_will(t):
        return t
    if t.dep_ == "xcomp" and h.lower_ in st.readiness:
        return h
    if t.dep_ in ("relcl", "acl") and h.dep_ in ("dobj", "obj"):
        h = h.head   # ("measures to defend": the parser makes the purpose a clause of the noun)
    purpose = t.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    return h if purpose and h.pos_ == "VERB" and says_will(h) and negation_of(h) is None else None


def names_a_doer(cop) -> bool:
    """The copula's subject names someone ("the measures imposed by X", "Russia's decision"), and
    is not the speaker's own ("our position") nor the "it" of "it is illegal to fish")."""
    subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in subj.children) and any(
        w.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for w in subj.subtree)


def any_hostile_act(t, st: Stances) -> bool:
    """ "(we will respond) to any aggression / attack / provocation (by X)": a hostile act that
    may come, answered (word class hostile_acts)."""
    return any(g.lower_ in st.hostile_acts and any(d.dep_ == "det" and d.lower_ == "any" for d in g.children)
               for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")


def own_stance_said(t, st: Stances) -> bool:
    """Stance noun ``t`` owned by the speaker ("our", "my"), aimed by one of its prepositions, as
    the subject of a copula ("our support for X is / remains unwavering") or in the "in" phrase of
    an adjective or copula ("we remain steadfast / united in our solidarity with X")."""
    if not any(c.dep_ == "prep" and c.lower_ in st.nouns[t.lower_].target_preps for c in t.children):
        return False
    if not any(c.dep_ == "poss" and c.lower_ in st.speaker_possessives for c in t.children):
        if in_phrase_holder(t, st) is not None:
            return True   # "X remains steadfast in its support for Y": X's own stance, held
        # ("X's / my country's support for Y remains unwavering": a named owner, a steadfast stance)
        return stance_owner(t, st) is not None and t.dep_ == "nsubj" and lemma_of(t.head) in st.copulas \
            and any(a.dep_ == "acomp" and a.lower_ in st.steadfast for a in t.head.children)
    if t.dep_ == "nsubj":
        return lemma_of(t.head) in st.copulas
    return held_in(t, st) is not None


def held_in(t, st: Stances, steadfast: bool = False):
    """The copula in whose "in" phrase, or whose adjective's "in" phrase, stance noun ``t`` is
    ("we remain steadfast / united in our solidarity with X"), the stance said to be held: the
    copula not negated ("not", "no longer") and not in a conditional clause ("if X were firm in
    its support"); None otherwise.  ``steadfast``: only an adjective of a stance held (word class
    steadfast_adjectives; "hesitant / naive in its support" holds none)."""
    h = t.head
    if t.dep_ != "pobj" or h.lower_ != "in" or h.head == h:
        return None
    host = h.head
    if host.dep_ == "acomp":
        adjective, host = host, host.head
    elif lemma_of(host) in st.copulas:   # (the parser may hang the phrase on the copula)
        adjective = next((c for c in host.children if c.dep_ == "acomp"), None)
    else:
        return None
    if steadfast and (adjective is None or adjective.lower_ not in st.steadfast):
        return None
    return None if not_held(host, st) else host


def not_held(v, st: Stances) -> bool:
    """Verb ``v`` is negated ("is not", "is / no longer maintain") or heads a conditional clause."""
    from .cues import load_cues

    cues = load_cues()
    return negation_of(v) is not None or any(
        c.dep_ == "advmod" and c.lower_ in cues.ended_adverbs and any(g.dep_ == "neg" for g in c.children)
        for c in v.children) or (v.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in v.children))


def in_phrase_holder(t, st: Stances):
    """The subject whose own stance noun ``t`` is, owned by a possessive standing for it, in the "in"
    phrase of an adjective of a stance held ("X remains / has always been steadfast in its support
    for Y", "X, which is unwavering in its condemnation of Y"): X; None otherwise."""
    if not any(c.dep_ == "poss" and c.lower_ in st.subject_possessives for c in t.children):
        return None
    host = held_in(t, st, steadfast=True)
    return doer_of(host) if host is not None else None


def carries_a_stance(o, v, st: Stances) -> bool:
    """Carrier noun ``o`` (word class carrier_nouns), object of verb ``v``, may carry a stance
    noun: a noun of a position taken (word class position_nouns) only with a possessive owner and
    a doer of ``v`` that is no armed body (word classes security_forces, military_units)."""
    if o.lower_ not in st.position_nouns:
        return True
    if not any(c.dep_ == "poss" for c in o.children):
        return False
    from .patterns import load_word_classes

    classes = load_word_classes()
    doer = doer_of(v)
    return doer is None or doer.lower_ not in classes["security_forces"] | classes["military_units"]


def stance_owner(t, st: Stances):
    """The named owner of stance noun ``t`` ("Norway's support", "my country's support"), or None."""
    return next((c for c in t.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or any(
        g.dep_ == "poss" and g.lower_ in st.speaker_possessives for g in c.children))), None)


def partnered(v) -> bool:
    """Verb ``v`` names whom it is done with: a "with" phrase or a coordinated subject ("X and Y
    work together"; not "we must work together")."""
    return any((c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "nsubj" and any(
        g.dep_ == "conj" for g in c.children)) for c in v.children)


def of_phrase(n):
    """The one named in noun ``n``'s "of" phrase, or None."""
    return next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def due_to(v):
    """The one named in the "due to X" of copula ``v`` (the parser hangs "to" on "due" either
    as a preposition or as its complement), or None."""
    due = next((c for c in v.children if c.lower_ == "due" and c.dep_ in ("acomp", "prep")), None)
    to = next((c for c in due.children if c.lower_ == "to"), None) if due is not None else None
    return next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None


def arrival_body(prep) -> bool:
    """The phrase of arrival names an organisation ("welcome X into the Union, to the
    Organization"): X is welcomed as a member, not as a visitor to a place."""
    return any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in prep.children)
