"""Background acts: events a sentence tells only to situate its news.

"UN troops withdrew ..., two weeks after rebels kidnapped peacekeepers": the
kidnapping happened and is coded, but the sentence reports the withdrawal.  Event
data conventions (CAMEO/PETRARCH, PLOVER) code the act a sentence reports; acts in
a temporal adverbial clause ("after/before/since X did Y"), in a relative clause
or reduced relative describing a noun ("rebels who kidnapped ...", "an agreement
forced on X by Y") and event nouns after a temporal preposition ("after the
kidnapping of ...") are background.  The coder keeps them, marks them with
``fields["background"]`` (the word that makes them so) and ranks them lower.
"""

from __future__ import annotations

from .cues import Cues

MAX_UP = 8
# Links that stay inside one clause or lead to the clause that holds it.
_CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "pcomp", "parataxis", "advcl", "dobj", "pobj", "prep")


def background_marker(t, cues: Cues):
    """The token that makes the clause of ``t`` (an event's verb, light verb or noun)
    background, or None when it is foreground."""
    if misparsed_reduced_relative(t):
        return t
    x = t
    for _ in range(MAX_UP):
        h = x.head
        if h == x:
            return None
        dep = x.dep_
        if dep in ("relcl", "acl") and _existential(h):
            return None   # "there were ten soldiers killed": the participle is the news
        if dep == "advcl":
            mark = next((c for c in x.children if c.dep_ in ("mark", "advmod") and c.i < x.i
                         and c.lower_ in cues.background_marks), None)
            if mark is not None:
                return mark
        if dep == "relcl" and h.pos_ in ("NOUN", "PROPN", "PRON"):
            return next((c for c in x.children if c.tag_ in ("WDT", "WP", "WP$")), x)
        if dep == "acl" and x.tag_ in ("VBN", "VBG") and h.pos_ in ("NOUN", "PROPN") and \
                not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in x.children):
            # a reduced relative ("an agreement forced on X", "civilians held by Y"); not a
            # noun's content clause ("allegations that it had played"), nor an infinitive
            return x
        if dep == "pobj" and h.dep_ == "prep" and h.lower_ in cues.background_preps and x.pos_ == "NOUN":
            return h   # "after the kidnapping of ..."
        if dep not in _CLAUSE_LINKS:
            return None
        x = h
    return None


def temporal_clause_head(t, cues: Cues):
    """The verb whose temporal adverbial clause ("after/before/since ...") holds the verb
    ``t`` ("restored ties five years after crowds burned its embassy": restored), or None."""
    x = t
    for _ in range(MAX_UP):
        h = x.head
        if h.i == x.i:
            return None
        if x.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.i < x.i
                                     and c.lower_ in cues.background_marks for c in x.children):
            return h
        if x.dep_ not in ("conj", "xcomp"):
            return None
        x = h
    return None


def _existential(n) -> bool:
    """The noun of "there is/were N ...": what follows it is the sentence's predicate."""
    return n.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in n.head.children)


def misparsed_reduced_relative(v) -> bool:
    """ "The journalist detained for reporting was released by police": the small parser
    often makes "detained" the main verb and "was released" its conjunct.  A passive
    conjunct with no conjunction or comma before it and no subject of its own shows
    the first verb is a participle describing the subject (its patient, not its doer)."""
    if v.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in v.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    for c in v.children:
        if c.dep_ != "conj" or c.i < v.i:
            continue
        if not any(a.dep_ == "auxpass" for a in c.children):
            continue
        if any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children):
            continue
        between = v.doc[v.i + 1:c.i]
        if not any(w.dep_ == "cc" or w.lower_ in (",", ";", "and", "or", "but") for w in between):
            return True
    return False
