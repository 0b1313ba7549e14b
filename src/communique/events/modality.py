"""Whether an event happened, and who says so: negation, status, attribution.

Status order (the first that applies wins): ``denied`` (the complement of a
denial verb), ``hypothetical`` (inside, or depending on, an "if/unless"
clause), ``intended`` (future auxiliary, a verb or adjective of intention, a
purpose infinitive), ``reported`` (someone other than its source claims it),
``asserted``.  Negation is separate (``negated``): "did not attack", "failed to
meet", "no civilians were injured", "without firing".  The walks up the parse are bounded by :data:`MAX_UP`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import Cues, load_cues
from .clause_parts import pobj
from .patterns import load_word_classes
from .token_table import token_table

MAX_UP = 6
_CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "advcl", "pcomp", "relcl", "acl", "parataxis")
_INDEFINITE = ("a", "an", "another")


@dataclass
class Modality:
    status: str = "asserted"
    negated: bool = False
    speaker: object | None = None     # head token of who says so ("X said that ...")
    speaker_verb: object | None = None
    wh_topic: bool = False            # "how to release them": a topic, not an event
    purpose: bool = False             # "... to protest the decision": the aim of another act
    # "is scheduled to attend", "prepared to visit": a planned act, reported as arranged,
    # not an actor's expressed willingness (CAMEO 03x "express intent"): it keeps its type.
    scheduled: bool = False
    # "X hoped (that) Y would be tried": the content of someone's wish, not an act intended
    wished: bool = False
    # the verb of wanting whose subject is not "I"/"we" that made the act intended ("Palau would
    # like to thank X"): the issuer's own name there makes it the speaker's formula, said
    wanted_by: object | None = None
    # the speaker's own verb of intention over the act ("we intend / hope to work with X", "we
    # would like to send aid"): a speech act so governed is said ("I would like to thank X"),
    # any other act only intended (events/candidates.py)
    own_intent: object | None = None
    # "any attack by X": an act of any kind that may come, told as done by no one (it keeps its
    # type: no one's intent either)
    generic: bool = False
    # "X will visit Y next month": the narrator's plain future of the main verb (a plan reported)
    narrated_future: bool = False
    # "we will host the summit next year": a gathering hosted in the plain future with the date
    # it is set for (an arrangement made, as "we will be hosting" is, not only a promise)
    dated_future: bool = False


# Negative pronouns: as a subject they deny the act ("nobody was hurt").
_NO_ONE = {"nobody", "none", "nothing", "noone"}
# Negative correlative conjunction before coordinated subjects ("neither X nor Y attacked").
_NEITHER = {"neither"}
# The conjunction that joins a denied act to another ("did not attack nor threaten X").
_NOR = {"nor"}
# Prepositions that take the gerund of a negating verb ("refrained from firing", "stopped
# short of attacking", "abstained from voting").
_NEGATED_GERUND_PREPS = {"from", "of"}


# (The word tests below read the parse's table by index: no Token per child.)
def _has_neg(t) -> bool:
    tab, i = token_table(t.doc), t.i
    dep, low, kids = tab.dep, tab.lower, tab.kids
    modal = [c for c in kids(i) if dep[c] == "aux" and low[c] in ("can", "could", "ca")]
    if modal and any(low[c] == "but" and dep[c] in ("cc", "advmod") and c < i
                     for w in (i, *modal) for c in kids(w)):
        return False   # "we cannot but commend X": we must, so we do ("but" on the verb or on "can")
    if modal and any(dep[c] == "advmod" and low[c] == "enough" for c in kids(i)):
        return False   # "we cannot thank X enough": done, more than words say
    return any(dep[c] == "neg" for c in kids(i)) or any(
        dep[c] in ("aux", "auxpass") and any(dep[g] == "neg" for g in kids(c)) for c in kids(i))


def _negated_otherwise(t) -> bool:
    """Negation carried by other words than "not": a subject that denies there was any
    ("no civilians were injured", "nobody was hurt"), "no longer" on the verb, or "without" before the verb
    ("conducted the operation without firing a shot")."""
    tab, i = token_table(t.doc), t.i
    dep, low, kids = tab.dep, tab.lower, tab.kids
    if dep[i] == "pcomp" and low[tab.head[i]] == "without":
        return True
    if dep[i] == "conj" and _joined_by_nor(tab, i):
        return True
    ended = load_cues().ended_adverbs
    for c in kids(i):
        if c < i and dep[c] in ("preconj", "advmod", "cc", "det") and low[c] in _NEITHER:
            return True   # "X neither attacked nor threatened Y"
        if dep[c] == "advmod" and low[c] in ended and any(dep[g] == "neg" for g in kids(c)):
            return True   # "X no longer works with Y": done no more
        if dep[c] == "dobj" and any(dep[d] in ("preconj", "det") and low[d] in _NEITHER for d in kids(c)):
            return True   # "X condemned neither Y nor Z"
        if dep[c] in ("nsubj", "nsubjpass"):
            if low[c] in _NO_ONE or (low[c] == "one" and any(low[d] == "no" for d in kids(c))):
                return True
            if any(dep[d] == "det" and low[d] == "no" for d in kids(c)):
                return True
            if any(dep[d] in ("preconj", "det") and low[d] in _NEITHER for d in kids(c)):
                return True
    return False


def _joined_by_nor(tab, i: int) -> bool:
    """Conjunct ``i`` follows "nor" (the last conjunction before it on their head): "did not
    attack nor threaten", "has not condemned X, nor has it sanctioned X"."""
    h = tab.head[i]
    ccs = [c for c in tab.kids(h) if tab.dep[c] == "cc" and c < i]
    return bool(ccs) and tab.lower[max(ccs)] in _NOR


