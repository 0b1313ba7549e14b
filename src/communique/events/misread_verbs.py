"""Statement verbs in the third person that the parser took for plural nouns ("Guyana thanks
Japan", "X condemns A and calls on Y to ..."): the subject their tree gives them, and a
preposition of theirs the parser hung elsewhere.  Read by :mod:`.stance_clauses`."""

from __future__ import annotations

from .demands import lemma_of
from .stance_data import Stances


def misread_subject(t, st: Stances):
    """The subject of a statement verb the parser took for a plural noun, when its tree says
    so: the name it was hung on as a modifier ("Guyana thanks", "The State of X reserves"),
    the name it was put in apposition to ("The Kingdom of X appeals"), or the noun of a
    first-person relative clause it was made the object of ("The country I represent calls")."""
    if t.dep_ == "conj":
        return _second_verb_subject(t, st)
    if t.i == t.sent.start or not any(c.dep_ in ("dobj", "prep", "appos", "dative", "xcomp", "ccomp", "pobj")
                                      and c.i > t.i for c in t.children) and not judged_thing(t):
        return None   # a verb has what it acts on after it
    if t.dep_ in ("npadvmod", "prep") and t.head.dep_ == "ROOT" and t.head.pos_ == "PROPN" and t.head.i == t.i - 1 \
            and (t.dep_ == "npadvmod" or any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children)):
        return t.head   # "Fiji thanks Australia, ...": the name made the sentence's root (its verb a
        #                 noun, or a preposition with the one thanked its object)
    if t.dep_ == "ROOT":
        return next((c for c in t.children if c.i < t.i and c.dep_ in ("nmod", "compound", "nsubj", "amod")
                     and c.pos_ in ("PROPN", "NOUN")), None)
    if t.dep_ == "appos" and t.head.pos_ in ("PROPN", "NOUN") and t.head.i < t.i:
        return t.head
    h = t.head
    if t.dep_ == "dobj" and h.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in h.children):
        return h.head
    return None


def next_prep(t, preps):
    """The pattern's preposition right after ``t`` that the parser hung elsewhere ("welcomes the
    ceasefire and appeals to the parties", with "to the parties" on "ceasefire"), or None."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in preps and nxt.head.i != t.i else None


def _second_verb_subject(t, st: Stances):
    """ "X calls on Y to ..., and thanks Z", "X condemns A's violations and calls on Y to ...":
    the verb after "and" taken for a plural noun coordinated with the first verb (or with its
    object) has that verb's subject, when it acts like a verb: no determiner or modifier of its
    own, and an object or its pattern's preposition ("calls on")."""
    if t.doc[t.i - 1].lower_ != "and" or any(c.dep_ in ("det", "poss", "amod", "nummod", "compound")
                                               for c in t.children):
        return None
    preps = st.misread[lemma_of(t)].target_preps
    if not any(c.i > t.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in preps)) for c in t.children) \
            and next_prep(t, preps) is None:
        return None
    first = t
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = first if first.pos_ in ("VERB", "AUX") else t.sent.root
    if verb.pos_ not in ("VERB", "AUX") or verb.i >= t.i:
        return None
    # (a name or "my country": a statement's voice; "the judge heard the report and appeals to X" tells)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or any(
        p.dep_ == "poss" and p.lower_ in ("my", "our") for p in c.children))), None)


def judged_thing(t):
    """The thing a misread verb judges when the parser hung it on the verb as a modifier or a
    clause ("Chad denounces that decision", with "that" read as a relative pronoun; "X denounces
    that blockade, which ..." as an adverbial noun; "The Central African Republic denounces that
    hasty assessment" as a clause, acl or advcl): a noun after it with a determiner right after it,
    by one of those labels or, whatever its label, its phrase starting there."""
    if t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ not in ("that", "this", "these", "those", "the"):
        return None
    return next((c for c in t.children if c.i > t.i and c.pos_ == "NOUN" and (
        c.dep_ in ("appos", "dobj", "npadvmod", "relcl")
        or (c.left_edge.i == t.i + 1 and c.dep_ not in ("conj", "punct")))), None)
