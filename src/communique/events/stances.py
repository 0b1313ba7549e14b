"""Stances of statements that no single pattern word carries: the words' class and the
clause around them make the act (word classes in ``data/stances.toml``).

* A verb of letting refused for the future ("will not allow X to ...", "shall never
  tolerate ...", "cannot permit ...") is a warning: THREATEN (CAMEO 130), its object the
  target.  A refusal told in the past ("did not allow") stays the refusal it is.
* "will not hesitate to <act>" (a verb of holding back) is a warning: THREATEN, the act
  its content.
* A statement verb in the third person that the parser took for a plural noun after the
  name ("Guyana thanks Japan", "The State of X reserves the right to", "The Kingdom of X
  appeals to ...") is that verb's act (``[misread.*]``), the name its subject.
* "align / associate oneself with X" is siding with X: SUPPORT.
* Forces sent abroad with a mission named in the sentence ("deployed 4,000 troops in X
  under the African Union mission") are peacekeeping: AID (074), not a show of force.
* People sent to help ("dispatched medical teams to X", "sent doctors to X"): AID (073),
  not a delegation.
* "We received the visit of X" (a verb of hosting with a visit noun): the subject hosts X,
  CONSULT 043.
* A call for an act with no one called on ("we call for the lifting of the embargo imposed
  on X by Y") is addressed to the doer its content names (Y).
* A response announced for the future ("will give a crushing response to X", "will take
  countermeasures against X") is a warning: THREATEN.
* A negated verb of recognising ("we do not recognize the annexation", "will never
  recognise ...") is a rejection: REJECT (120), whatever is not recognised.
* A verb conveying a speech-act noun ("we reiterate our support for X", "extend our
  condolences to X", "renew our call on X"), or that noun going to someone ("our thanks
  go to X"): the noun's act, with the noun's prepositions naming the target.
* "hold X responsible / accountable (for ...)": an accusation of X (ACCUSE 112).
* A feeling said in the passive ("we are encouraged by X's decision", "appalled by the
  killings"): SUPPORT or ACCUSE by the one who feels it, of the agent's act; "we note with
  satisfaction / concern X's decision" the same.
* The speaker's judgement said by an adjective after a copula ("X's decision is
  unacceptable": REJECT; "it is regrettable that X withdrew ...": ACCUSE): no source of its
  own (a statement's voice: its issuer), the subject's owner or the clause's doer the target.
* A stance said by an adjective after a copula ("remains opposed to X", "are deeply
  concerned about X", "is grateful to X"): the adjective's type, the copula's subject
  its source and the object of the adjective's preposition its target.
* "we remain / are in solidarity with X": SUPPORT of X; "we echo / share the call of X":
  SUPPORT of its owner; "we will respond decisively to X" (a verb of responding with an
  adverb of force, or "retaliate"): a warning, THREATEN.
* "X must / should <act>" in a main clause with X named (no first person), and "it is
  time for X to <act>": the statement's voice demands the act of X, REQUEST (CAMEO 100);
  the act asked for is no event of its own.

In the first three the negation is part of the act (``Trigger.negation_read``): the
event is no negated one.  A stance replaces a pattern's trigger on the same word
("allow" is otherwise a concession, "recognize" a recognition).

The word classes are read by :mod:`stance_data`, one word's stance by :mod:`stance_clauses`;
this module places the stances among a sentence's triggers and says where their sides are.
"""

from __future__ import annotations

from .cues import load_cues
from .clause_parts import is_actorish, verb_objects
from .matcher import Trigger
from .owners import ACT_NOUN, DOER_OF_NOUN, possessors
from .right_of_reply import reserves_reply_only
from .assured import assured_roles, promised
from .judged_conduct import JUDGED_CONDUCT
from .patterns import load_word_classes
from .stance_clauses import act_subject, lemma_of, negation_of, stance_at
from .stance_data import FELT_PREPS, Stances, fill_only, load_stances
from .token_table import token_table