def _negating_governor(x, cues: Cues) -> bool:
    """ "refrained from firing", "stopped short of attacking": gerund ``x`` is the object
    of a preposition of a negating verb (cues.toml negating_verbs)."""
    h = x.head
    if x.dep_ != "pcomp" or h.dep_ != "prep" or h.lower_ not in _NEGATED_GERUND_PREPS:
        return False
    gov = h.head
    if gov.dep_ in ("advmod", "acomp") and gov.head != gov:
        gov = gov.head   # "stopped short of": the preposition hangs on "short"
    lemma = (gov.lemma_ or gov.lower_).lower()
    if h.lower_ == "from" and lemma in load_word_classes()["preventing_verbs"] \
            and any(c.dep_ in ("dobj", "nsubjpass") for c in gov.children):
        # "prevented Y from attacking": not done; "did not prevent / failed to stop Y from
        # attacking", "nothing prevented Y from ...": the keeping denied, so done
        return not (_has_neg(gov) or _negated_otherwise(gov) or (
            gov.dep_ == "xcomp" and (gov.head.lemma_ or gov.head.lower_).lower() in cues.negating_verbs))
    return lemma in cues.negating_verbs


def _answers_claim(x, h) -> bool:
    """Whether denial ``h`` answers clause ``x`` before it through a noun that sums it up
    ("X accused Y of Z, a charge Y denied"; the parser hangs the clause on the denial): the
    clause was said, and it is the charge that is denied."""
    words = load_word_classes()["summed_claims"]
    return x.i < h.i and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and x.i < c.i < h.i
                             and (c.lemma_ or c.lower_).lower() in words for c in h.children)


def _aux(t) -> set[str]:
    tab = token_table(t.doc)
    return {tab.lower[c] for c in tab.kids(t.i) if tab.dep[c] in ("aux", "auxpass")}


def _marks(t) -> set[str]:
    tab, i = token_table(t.doc), t.i
    return {tab.lower[c] for c in tab.kids(i) if tab.dep[c] in ("mark", "advmod") and c < i}


