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

In the first three the negation is part of the act (``Trigger.negation_read``): the
event is no negated one.  A stance replaces a pattern's trigger on the same word
("allow" is otherwise a concession, "recognize" a recognition).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .matcher import Trigger, verb_objects
from .ontology import OntologyError, read_data_toml
from .patterns import Pattern

DATA = Path(__file__).parent / "data" / "stances.toml"


@dataclass(frozen=True)
class Stances:
    permissive: frozenset[str]
    warning_aux: frozenset[str]
    hesitation: frozenset[str]
    recognition: frozenset[str]
    copulas: frozenset[str]
    adjectives: dict   # adjective -> Pattern
    conveying: frozenset[str]
    going: frozenset[str]
    blame: frozenset[str]
    nouns: dict        # speech-act noun -> Pattern (on the verb that conveys it)
    felt: dict         # passive participle of feeling -> Pattern (the feeler judges the cause)
    noted: dict        # feeling noun of "note with" -> Pattern
    judged: dict       # adjective of the speaker's judgement -> Pattern (the voice judges the subject)
    siding: frozenset[str]
    misread: dict      # verb lemma -> Pattern (a statement verb the parser took for a plural noun)
    valuing: frozenset[str]
    merits: frozenset[str]
    held: dict         # speech-act noun -> Pattern ("X has our support": from the owner to X)
    noting: frozenset[str]
    hosting: frozenset[str]
    visits: frozenset[str]
    deploying: frozenset[str]
    forces: frozenset[str]
    missions: frozenset[str]
    peacekeeping: Pattern
    response_verbs: frozenset[str]
    response_nouns: frozenset[str]
    going_to: dict     # speech-act noun -> Pattern ("our thanks go to X")


@functools.lru_cache(maxsize=1)
def load_stances() -> Stances:
    data = read_data_toml(DATA)
    try:
        words = {k: frozenset(str(w).lower() for w in data[k])
                 for k in ("permissive_verbs", "warning_aux", "hesitation_verbs", "recognition_verbs", "copulas",
                           "conveying_verbs", "going_verbs", "blame_adjectives", "siding_verbs",
                           "valuing_verbs", "merit_nouns", "response_verbs", "response_nouns", "noting_verbs",
                           "deploying_verbs", "force_nouns", "mission_words",
                           "hosting_verbs", "visit_nouns")}
        adjectives = {adj.lower(): _pattern(adj, row, "<copula> {w} +{p}") for adj, row in data["adjectives"].items()}
        nouns = {n.lower(): _pattern(n, row, "<verb> {w} +{p}", objects=frozenset({n.lower()}))
                 for n, row in data["nouns"].items()}
        felt = {w.lower(): _pattern(w, {**row, "preps": list(FELT_PREPS)}, "<be> {w} +{p} (the feeler judges)")
                for w, row in data["felt"].items()}
        noted = {w.lower(): _pattern(w, {**row, "preps": []}, "note with {w} X") for w, row in data["noted"].items()}
        held = {n.lower(): _pattern(n, {**row, "preps": []}, "X <have> <owner's> {w}") for n, row in data["nouns"].items()}
        going_to = {n.lower(): _pattern(n, {**row, "preps": ["to"]}, "<owner's> {w} <go> to X")
                    for n, row in data["nouns"].items()}
        misread = {w.lower(): _pattern(w, row, "X {w}s ... (read as a plural noun) +{p}", section="misread.",
                                       object_filter=frozenset(str(o).lower() for o in row.get("objects", [])))
                   for w, row in data["misread"].items()}
        judged = {w.lower(): _pattern(w, {**row, "preps": []}, "X <copula> {w} / it <copula> {w} that X ...")
                  for w, row in data["judged"].items()}
    except (KeyError, TypeError, AttributeError) as exc:   # a section missing or of the wrong shape
        raise OntologyError(f"{DATA}: {exc!r}") from None
    return Stances(words["permissive_verbs"], words["warning_aux"], words["hesitation_verbs"],
                   words["recognition_verbs"], words["copulas"], adjectives, words["conveying_verbs"],
                   words["going_verbs"], words["blame_adjectives"], nouns, felt, noted, judged,
                   words["siding_verbs"], misread, words["valuing_verbs"], words["merit_nouns"],
                   held, words["noting_verbs"], words["hosting_verbs"], words["visit_nouns"], words["deploying_verbs"], words["force_nouns"],
                   words["mission_words"], _peacekeeping(words["force_nouns"]), words["response_verbs"], words["response_nouns"], going_to)


