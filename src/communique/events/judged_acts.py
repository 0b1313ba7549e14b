"""Acts a sentence tells only as what is said of them (rules of :mod:`one_act`).

* **the act alleged** (:func:`fold_alleged_acts`): the reason of an accusation or a
  punishment ("accused X of attacking ...", "arrested for spying", "held on charges of
  inciting ..."), and what thanks or praise are for, is what the accuser says;
* **the act judged** (:func:`fold_judged_acts`): the hostile act a condemnation, an
  investigation or a protest is about is its object, re-told to judge it; its doers are
  the ones judged.  The act took place all the same: it stays an event of its own, a
  background one told by the judge (``judged_by``, read by :mod:`build`), unless the
  judging is only planned or supposed ("would condemn any attack");
* **the topic of talks** (:func:`fold_talk_topics`): an act that talks are about is a
  topic, unless its words say it took place ("the latest aggression");
* **what a judgment is about** (:func:`judged_nouns`): "UNICEF is appalled by the attack
  ... UNICEF condemns this attack": the event noun a disapproval judges, and whether it
  re-mentions an act told before; :mod:`merge` makes the second judgment a re-telling of
  the first when both judge an act of one type;
* **the act judged again** (:func:`judged_rementions`): "Gunmen opened fire on a convoy.
  The aid group condemned the attack." A definite (demonstrative, possessive) noun of
  an act judged with no doer in its sentence re-mentions the latest act of its kind
  told before (among the latest ``merge.WINDOW`` of its type, as far as :mod:`merge` looks
  back); its doers are the ones judged (the same for "welcomed the arrests").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from ..document import Document, Event, Span
from .candidates import Candidate
from .clause_parts import verb_objects
from .matcher import JUDGING
from .merge import TOOK_PLACE, WINDOW, codes_agree, remention_word
from .patterns import load_word_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

# Types that judge or punish an act: their "of / for / with / over" reason is alleged.
_JUDGING = JUDGING
# Hostile acts: the ones a condemnation re-tells (a refusal or a decision condemned is a
# stance of its own, kept).
_HOSTILE = {"ASSAULT", "COERCE"}
# What a protest is against.
_GRIEVANCE = {"against", "over", "at"}
# What an investigation is into.
_PROBED = {"into", "of"}
_REASON_PREPS = {"of", "for", "with", "over"}
_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# How far up the tree a rule looks for the word its act hangs on.
MAX_UP = 4


def _judged(prep) -> Token:
    """The judging act whose reason phrase ``prep`` is: "accused X of", "arrested for",
    "charging X with" (on the verb or on its object), "held on charges of"."""
    host = prep.head
    if host.dep_ in ("dobj", "obj", "nsubjpass") and prep.lower_ in _REASON_PREPS:
        host = host.head   # "accused the rebels of ...": the parser hangs "of" on the object
    return host


def fold_alleged_acts(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    """Every act inside the reason phrase, however deep ("accused X of provoking tensions
    by sending warships", "criticised X for funding groups opposed to Y")."""
    charges = load_word_classes()["charges"]
    for c in cands:
        x = c.trig.token
        for _ in range(MAX_UP * 2):
            h = x.head
            if h == x:
                break
            if x.dep_ in ("pcomp", "pobj") and h.dep_ in ("prep", "agent") and h.lower_ in _REASON_PREPS:
                host = _judged(h)
                judge = by_host.get(host.i)
                if judge is not None and x.i != c.trig.token.i and any(w.i == x.i for w in judge.trig.words):
                    # "noted with concern that X attacked ...": an act told in a clause of the
                    # judge's own word (its feeling), not a reason it gives
                    break
                if judge is not None and judge is not c and (judge.trig.type in _JUDGING or (
                        judge.trig.type == "SUPPORT" and h.lower_ == "for")):
                    content.add(c.trig.token.i)
                    break
                # "on charges (suspicion, allegations) of inciting ..."
                if h.lower_ == "of" and (host.lemma_ or host.lower_).lower() in charges:
                    content.add(c.trig.token.i)
                    break
            x = h
        if c.trig.token.i not in content and _alleged_consequence(c.trig.token, by_host):
            content.add(c.trig.token.i)


def _alleged_consequence(t, by_host: dict) -> bool:
    """ "accused the police of firing on the crowd, killing five": a participle clause on
    the accusing verb, after its reason phrase, tells the alleged act's outcome; it is said by
    the accuser too, not done by them."""
    h = t.head
    if t.dep_ != "advcl" or t.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark") for c in t.children):
        return False
    judge = by_host.get(h.i)
    return (judge is not None and judge.trig.type in _JUDGING and judge.trig.token.i != t.i
            and any(p.dep_ == "prep" and p.lower_ in _REASON_PREPS and p.i < t.i
                    and any(g.dep_ == "pcomp" for g in p.children)
                    for r in (h, *[o for o in h.children if o.dep_ in ("dobj", "obj")]) for p in r.children))


def fold_talk_topics(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    for c in cands:
        t = c.trig.token
        if c.trig.type == "CONSULT":
            continue
        x, talk = t, None
        for _ in range(MAX_UP):
            h = x.head
            if h == x:
                break
            if x.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in _TOPIC_PREPS:
                g = by_host.get(h.head.i)
                talk = g if g is not None and g.trig.type == "CONSULT" else None
                break
            if x.dep_ in ("dobj", "obj") and not c.trig.is_verb:
                g = by_host.get(h.i)
                # "discussed the withdrawal": the meeting's object is its topic
                talk = g if g is not None and g.trig.type == "CONSULT" and g.trig.is_verb else None
                break
            if x.dep_ not in ("compound", "amod", "nmod"):
                break
            x = h
        if talk is not None and talk is not c and not _told_as_happened(t):
            content.add(t.i)


def _told_as_happened(noun) -> bool:
    """A topic noun whose words say the act took place is reported, not planned: a modifier
    of the class 'happened' ("discussed the latest aggression against X") or a relative
    clause in the past ("the offensive, which began in May")."""
    happened = load_word_classes()["happened"]
    for ch in noun.children:
        if ch.dep_ in ("amod", "advmod", "nmod", "compound") and ch.lower_ in happened:
            return True
        if ch.dep_ == "relcl" and ch.tag_ in ("VBD", "VBN") and not any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in ("will", "would", "shall", "should")
                for a in ch.children):
            return True
    return False


def fold_judged_acts(cands: list[Candidate], content: set[int], by_host: dict) -> None:
    for j in cands:
        t = j.trig.token
        code = j.trig.cameo or ""
        if not (j.trig.type == "ACCUSE" and code.startswith(("11", "09")) or j.trig.type == "PROTEST"):
            continue
        objs = list(verb_objects(t)) if j.trig.is_verb and code.startswith("11") else []
        if j.trig.type == "PROTEST":
            # "staged a protest against the arrest of X by Y": the grievance
            hosts = [t, *j.trig.words] + ([j.light] if j.light is not None else [])
            objs = [g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in _GRIEVANCE
                    for g in p.children if g.dep_ == "pobj"]
        if code.startswith("09"):
            # "an investigation (a probe, an inquiry) into the killing of ...": what is investigated
            hosts = [t, *j.trig.words] + ([j.trig.obj] if j.trig.obj is not None else [])
            objs += [g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in _PROBED
                     for g in p.children if g.dep_ == "pobj"]
            if j.trig.is_verb:
                objs += list(verb_objects(t))
        for o in objs:
            judged = [g for w in o.subtree if (g := by_host.get(w.i)) is not None
                      and g is not j and not g.trig.is_verb and g.trig.type in _HOSTILE]
            if by_host.get(o.i) not in judged:
                continue   # the object itself must name an act ("the attack", not "Israel")
            for g in judged:
                if j.modality.status in TOOK_PLACE:
                    g.judged_by = j
                else:
                    content.add(g.trig.token.i)
                if not j.targets.actors:
                    for a, sp in zip(g.sources.actors, g.sources.spans):
                        if a not in j.sources.actors:
                            j.targets.add([a], sp)


# Judges that take the doers of the act they re-mention; the acts they judge.
_REMENTION_JUDGES = {"ACCUSE", "SUPPORT", "PROTEST"}
_JUDGED_AGAIN = _HOSTILE | {"SANCTION", "RETREAT"}


def judged_rementions(doc: Document, cands: list[Candidate], by_tok: dict,
                      told: list[Event]) -> dict[int, tuple[list[tuple[str, Span]], Event]]:
    """id(judge) -> the targets (actor, span), from ``told`` (the document's events so
    far), of the judges of re-mentioned acts that have none, and the act told before.  Added
    to the events once built (:func:`add_targets`): named in another sentence, they raise no
    confidence."""
    by_noun = {c.trig.token.i: c for c in cands}
    out: dict[int, list[tuple[str, Span]]] = {}
    for j in cands:
        if j.targets.actors or j.trig.type not in _REMENTION_JUDGES or not j.trig.is_verb \
                or j.modality.status not in TOOK_PLACE:
            continue
        for o in verb_objects(j.trig.token):
            tr = by_tok.get(o.i)
            if tr is not None and not tr.is_verb:
                kind = tr.type, tr.cameo
            elif j.trig.merged_noun == o:
                kind = j.trig.merged_code   # "welcomed the arrests": one trigger, two words
            else:
                continue
            if kind[0] not in _JUDGED_AGAIN or remention_word(o) is None:
                continue
            own = by_noun.get(o.i)
            if own is not None and own.sources.actors:
                continue   # its doers are named here ("condemned the army's raid")
            # as far back as merge_happenings looks for a telling of the same happening: the
            # latest WINDOW acts of the type (an act told pages before is another one)
            of_kind = (e for e in reversed(told) if e.type == kind[0])
            prior = next((e for e in islice(of_kind, WINDOW) if e.sources and e.status in TOOK_PLACE
                          and not e.negated and codes_agree(e.cameo, kind[1])), None)
            if prior is None or (own is not None and _other_victims(doc, own.targets.actors, prior.targets)):
                continue   # ("the attacks against X" after an attack on Y: another act)
            out[id(j)] = [(a, _named_in(doc, a, prior)) for a in prior.sources if a not in j.sources.actors], prior
            break
    return out


def _other_victims(doc: Document, named: list[str], before: list[str]) -> bool:
    """The act re-mentioned names whom it was done to, and none of them (nor their
    countries) is whom the earlier act was done to: it is another act."""
    if not named or not before:
        return False
    countries = lambda ids: {a.country for a in map(doc.actor, ids) if a is not None and a.country}
    return not (set(named) & set(before) or countries(named) & countries(before))


def add_targets(e: Event, found: tuple[list[tuple[str, Span]], Event]) -> None:
    """The judge ``e`` of an act told before judges its doers; the act it judges is that
    one (:mod:`merge`: its accusations are one)."""
    targets, prior = found
    told = prior.fields.get("type")
    if told:
        e.marks = replace(e.marks, judged_at=told[0].start)
    for a, sp in targets:
        if a not in e.targets and a not in e.sources:
            e.targets.append(a)
            spans = e.fields.setdefault("targets", [])
            if not any(s.start == sp.start and s.end == sp.end for s in spans):
                spans.append(sp)


def _named_in(doc: Document, actor_id: str, e: Event) -> Span:
    """The span of ``e``'s sources that names ``actor_id`` (else its first)."""
    spans = e.fields.get("sources") or [Span(e.evidence.start, e.evidence.end)]
    a = doc.actor(actor_id)
    mentions = a.mentions if a is not None else []
    return next((s for s in spans if any(s.start <= m.start and m.end <= s.end for m in mentions)), spans[0])


def judged_nouns(cands: list[Candidate], by_tok: dict) -> None:
    """Sets ``judges`` (the judged event noun, its type) on each disapproval (CAMEO 11x)
    whose object or cause is an event noun of a hostile act."""
    for j in cands:
        if j.trig.type != "ACCUSE" or not (j.trig.cameo or "").startswith("11"):
            continue
        heads = list(j.target_heads) + (list(verb_objects(j.trig.token)) if j.trig.is_verb else [])
        for h in heads:
            tr = by_tok.get(h.i)
            if tr is not None and tr is not j.trig and not tr.is_verb and tr.type in _JUDGED_AGAIN:
                j.judges = (h, tr.type)
                break