def clause_modality(t, cues: Cues) -> Modality:
    """Modality of the clause headed by verb (or light verb) ``t``."""
    m = Modality(negated=_has_neg(t) or _negated_otherwise(t))
    aux = _aux(t)
    intended = bool(aux & cues.intent_aux) or ("would" in aux)
    if intended and (t.lemma_ or t.lower_).lower() in _GOING_ON:
        intended = False   # "we will continue the negotiations": a practice that goes on
    if intended and t.tag_ == "VBG" and "be" in {(c.lemma_ or "").lower() for c in t.children if c.dep_ == "aux"}:
        m.scheduled = True   # "we will be hosting the summit": an arrangement, not a promise
    hypothetical = bool(aux & cues.conditional_aux) and any(
        c.dep_ == "advcl" and _marks(c) & cues.conditional_marks for c in t.children)
    tab = token_table(t.doc)
    dep, low, kids = tab.dep, tab.lower, tab.kids(t.i)
    if any(dep[c] == "aux" and low[c] == "to" for c in kids) and any(
            dep[c] in ("advmod", "mark") and low[c] in ("how", "whether", "what", "when", "where")
            for c in kids):
        m.wh_topic = True
    x, clause_crossed = t, False
    for _ in range(MAX_UP):
        dep, h = x.dep_, x.head
        if h == x:
            break
        hl = (h.lemma_ or h.lower_).lower()
        if dep == "advcl" and _remiss_unless_done(x, h, cues):
            # "I would be remiss if I did not thank X": not doing it would be wrong, so it is done
            m.negated, hypothetical, intended = False, False, False
            break
        if dep == "advcl" and _marks(x) & cues.conditional_marks:
            hypothetical = True
        if dep in ("xcomp", "ccomp", "dobj", "pcomp") and hl in cues.denial_verbs and not _answers_claim(x, h):
            return Modality("denied", m.negated or _has_neg(h), None, None, m.wh_topic, m.purpose)
        if dep == "xcomp" and hl in cues.negating_verbs:
            m.negated = True
        if _negating_governor(x, cues):
            m.negated = True
        if dep == "xcomp" and any(c.dep_ == "advmod" and c.lower_ in cues.pending_adverbs
                                  for c in h.children):
            m.negated = True   # "has yet to release": not done (yet)
        if dep == "ccomp" and (hl in cues.wish_verbs or _inflection_of(h.lower_, cues.wish_verbs)):
            m.wished = True
        if dep == "xcomp" and _schedules(h, hl, cues):
            m.scheduled = True
        if dep in ("xcomp", "ccomp") and not clause_crossed and foretold(h, cues):
            # "analysts expect X to attack": X's act foretold, as "X is expected to": no threat
            m.scheduled, intended = True, True
        if dep == "xcomp" and (hl in cues.intent_verbs or hl in cues.intent_adjectives):
            # "I would like to thank ...", "we want to commend ...": said, so done
            intended = intended or not speaker_subject(h, cues)
            if speaker_subject(h, cues) and not clause_crossed:
                m.own_intent = h
            if not speaker_subject(h, cues) and x is t and not _aux(t) & cues.intent_aux:
                m.wanted_by = h
        if dep == "xcomp" and (_aux(h) & cues.intent_aux or "would" in _aux(h)) and not (
                hl in cues.intent_verbs and speaker_subject(h, cues)) and hl not in _GOING_ON:
            # ("we will continue to work with X": a practice that goes on, not a promise)
            intended = True
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            m.purpose = True   # "... to restore unity": the aim of the main act, ranked below it
        if dep in ("ccomp", "parataxis", "advcl") and hl in cues.reporting:
            if m.speaker is None:
                m.speaker = _teller(h, cues)
                m.speaker_verb = h
            break
        if dep not in _CLAUSE_LINKS:
            break
        # ("I wish to share that X launched ...": the intent is the telling's, not the act's)
        clause_crossed = clause_crossed or dep not in ("xcomp", "conj")
        x = h
    if m.speaker is None:
        m.speaker = _according_to(t, cues)
    if hypothetical:
        m.status = "hypothetical"
    elif intended:
        m.status = "intended"
        m.narrated_future = _narrated_future(t, aux, m, cues)
        # (told by its own doer, not reported: "X will visit Y in June, the embassy said" is X's intent)
        m.dated_future = m.speaker is None and "would" not in aux and _dated(t) \
            and (t.lemma_ or t.lower_).lower() in load_word_classes()["hosting_arrangements"]
    return m


def _dated(t) -> bool:
    """Verb ``t`` carries the date its act is set for: a date phrase of its own ("next year",
    "in January 2025", "on 3 May", "later today"), not one inside its object."""
    for c in t.children:
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during") and any(
                g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children):
            return True
    return False


def in_condition(t, cues: Cues) -> bool:
    """Whether event noun ``t`` (with no light verb) is the act an "if / unless / should" clause
    supposes: the clause's head ("if X attacks again", the small parser tagging "attacks" a
    noun) or its subject with an indefinite determiner ("if an attack by X takes place").  Not
    an act the condition presupposes ("if the attacks continue", "if we waver in our response
    to X's invasion"): that one is told."""
    x = t
    if x.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in x.children):
        x = x.head
    return x.dep_ == "advcl" and bool(_marks(x) & cues.conditional_marks)


def _narrated_future(t, aux: set[str], m: Modality, cues: Cues) -> bool:
    """ "X will visit Y next month", told by the narrator in the plain future of the sentence's
    main verb (no one says it, no "would"): a reported plan, the act itself as news coders code
    it, not X's expressed intent ("X said it will visit Y" is: its teller speaks for X).  Not
    with a first- or second-person subject ("we will visit": the speaker's promise)."""
    subj = _subject(t)
    if t.dep_ != "ROOT" or m.speaker is not None or "would" in aux or subj is None:
        return False
    if not aux & set(load_word_classes()["plain_future_aux"]):
        return False
    you = load_word_classes()["second_person"]
    return not (speaker_subject(t, cues) or subj.lower_ in you
                or any(p.dep_ == "poss" and p.lower_ in you for p in subj.children))


