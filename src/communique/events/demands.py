"""Demands said in the statement's own voice: "X must / should <act>", "X has to <act>", "it is
time for X to <act>", "it is imperative that X <act>" (a REQUEST of X; the act asked for is not
done).  Read by :func:`stance_clauses.stance_at`."""

from __future__ import annotations

from .clause_parts import is_actorish, says_will
from .cues import load_cues
from .matcher import Trigger
from .stance_data import Stances

_FIRST_PERSON = load_cues().speaker_words   # (cues.toml: first_person, first_person_reflexives)


def lemma_of(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def negation_of(t):
    """The word that negates verb ``t`` ("not", "never", "n't"), on it or on its auxiliary."""
    for c in t.children:
        if c.dep_ == "neg":
            return c
        if c.dep_ in ("aux", "auxpass"):
            n = next((g for g in c.children if g.dep_ == "neg"), None)
            if n is not None:
                return n
    return None


def fixed(t, st: Stances, word_class: str, content, words: list, **kw) -> Trigger:
    """The trigger of the stance read on a verb of ``word_class`` (stances.toml [fixed])."""
    p = st.fixed[word_class]
    return Trigger(t, p, p.type, p.mode, p.cameo, content, words, **kw)


# Words that make a clause a question, not a demand ("why should X pay?").
_QUESTION_WORDS = {"why", "how", "what", "when", "where", "who", "whether"}


def demand(t, st: Stances) -> Trigger | None:
    """ "X must / should <act>" said in the statement's own voice (a main clause, X named,
    no first person), "it is time for X to <act>" and "it is imperative that X <act>": a demand on X (the act asked for
    is not done).  The trigger is the verb asked for; its subject X the target."""
    asked = None
    if t.lower_ in st.demanding_aux and t.dep_ == "aux":
        v, said = t.head, [t.head, t]
        main = v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT")
        warned = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if main and lemma_of(v) in st.knowing and (told := _what_will_come(v)) is not None and warned is not None \
                and is_actorish(warned, load_cues().actor_nouns) and not any(w.lower_ in _FIRST_PERSON for w in warned.subtree):
            # "X must / should know that we will respond ...": a warning to X, not a demand
            return fixed(v, st, "knowing_verbs", None, [v, t, told], target_at=warned)
    elif lemma_of(t) in st.demanding_verbs:
        # "X has to / needs to <act>": the verb asked for, with the obligation's subject
        # (an act one asks of another: "has to cope / defend itself" tells what X goes through)
        v = next((c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and lemma_of(c) in st.demanded_acts
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        # "X has a responsibility / duty / an obligation to <act>": any act, the noun says it is owed
        v = v or next((c for o in t.children if o.dep_ == "dobj" and o.lower_ in st.duty_nouns
                       for c in o.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if v is None or t.dep_ != "ROOT" or any(c.dep_ == "nsubj" for c in v.children):
            return None
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return None
        if v.sent[-1].text == "?" or not is_actorish(subject, load_cues().actor_nouns) or any(
                w.lower_ in _FIRST_PERSON for w in subject.subtree):
            return None
        return fixed(v, st, "demanding_aux", None, [v, t], negation_read=negation_of(v) is not None,
                     target_at=subject)
    elif t.lower_ in st.demanding_adjectives:
        # "it is imperative / essential that X <act>": the verb of the "that" clause
        cop = t.head
        v = next((c for w in (t, cop) for c in w.children if c.dep_ == "ccomp"
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if v is None:
            # "it is incumbent upon / on X to <act>": X the one asked, the infinitive the act
            asked = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("upon", "on")
                          for g in c.children if g.dep_ == "pobj"), None)
            v = None if asked is None else next((c for w in (t, cop) for c in w.children if c.dep_ in (
                "xcomp", "ccomp", "advcl") and c.pos_ == "VERB" and c.i > asked.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        said = [v, t] if v is not None else []
        main = v is not None and cop.dep_ == "ROOT" and lemma_of(cop) in st.copulas and negation_of(cop) is None \
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cop.children)
    else:
        # "it is time / the time has come for X to <act>": the verb of the noun's clause
        # ("it is (high) time that X <act>ed": the "that" clause, on the noun or on the copula)
        # (the parser may hang "for X to <act>" on the copula as an adverbial clause: "high time")
        v = next((c for w in (t, t.head) for c in w.children if c.dep_ in ("relcl", "acl", "ccomp", "advcl")
                  and c.pos_ == "VERB" and c.i > t.i and (c.dep_ not in ("ccomp", "advcl") or t.dep_ == "attr") and any(
                      (m.dep_ == "mark" and m.lower_ == "for") or (m.dep_ in ("mark", "advmod") and m.lower_ == "that"
                                                                    and _it_is(t.head))
                      for m in c.children if m.i < c.i)), None)
        said = [v, t] if v is not None else []
        # (a time told of, "it was a difficult time for X to recover", asks nothing)
        told = t.head.tag_ == "VBD" or any(c.dep_ == "amod" and c.lower_ not in st.time_urgency for c in t.children)
        main = v is not None and t.head.dep_ == "ROOT" and not told
    if not main or v.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) \
            or any(c.lower_ in _QUESTION_WORDS for c in v.children) or v.sent[-1].text == "?":
        return None
    subject = asked or next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_actorish(subject, load_cues().actor_nouns) or any(
            w.lower_ in _FIRST_PERSON for w in subject.subtree):
        return None   # (what the speaker and others must do together is no demand on them)
    return fixed(v, st, "demanding_aux", None, said,
                 negation_read=negation_of(v) is not None, target_at=asked)


def _what_will_come(v):
    """The "that" clause of verb ``v`` said under "will" / "shall" ("know that we will ..."), or None."""
    return next((c for c in v.children if c.dep_ == "ccomp" and says_will(c) and any(
        s.dep_ == "nsubj" and (s.lower_ in _FIRST_PERSON or s.pos_ == "PROPN") for s in c.children)), None)


def _it_is(cop) -> bool:
    """ "It is (high) time that ...": the copula's subject the "it" that stands for the clause."""
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cop.children)