def felt_roles(tr: Trigger) -> tuple[list, list] | None:
    """(source heads, target heads) of a feeling said in the passive (the one who feels it,
    the passive subject, and what caused it, the "by"/"with"/"at"... objects) or noted "with"
    a feeling (the subject, and what is noted); None for any other trigger."""
    st = load_stances()
    t = tr.token
    if tr.pattern is st.noted.get(tr.pattern.lemma):
        # "we note with concern X" (the parser may hang X on the feeling as an apposition)
        said = [] if lemma_of(t) == "take" else verb_objects(t)
        # "take note with appreciation of X": the "of" phrase, on "note" or on "take"
        said = said or [g for w in (t, *verb_objects(t)) for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
        said = said or [a for w in tr.words[1:] for a in w.children if a.dep_ in ("appos", "dobj", "obj")]
        said = said or ([tr.target_at] if tr.target_at is not None else [])   # "... that X has ..."
        return [c for c in t.children if c.dep_ == "nsubj"], said
    if promised(tr):
        return assured_roles(t, tr.obj)   # "I assure you of our support" (assured.py)
    if tr.pattern is st.held.get(tr.pattern.lemma):
        # "the people of X have our full support": from the noun's owner to the subject
        said = tr.obj
        return [c for c in said.children if c.dep_ == "poss"], [c for c in t.children if c.dep_ == "nsubj"]
    if tr.pattern is st.going_to.get(tr.pattern.lemma):
        # "our thanks go to X"; "special thanks go to X" (no owner: the statement's voice)
        said = tr.obj
        return ([c for c in said.children if c.dep_ == "poss"],
                [g for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"])
    if tr.pattern is st.fixed["demanding_aux"]:
        # "X must <act>": the statement's voice asks X ("X has to <act>": X is not the verb's)
        return [], [c for c in t.children if c.dep_ == "nsubj"] or ([tr.target_at] if tr.target_at is not None else [])
    if tr.pattern.id == st.fixed["response_nouns"].id and (
            answered := [c for c in t.children if c.dep_ == "nsubjpass"] or act_subject(t)):
        # "any violation by X will be met with a firm response", "any attack by X will meet a
        # decisive response": the statement's voice warns the doer of what is answered
        return [], answered
    if tr.pattern is JUDGED_CONDUCT:
        # "X's illegal actions": the statement's voice accuses the owner (judged_conduct.py)
        return [], [tr.target_at]
    if tr.pattern is st.judged.get(tr.pattern.lemma):
        # the statement's voice judges (no source of its own), or the one who says the judgement
        # ("X said Y's decision was unlawful": X); "it is regrettable that X ...": the clause's
        # doer; "X's decision is unacceptable": the subject's owner
        judge = _sayer(t)
        clause = [c for c in t.children if c.dep_ in ("ccomp", "csubj", "xcomp")]
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children) and clause:
            # (the "it" stands for the clause, never for a thing told before; "it is
            # regrettable to witness ...": a clause with no doer of its own has no target)
            doers = [s for c in clause for s in _clause_doers(c)]
            if not any(is_actorish(d, load_cues().actor_nouns) for d in doers):
                judge = []   # ("X said it was regrettable that the talks failed": no one judged)
            return judge, doers
        return judge, [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tr.pattern is not st.felt.get(tr.pattern.lemma):
        return None
    feeler = [c for c in t.children if c.dep_ == "nsubjpass"]
    cause = [g for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ in FELT_PREPS
             for g in c.children if g.dep_ == "pobj"]
    # ("dismayed that X closed ...": the doer of the "that" clause, stance_clauses)
    return feeler, cause or ([tr.target_at] if tr.target_at is not None else [])


def _sayer(t) -> list:
    """The subject of the verb of saying whose content clause ``t`` is ("X said that Y's
    decision was unlawful": X), or none."""
    if t.dep_ != "ccomp" or lemma_of(t.head) not in load_cues().reporting:
        return []
    if negation_of(t.head) is not None:
        # ("X never said that ..." asserts nothing of X's)
        return []
    return [c for c in t.head.children if c.dep_ == "nsubj"]


def _clause_doers(c) -> list:
    """The doer of clause ``c``: its subject; in the passive ("that X was / continues to be
    kept out", "that the talks were blocked by Y") the "by" agent, the subject being the one
    acted on."""
    verbs = [c, *[x for x in c.children if x.dep_ == "xcomp"]]
    if any(a.dep_ == "auxpass" for v in verbs for a in v.children):
        return [g for v in verbs for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _called(t) -> bool:
    """ "Mr. President, allow me ...": the one spoken to, opening the sentence before a comma
    (the parser takes it for the imperative's subject)."""
    first = min(x.i for x in t.subtree)
    return (t.pos_ in ("PROPN", "NOUN") and first == t.sent.start and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].text == ",")


def _demanded_of(tr: Trigger) -> None:
    """ "We call for the lifting of the embargo imposed on X by Y": a call for an act, with no
    one called on, is addressed to the doer its content names (the agent of a participle in
    the "for" phrase: Y); "we appeal for X to <act>": to X."""
    p, t = tr.pattern, tr.token
    if tr.type != "REQUEST" or tr.target_at is not None or any(
            c.dep_ == "prep" and c.lower_ in p.target_preps for c in t.children):
        return
    if not any(c.dep_ in ("dobj", "dative") for c in t.children):
        # "we appeal / call for the United Nations to act": the subject of the "for ... to"
        # clause is the one called on
        asked = [s for c in t.children if c.dep_ in ("advcl", "ccomp", "xcomp") and any(
                 m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]
        # (or the parser hangs both on the verb: "call for (the Council) (to act)")
        told = any(c.dep_ in ("advcl", "xcomp") and c.i > t.i and not any(s.dep_ == "nsubj" for s in c.children)
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children)
        asked = asked or [g for c in t.children if told and c.dep_ == "prep" and c.lower_ == "for"
                          for g in c.children if g.dep_ == "pobj" and is_actorish(g, load_cues().actor_nouns)]
        if asked:
            tr.target_at = asked[0]
            return
    content = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"] if p.need_prep == "for" else [
        # "we demand an end to the embargo imposed by X": what is demanded names no one asked
        o for o in t.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
        and not is_actorish(o, load_cues().actor_nouns)]
    if not content:
        return
    agents = [g for c in content for w in c.subtree if w.dep_ == "agent" and w.head.tag_ == "VBN"
              for g in w.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
    # "call for an end to the Russian aggression", "for the withdrawal of X's troops": the
    # doer of the act (or of the conduct) the content names
    # (or of the restriction it names: "for the lifting of the United States' embargo on X")
    restrictions = load_word_classes()["imposed_restrictions"]
    agents = agents or [d for c in content for w in c.subtree if w.pos_ == "NOUN" and (
        ACT_NOUN.search(w.lower_) or DOER_OF_NOUN.search(w.lower_) or w.lower_ in restrictions)
        for d in _act_doers(w)]
    if agents:
        tr.target_at = agents[0]


def _act_doers(w) -> list:
    """Who does act noun ``w``: its possessive, a word of a people, country or body on it ("the
    Russian aggression", "the European Union sanctions"), its "by" phrase, or the "of" phrase of
    a noun of conduct."""
    doers = possessors(w) + [c for c in w.children if c.dep_ in ("amod", "compound") and c.i < w.i
                             and c.ent_type_ in ("NORP", "GPE", "ORG")]
    doers += [g for c in w.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
    if not doers and DOER_OF_NOUN.search(w.lower_):
        doers = [g for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return doers


def _leave_to_speak(t, st: Stances) -> bool:
    """ "Allow me to thank ...", "let us condemn ...": a speaker's formula, no concession;
    the act is the verb it introduces, done by "me"/"us"."""
    if lemma_of(t) not in st.permissive:
        return False   # (most words: the subject is not read)
    called = any(c.dep_ == "nsubj" and _called(c) for c in t.children)
    # (a title spoken to, taken for the subject, or a phrase before a comma, "Before concluding,
    # permit me ...", makes the parser tag it as a present tense: a subject of its own is none)
    subject = any(c.dep_ == "nsubj" for c in t.children)
    if (t.tag_ != "VB" and not (t.tag_ == "VBP" and (called or not subject))) or any(
            c.dep_ == "aux" or (c.dep_ == "nsubj" and not _called(c)) for c in t.children):
        return False
    speakers = [c for c in t.children if c.dep_ in ("dobj", "nsubj")]
    speakers += [s for c in t.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return any(s.lower_ in ("me", "us") for s in speakers)


# Words a branch of stance_at (stance_clauses) names in the code, not in a class of stances.toml.
_NAMED_STARTS = frozenset({"take", "note", "have", "hold"})
_starts_of: list = []   # [(Stances, its start words)]: computed once per loaded Stances


def _start_words(st: Stances) -> frozenset[str]:
    """Every word some stance (or speaker's formula) starts from: each branch of stance_at
    needs the word's lemma or form in a class of the data file or in _NAMED_STARTS.  A word
    with neither is skipped unread (the test runs on every word of every sentence)."""
    got = _starts_of[0] if _starts_of else None   # (one read: another thread may replace it)
    if got is None or got[0] is not st:
        words = set(_NAMED_STARTS)
        for value in vars(st).values():
            if isinstance(value, (frozenset, dict)):
                words.update(value)
        got = (st, frozenset(words))
        _starts_of[:] = [got]
    return got[1]


def stance_triggers(sent, triggers: list[Trigger], max_tokens: int) -> list[Trigger]:
    """``triggers`` with the stances of ``sent`` in, each replacing a trigger on its word;
    a speaker's formula ("allow me to") is no trigger."""
    st = load_stances()
    starts = _start_words(st)
    for tr in triggers:
        _demanded_of(tr)
    found, formulas = [], set()
    patterned = {tr.token.i for tr in triggers}
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a stance word)
    for i in range(sent.start, min(sent.end, sent.start + max_tokens)):
        if tab.lemma[i] not in starts and tab.lower[i] not in starts:   # (lemma_of, lower_)
            continue
        t = sdoc[i]
        if _leave_to_speak(t, st) or reserves_reply_only(t, st):
            formulas.add(t.i)
            continue
        tr = stance_at(t, st)
        if tr is not None and tr.token.i in patterned and tr.pattern.id in fill_only(st):
            # a pattern reads the verb: its code stands, the noun's prepositions join its own
            # ("express our support to X" where the pattern knows "support for/with")
            for old in triggers:
                if old.token.i == tr.token.i and old.type == tr.type:
                    old.extra_preps = frozenset(old.extra_preps) | tr.pattern.target_preps
            continue
        if tr is not None and (kept := _kept_up(tr)) is not None and kept.i in patterned:
            # "we remain committed to supporting X": the act kept up is told, as "continue to"
            # (and "are committed", a participle, is no pledge of its own)
            formulas |= {tr.token.i, tr.obj.i}
            continue
        if tr is not None:
            found.append(tr)
    if not found and not formulas:
        return triggers
    taken = {w.i for tr in found for w in tr.words} | {tr.obj.i for tr in found if tr.obj is not None} | formulas
    out = [tr for tr in triggers if tr.token.i not in taken] + found
    out.sort(key=lambda tr: tr.token.i)
    return out


def _kept_up(tr: Trigger):
    """The gerund a commitment said by an adjective takes ("committed to supporting X"), or None."""
    adj = tr.obj
    if tr.type != "AGREE" or adj is None or adj.pos_ != "ADJ" and adj.dep_ != "acomp":
        return None
    return next((g for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