def _remiss_unless_done(x, h, cues: Cues) -> bool:
    """ "if I did not <x>" under "would be remiss / amiss / failing in my duty": a duty."""
    if not ("if" in _marks(x) and _has_neg(x)) or not _aux(h) & cues.conditional_aux:
        return False
    said = [h, *[c for c in h.children if c.dep_ == "acomp"]]
    return any((w.lemma_ or w.lower_).lower() in cues.remiss_words for w in said)


# Verbs that say an act goes on: "will continue to / keep ..." is no promise of it.
_GOING_ON = {"continue", "keep"}


def speaker_subject(h, cues: Cues | None = None) -> bool:
    """The subject of ``h`` is the one speaking: "I", "we", or the speaker's own "my
    delegation", "our Government" ("my Government wishes to express ..." is said, so done)."""
    cues = cues or load_cues()
    return any(c.dep_ == "nsubj" and (c.lower_ in cues.first_person or any(
        p.dep_ == "poss" and p.lower_ in ("my", "our") for p in c.children)) for c in h.children)


def _inflection_of(word: str, lemmas) -> bool:
    """ "hoped", "hopes", "hoping" for a lemma in ``lemmas`` (the tagger's lemma of
    "hoped" is sometimes "hop")."""
    return any(word in (w, w + "s", w + "es", w + "d", w + "ed", w + "ing", w[:-1] + "ing")
               for w in lemmas)


def _schedules(h, lemma: str, cues: Cues) -> bool:
    """ "scheduled / set / due to", and "prepared to" as an act ("the leader prepared
    to attend"), not as a state of mind ("is prepared to meet" is willingness)."""
    if lemma in cues.schedule_verbs:
        return True
    if lemma in cues.forecast_verbs and any(c.dep_ == "auxpass" for c in h.children):
        return True   # "X is expected to sign": a forecast of X's act
    return lemma in cues.preparation_verbs and h.pos_ == "VERB" and not any(
        c.dep_ == "auxpass" or (c.dep_ == "aux" and (c.lemma_ or "").lower() == "be" and h.tag_ == "VBN")
        for c in h.children)


def _subject(v):
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def foretold(h, cues: Cues | None = None) -> bool:
    """Verb ``h`` is a forecast by people or writings whose trade is forecasting ("analysts
    expect X to ...", "experts predict that X will ...": cues.toml forecast_verbs,
    forecaster_nouns)."""
    cues = cues or load_cues()
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
    return (h.lemma_ or h.lower_).lower() in cues.forecast_verbs and subj is not None \
        and subj.lower_ in cues.forecaster_nouns and not _body_named(subj)


def _body_named(n) -> bool:
    """ "UN experts", "EU observers", "the UN report": forecasters a named body speaks through,
    whose expectation is that body's call, not a forecast."""
    return any(c.dep_ in ("compound", "nmod", "poss", "amod") and c.i < n.i
               and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE"))
               for c in n.subtree if n.i in (c.head.i, c.head.head.i))


def _teller(h, cues: Cues):
    """Who says it with the reporting verb ``h``: its subject, else, for a reporting verb
    coordinated with no subject of its own ("He denied X and said Y"), the subject of the
    telling verb it is coordinated with.  The parser often hangs such a second verb on the verb
    of the first one's that-clause ("denied that soldiers were killed and said ..."): then the
    teller is the subject of the verb above that clause, not the clause's own subject."""
    subj = _subject(h)
    if subj is not None or h.dep_ != "conj":
        return subj
    g = h.head
    if _tells(g, cues):
        return _subject(g)
    if g.dep_ == "ccomp" and _tells(g.head, cues) and "that" in _marks(g):
        return _subject(g.head)
    return None


def _tells(v, cues: Cues) -> bool:
    lemma = (v.lemma_ or v.lower_).lower()
    return lemma in cues.reporting or lemma in cues.denial_verbs


def _according_to(t, cues: Cues):
    """ "according to X" on the verb or its clause head: X."""
    sdoc = t.doc
    tab = token_table(sdoc)
    dep, low, kids = tab.dep, tab.lower, tab.kids
    x = t.i
    for _ in range(3):
        for c in kids(x):
            if dep[c] == "prep" and low[c] in cues.attribution_preps:
                to = next((g for g in kids(c) if dep[g] == "prep" and low[g] == "to"), None)
                if to is not None and (p := pobj(sdoc[to])) is not None:
                    return p
        if tab.head[x] == x:
            break
        x = tab.head[x]
    return None
