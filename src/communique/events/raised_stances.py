"""A stance raised or taken up again ("we have stepped up our support to X", "we increased our
humanitarian support for Y", "we are intensifying our condemnation of Z"): the raised noun's act,
as a conveying verb's (stances.toml ``raising_verbs``).

Unlike "reiterate" or "extend", a verb of raising is mostly said as an aim ("we must step up our
support", "we need to strengthen our commitment", "it is critical that X increase its support"):
there it tells no act, and the statement's call on others is read elsewhere. So it counts only
told as done (a past, a perfect, a progressive; no modal), on a noun with an owner.
"""

from __future__ import annotations

from .clause_parts import doer_of, is_actorish
from .cues import load_cues
from .patterns import load_word_classes
from .stance_checks import not_held
from .stance_data import load_stances

# The tags of a verb told as done, or being done: a past, a perfect's participle, a progressive.
_DONE_TAGS = ("VBD", "VBN", "VBG")


def _told_done(v) -> bool:
    """Verb ``v`` (or the verb it is a conjunct of, which holds the auxiliaries) is a past, a
    perfect or a progressive with no auxiliary of duty or future, and no passive."""
    if v.tag_ not in _DONE_TAGS:
        return False
    # (a conjunct with no subject of its own shares its head's auxiliaries: "we have stepped up
    # X and increased Y")
    head = v.head if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.tag_ == v.tag_ \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) else v
    if head.dep_ in ("xcomp", "acl", "relcl", "advcl", "pcomp", "amod", "pobj"):
        return False   # ("the aim of increasing our support", "to have increased ..."): no report
    aux = [c for w in (v, head) for c in w.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" for c in aux):
        return False
    classes = load_word_classes()
    modal = set(classes["duty_aux"]) | set(classes["future_aux"])
    if any(c.lower_ in modal or c.lower_ == "to" for c in aux):
        return False
    if v.tag_ == "VBN":
        return any(c.lemma_ == "have" for c in aux)
    if v.tag_ == "VBG":
        return any(c.lemma_ == "be" for c in aux)
    return True


def is_raising(t, st) -> bool:
    """Verb ``t`` raises a stance: a raising verb, or a phrasal one with its particle of raising
    ("stepped up our support"; "scaled back / down our support" cuts it: stances.toml
    raising_phrasal_verbs, word_classes.toml raising_particles)."""
    if t.pos_ != "VERB":
        return False
    if t.lemma_ in st.raising:
        return True
    particles = load_word_classes()["raising_particles"]
    return t.lemma_ in st.raising_phrasal and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in t.children)


def _asked_or_wished(v) -> bool:
    """Verb ``v`` (or the verb it is a conjunct of) is negated, in a conditional clause, asked
    ("have we increased ...?": an auxiliary before the subject, or the sentence a question) or
    wished ("we wish we had increased ...", cues.toml wish_verbs): it tells no raising done."""
    st = load_stances()
    head = v.head if v.dep_ == "conj" else v
    if not_held(v, st) or (head is not v and not_held(head, st)):
        return True
    subj = doer_of(v)
    aux = [c for w in {v, head} for c in w.children if c.dep_ == "aux"]
    if subj is not None and any(a.i < subj.i for a in aux):
        return True
    if v.sent[-1].lower_ == "?":
        return True
    return head.dep_ == "ccomp" and head.head.lemma_ in load_cues().wish_verbs


def _named_party(t, said, actor_nouns) -> bool:
    """The party the raised noun ``said`` is for or to, if named, is an actor ("support for the
    currency" is none), and the doer is no public (word class publics: "voters have increased
    their support for X" is an opinion, no act)."""
    preps = load_stances().nouns[said.lower_].target_preps
    parties = [g for w in (said, t) for c in w.children if c.dep_ == "prep" and c.lower_ in preps
               for g in c.children if g.dep_ == "pobj"]
    return not parties or any(is_actorish(g, actor_nouns) for g in parties)


def raised(t, said) -> bool:
    """Raising verb ``t`` tells its object ``said`` (a stance noun) as an act: ``t`` told as
    done by an actor ("recent events deepened our concern" is none; by a public, "voters", none)
    and not negated, asked or wished; ``said`` owned ("our / its / X's support") and, if its
    party is named, for an actor."""
    doer = doer_of(t)
    actor_nouns = load_cues().actor_nouns
    return _told_done(t) and any(c.dep_ == "poss" for c in said.children) \
        and doer is not None and is_actorish(doer, actor_nouns) \
        and not {doer.lower_, doer.lemma_} & load_word_classes()["publics"] \
        and not _asked_or_wished(t) and _named_party(t, said, actor_nouns)