def _peacekeeping(forces: frozenset[str]) -> Pattern:
    # (the forces are what is sent, never a target)
    return Pattern("stances.toml:deploying_verbs", "AID", None, "074", "V", "deploy",
                   "<send> <forces> to / in X (... mission)", objects=forces,
                   target_preps=frozenset({"to", "in", "into"}))


def _pattern(word: str, row: dict, shape: str, section: str = "", **kw) -> Pattern:
    preps = frozenset(str(p).lower() for p in row["preps"])
    return Pattern(f"stances.toml:{section}{word}", str(row["type"]), None, str(row["cameo"]), "V", word.lower(),
                   shape.format(w=word, p="|".join(sorted(preps))), target_preps=preps, **kw)


WARNING = Pattern("stances.toml:permissive_verbs", "THREATEN", None, "130", "V", "allow",
                  "will not <verb of letting> X (to ...)")
HESITATION = Pattern("stances.toml:hesitation_verbs", "THREATEN", None, "130", "V", "hesitate",
                     "will not hesitate to <act>")
BLAME = Pattern("stances.toml:blame_adjectives", "ACCUSE", None, "112", "V", "hold",
                "hold X responsible (for ...)")
SIDING = Pattern("stances.toml:siding_verbs", "SUPPORT", None, "051", "V", "align",
                 "<verb of siding> oneself with X", target_preps=frozenset({"with"}))
HOSTING = Pattern("stances.toml:hosting_verbs", "CONSULT", "host", "043", "V", "receive",
                  "<receive> the <visit> of X")
RESPONSE = Pattern("stances.toml:response_nouns", "THREATEN", None, "130", "V", "give",
                   "will <give> a <response> to / against X", target_preps=frozenset({"to", "against"}))
VALUING = Pattern("stances.toml:valuing_verbs", "SUPPORT", None, "051", "V", "value",
                  "<verb of valuing> the <merit noun> of X")
NON_RECOGNITION = Pattern("stances.toml:recognition_verbs", "REJECT", None, "120", "V", "recognize",
                          "not <verb of recognising> X")


def _fill_only(st: Stances) -> set[str]:
    """Ids of the stances that only fill a gap: where a pattern already reads the verb
    ("express gratitude to X"), the pattern's code stands."""
    return {p.id for p in st.nouns.values()} | {VALUING.id}


FELT_PREPS = ("by", "with", "at", "about", "over", "regarding", "concerning")


def felt_roles(tr: Trigger) -> tuple[list, list] | None:
    """(source heads, target heads) of a feeling said in the passive (the one who feels it,
    the passive subject, and what caused it, the "by"/"with"/"at"... objects) or noted "with"
    a feeling (the subject, and what is noted); None for any other trigger."""
    st = load_stances()
    t = tr.token
    if tr.pattern is st.noted.get(tr.pattern.lemma):
        # "we note with concern X" (the parser may hang X on the feeling as an apposition)
        said = [] if _lemma(t) == "take" else verb_objects(t)
        # "take note with appreciation of X": the "of" phrase, on "note" or on "take"
        said = said or [g for w in (t, *verb_objects(t)) for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
        said = said or [a for w in tr.words[1:] for a in w.children if a.dep_ == "appos"]
        return [c for c in t.children if c.dep_ == "nsubj"], said
    if tr.pattern is st.held.get(tr.pattern.lemma):
        # "the people of X have our full support": from the noun's owner to the subject
        said = tr.obj
        return [c for c in said.children if c.dep_ == "poss"], [c for c in t.children if c.dep_ == "nsubj"]
    if tr.pattern is st.going_to.get(tr.pattern.lemma):
        # "our thanks go to X"; "special thanks go to X" (no owner: the statement's voice)
        said = tr.obj
        return ([c for c in said.children if c.dep_ == "poss"],
                [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"])
    if tr.pattern.id == RESPONSE.id and any(c.dep_ == "nsubjpass" for c in t.children):
        # "any violation by X will be met with a firm response": the statement's voice warns
        # the doer of what is answered
        return [], [c for c in t.children if c.dep_ == "nsubjpass"]
    if tr.pattern is st.judged.get(tr.pattern.lemma):
        # the statement's voice judges (no source of its own); "it is regrettable that X
        # ...": the clause's doer; "X's decision is unacceptable": the subject's owner
        clause = [c for c in t.children if c.dep_ in ("ccomp", "csubj")]
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children) and clause:
            return [], [s for c in clause for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        return [], [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tr.pattern is not st.felt.get(tr.pattern.lemma):
        return None
    feeler = [c for c in t.children if c.dep_ == "nsubjpass"]
    cause = [g for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ in FELT_PREPS
             for g in c.children if g.dep_ == "pobj"]
    return feeler, cause


def _lemma(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def _negation(t):
    """The word that negates verb ``t`` ("not", "never", "n't"), on it or on its auxiliary."""
    for c in t.children:
        if c.dep_ == "neg":
            return c
        if c.dep_ in ("aux", "auxpass"):
            n = next((g for g in c.children if g.dep_ == "neg"), None)
            if n is not None:
                return n
    return None


def _warns(t, st: Stances) -> bool:
    """Refused for the future: a modal auxiliary, or "never" with no past tense."""
    aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
    if aux & st.warning_aux:
        return True
    neg = _negation(t)
    return neg is not None and neg.lower_ == "never" and t.tag_ in ("VB", "VBP", "VBZ") and not aux


def _stance(t, st: Stances) -> Trigger | None:
    lemma = _lemma(t)
    if t.pos_ in ("VERB", "AUX") and lemma in st.permissive and _negation(t) is not None and _warns(t, st):
        return Trigger(t, WARNING, "THREATEN", None, WARNING.cameo, None, [t, _negation(t)],
                       negation_read=True)
    if t.pos_ == "VERB" and lemma in st.hesitation and _negation(t) is not None and _warns(t, st):
        # (the act it announces is its content: governed by the threat, it is no event of its own)
        if any(c.dep_ == "xcomp" for c in t.children):
            return Trigger(t, HESITATION, "THREATEN", None, HESITATION.cameo, None, [t, _negation(t)],
                           negation_read=True)
    if t.pos_ == "VERB" and lemma in st.recognition and _negation(t) is not None and verb_objects(t):
        return Trigger(t, NON_RECOGNITION, "REJECT", None, NON_RECOGNITION.cameo, None, [t, _negation(t)],
                       negation_read=True)
    if t.pos_ == "VERB" and lemma in st.siding and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))
                                                       for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
        return Trigger(t, SIDING, "SUPPORT", None, SIDING.cameo, None, [t])
    if t.tag_ == "NNS" and lemma in st.misread and t.lower_.endswith("s"):
        subject = _misread_subject(t)
        p = st.misread[lemma]
        # a verb that is a stance only with its object ("reserves the right to") needs it
        if subject is not None and (not p.object_filter or any(
                c.i > t.i and c.lower_ in p.object_filter for c in t.children)):
            return Trigger(t, p, p.type, None, p.cameo, None, [t], source_at=subject)
    if t.pos_ == "VERB" and lemma in st.conveying:
        said = next((o for o in verb_objects(t) if o.lower_ in st.nouns and o.pos_ == "NOUN"), None)
        if said is not None:
            p = st.nouns[said.lower_]
            return Trigger(t, p, p.type, None, p.cameo, said, [t, said])
    if t.tag_ == "VBN" and t.lower_ in st.felt and any(c.dep_ == "auxpass" for c in t.children) \
            and any(c.dep_ == "nsubjpass" for c in t.children) and _negation(t) is None:
        p = st.felt[t.lower_]
        return Trigger(t, p, p.type, None, p.cameo, None, [t])
    taking_note = lemma == "take" and any(o.lower_ == "note" for o in verb_objects(t))
    if t.pos_ == "VERB" and (lemma in st.noting or taking_note):
        # "note / view / follow with concern X", "take note with appreciation of X"
        hosts = [t, *[o for o in verb_objects(t) if o.lower_ == "note"]] if taking_note else [t]
        feeling = next((g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj" and g.lower_ in st.noted), None)
        if feeling is not None and (taking_note or verb_objects(t) or any(a.dep_ == "appos" for a in feeling.children)):
            p = st.noted[feeling.lower_]
            return Trigger(t, p, p.type, None, p.cameo, None, [t, feeling])
    if t.pos_ == "VERB" and lemma in st.going:
        said = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in st.nouns), None)
        if said is not None and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
            p = st.going_to[said.lower_]
            return Trigger(t, p, p.type, None, p.cameo, said, [t, said])
    if t.pos_ in ("VERB", "AUX") and lemma == "have" and _negation(t) is None:
        # "X has our full support / solidarity / gratitude"
        said = next((o for o in verb_objects(t) if o.lower_ in st.nouns and o.pos_ == "NOUN"
                     and any(c.dep_ == "poss" for c in o.children)), None)
        if said is not None and any(c.dep_ == "nsubj" for c in t.children):
            p = st.held[said.lower_]
            return Trigger(t, p, p.type, None, p.cameo, said, [t, said])
    if t.pos_ == "VERB" and lemma in st.hosting and _negation(t) is None:
        visit = next((o for o in verb_objects(t) if o.lower_ in st.visits
                      and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in o.children)), None)
        if visit is not None:
            return Trigger(t, HOSTING, "CONSULT", "host", HOSTING.cameo, visit, [t, visit])
    if t.pos_ == "VERB" and lemma in st.deploying and _negation(t) is None:
        sent_off = next((o for o in verb_objects(t) if o.lower_ in st.forces), None)
        if sent_off is not None and any(w.lower_ in st.missions for w in t.sent):
            p = st.peacekeeping
            # "Somalia, where my country has deployed 5,000 troops": the place the clause is about
            where = (t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)
                     and not any(c.dep_ == "prep" and c.lower_ in p.target_preps for c in t.children))
            return Trigger(t, p, "AID", None, p.cameo, sent_off, [t, sent_off], extra_preps=p.target_preps,
                           target_at=t.head if where else None)
    if t.pos_ == "VERB" and lemma in st.response_verbs and _negation(t) is None and _warns(t, st):
        # (or in the passive: "any violation will be met with a firm response")
        answer = next((o for o in verb_objects(t) if o.lower_ in st.response_nouns), None) or next(
            (g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" and any(a.dep_ == "auxpass" for a in t.children)
             for g in c.children if g.dep_ == "pobj" and g.lower_ in st.response_nouns), None)
        if answer is not None:
            return Trigger(t, RESPONSE, "THREATEN", None, RESPONSE.cameo, answer, [t, answer],
                           extra_preps=frozenset({"to", "against"}))
    if t.pos_ == "VERB" and lemma in st.valuing and _negation(t) is None:
        merit = next((o for o in verb_objects(t) if o.lower_ in st.merits and o.pos_ == "NOUN"), None)
        if merit is not None:
            return Trigger(t, VALUING, "SUPPORT", None, VALUING.cameo, None, [t])
    if t.pos_ == "VERB" and lemma == "hold":
        judged = next((c for c in t.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
                       and c.lower_ in st.blame), None)
        if judged is not None:
            return Trigger(t, BLAME, "ACCUSE", None, BLAME.cameo, None, [t, judged])
    if (t.pos_ == "ADJ" and t.dep_ == "acomp" and t.lower_ in st.judged and _lemma(t.head) in st.copulas
            and _negation(t.head) is None and _negation(t) is None):
        p = st.judged[t.lower_]
        return Trigger(t.head, p, p.type, None, p.cameo, None, [t.head, t])
    if (t.pos_ in ("ADJ", "VERB") and t.dep_ == "acomp" and t.lower_ in st.adjectives
            and _lemma(t.head) in st.copulas and _negation(t) is None):
        # ("is not opposed": the copula's negation makes a negated event)
        p = st.adjectives[t.lower_]
        return Trigger(t.head, p, p.type, None, p.cameo, t, [t.head, t])
    return None


def _called(t) -> bool:
    """ "Mr. President, allow me ...": the one spoken to, opening the sentence before a comma
    (the parser takes it for the imperative's subject)."""
    first = min(x.i for x in t.subtree)
    return (t.pos_ in ("PROPN", "NOUN") and first == t.sent.start and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].text == ",")


def _misread_subject(t):
    """The subject of a statement verb the parser took for a plural noun, when its tree says
    so: the name it was hung on as a modifier ("Guyana thanks", "The State of X reserves"),
    the name it was put in apposition to ("The Kingdom of X appeals"), or the noun of a
    first-person relative clause it was made the object of ("The country I represent calls")."""
    if t.i == t.sent.start or not any(c.dep_ in ("dobj", "prep", "appos", "dative", "xcomp", "ccomp") and c.i > t.i
                                      for c in t.children):
        return None   # a verb has what it acts on after it
    if t.dep_ == "ROOT":
        return next((c for c in t.children if c.i < t.i and c.dep_ in ("nmod", "compound", "nsubj", "amod")
                     and c.pos_ in ("PROPN", "NOUN")), None)
    if t.dep_ == "appos" and t.head.pos_ in ("PROPN", "NOUN") and t.head.i < t.i:
        return t.head
    h = t.head
    if t.dep_ == "dobj" and h.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in h.children):
        return h.head
    return None


def _demanded_of(tr: Trigger) -> None:
    """ "We call for the lifting of the embargo imposed on X by Y": a call for an act, with no
    one called on, is addressed to the doer its content names (the agent of a participle in
    the "for" phrase: Y)."""
    p, t = tr.pattern, tr.token
    if tr.type != "REQUEST" or p.need_prep != "for" or tr.target_at is not None or any(
            c.dep_ == "prep" and c.lower_ in p.target_preps for c in t.children):
        return
    content = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    agents = [g for c in content for w in c.subtree if w.dep_ == "agent" and w.head.tag_ == "VBN"
              for g in w.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
    if agents:
        tr.target_at = agents[0]


def _leave_to_speak(t, st: Stances) -> bool:
    """ "Allow me to thank ...", "let us condemn ...": a speaker's formula, no concession;
    the act is the verb it introduces, done by "me"/"us"."""
    if _lemma(t) not in st.permissive or t.tag_ != "VB" or any(
            c.dep_ == "aux" or (c.dep_ == "nsubj" and not _called(c)) for c in t.children):
        return False
    speakers = [c for c in t.children if c.dep_ in ("dobj", "nsubj")]
    speakers += [s for c in t.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return any(s.lower_ in ("me", "us") for s in speakers)


# Words a branch of _stance names in the code rather than in a class of stances.toml.
_NAMED_STARTS = frozenset({"take", "note", "have", "hold"})
_starts_of: list = []   # [(Stances, its start words)]: computed once per loaded Stances


def _start_words(st: Stances) -> frozenset[str]:
    """Every word some stance (or speaker's formula) starts from: each branch of _stance
    needs the word's lemma or form in a class of the data file or in _NAMED_STARTS.  A word
    with neither is skipped unread (the test runs on every word of every sentence)."""
    if not _starts_of or _starts_of[0][0] is not st:
        words = set(_NAMED_STARTS)
        for value in vars(st).values():
            if isinstance(value, (frozenset, dict)):
                words.update(value)
        _starts_of[:] = [(st, frozenset(words))]
    return _starts_of[0][1]


def stance_triggers(sent, triggers: list[Trigger], max_tokens: int) -> list[Trigger]:
    """``triggers`` with the stances of ``sent`` in, each replacing a trigger on its word;
    a speaker's formula ("allow me to") is no trigger."""
    st = load_stances()
    fill_only = _fill_only(st)
    starts = _start_words(st)
    for tr in triggers:
        _demanded_of(tr)
    found, formulas = [], set()
    patterned = {tr.token.i for tr in triggers}
    for t in sent.doc[sent.start:min(sent.end, sent.start + max_tokens)]:
        if _lemma(t) not in starts and t.lower_ not in starts:
            continue
        if _leave_to_speak(t, st):
            formulas.add(t.i)
            continue
        tr = _stance(t, st)
        if tr is not None and tr.pattern.id in fill_only and t.i in patterned:
            # a pattern reads the verb: its code stands, the noun's prepositions join its own
            # ("express our support to X" where the pattern knows "support for/with")
            for old in triggers:
                if old.token.i == t.i and old.type == tr.type:
                    old.extra_preps = frozenset(old.extra_preps) | tr.pattern.target_preps
            continue
        if tr is not None:
            found.append(tr)
    if not found and not formulas:
        return triggers
    taken = {w.i for tr in found for w in tr.words} | {tr.obj.i for tr in found if tr.obj is not None} | formulas
    out = [tr for tr in triggers if tr.token.i not in taken] + found
    out.sort(key=lambda tr: tr.token.i)
    return out
