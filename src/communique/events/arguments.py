"""Who did it to whom: the source and target phrases of a verb trigger in the parse.

Verbs: the subject is the source, the object (or the object of a pattern's target preposition)
the target; in the passive the "by" agent is the source and the passive subject the target.  A
verb without a subject takes it from the verb it is coordinated with, the verb that controls it
("agreed to meet"), or the noun its clause modifies.  Event nouns are read by :mod:`.noun_roles`,
the place of an act done somewhere by :mod:`.locative`.

Targets beyond the object: the owners of a thing acted on ("rejected proposed
Israeli changes"), a demand's "that X ..." clause (its addressee), "in protest
at / in defiance of X", and the purpose an act serves ("opened fire to disperse
X").  All walks are bounded.
"""

from __future__ import annotations

from .clause_parts import (agent_nouns, by_own_forces, numeral_compound_half, pobj, second_clause_verb,
                           retained_object_agents, stranded_subject, verb_objects)
from .matcher import Trigger
from .patterns import load_word_classes
from .stance_data import load_stances
from .token_table import token_table

_SUBJ = ("nsubj", "csubj")
# "in protest at X", "in defiance of X": whom a protest is against.
_PROTEST_NOUNS = {"protest", "defiance", "opposition", "response"}
_PROTEST_PREPS = ("against", "at", "over", "of", "to")


def _preps(t, words) -> list:
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in words:
            # ("to X, to Y and to Z": the repeated prepositions are conjuncts of the first)
            for q in (c, *[x for x in c.conjuncts if x.lower_ == c.lower_]):
                p = pobj(q)
                if p is not None and p.pos_ != "VERB" and p not in out:
                    out.append(p)
        elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


# Set by the coder from cues.toml (stative passives, document nouns).
STATIVE: set[str] = set()
DOCUMENT_NOUNS: set[str] = set()
LIGHT_VERBS: set[str] = set()


def object_owners(n) -> list:
    """Who a thing belongs to or comes from: a possessive, a people or country
    adjective, an "of" / "by" / "from" phrase."""
    out = []
    # "between X and Y" names the parties only of an agreement ("the deal between X and Y"),
    # not of a road or a border ("the highway between two towns")
    accord = (n.lemma_ or "").lower() in load_word_classes()["accords"]
    owning = ("of", "by", "from", "between") if accord else ("of", "by", "from")
    if (n.lemma_ or "").lower() in load_word_classes()["envoys"]:
        owning += ("to", "in")   # "its ambassador to (in) X": the side it is sent to
    for c in n.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                                and not _same_name(c, n) and not numeral_compound_half(c)):
            out.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in owning:
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            # "the demonstration staged by students", "the deal reached between X and Y"
            out += [p for a in c.children if a.dep_ == "agent" or (accord and a.dep_ == "prep" and a.lower_ == "between")
                    for p in [pobj(a)] if p is not None]
    return out


def _same_name(c, n) -> bool:
    """Modifier ``c`` is a word of the name ``n`` ends ("the Global Compact for Migration"
    tagged whole): part of the thing's name, not its owner."""
    return c.i < n.i and all(n.doc[i].ent_iob_ == "I" for i in range(c.i + 1, n.i + 1))


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
        return [p for c in t.children if c.dep_ == "agent" for p in [pobj(c)] if p is not None] \
            or retained_object_agents(t)
    if t.tag_ == "VBN" and (t.dep_ == "acl" or t.dep_ == "conj" and t.head.dep_ == "acl"):
        # a reduced passive relative: "the plan backed by France (and opposed by Y)", "an
        # agreement forced on X by Y": the "by" agent did it (the noun is what was acted on)
        agents = [p for c in t.children if c.dep_ == "agent" for p in [pobj(c)] if p is not None]
        if agents:
            return agents
    subj = [c for c in t.children if c.dep_ in _SUBJ or (c.dep_ == "nsubjpass" and not is_passive(t))]
    if len(subj) > 1:
        subj = [c for c in subj if not is_vocative(c)] or subj
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
        if objs and head.pos_ == "VERB" and (head.lemma_ or "").lower() in LIGHT_VERBS \
                and objs[0].pos_ == "NOUN" and not objs[0].ent_type_:
            # "began a hunger strike to demand ...": the strikers demand, not the strike
            return verb_sources(head, depth + 1)
        if objs and head.pos_ == "VERB":
            return objs[:1]
        if head.pos_ == "ADJ":  # "is willing to send"
            return verb_sources(head.head, depth + 1) if head.head != head else []
        return verb_sources(head, depth + 1)
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
        if host.pos_ == "ADJ" and host.head != host:   # "are guilty of violating"
            host = host.head
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


def _subject_in_fronted_phrase(t) -> list:
    """ "On 22 July in Istanbul, X and Y signed ...": a verb with no subject right after
    names the parser joined to the fronted phrase's last noun across its comma; those names
    after the comma are the subject."""
    if t.i == t.sent.start or t.tag_ not in ("VBD", "VBZ", "VBP"):
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


# Nouns whose "that" clause is what they are: "the fact that X ...", "the news that X ...".
_FACT_NOUNS = {"fact", "news", "reality"}
# Purposes of giving that name whom it is for: "to support / help / assist X".
_HELP_VERBS = {"support", "help", "assist", "fund", "finance", "strengthen", "back", "sustain"}


def verb_targets(trig: Trigger) -> list:
    t, p = trig.token, trig.pattern
    out = []
    if not p.objects and not p.object_is_content:
        out += [o for o in verb_objects(t) if o.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    if is_passive(t):
        out += [c for c in t.children if c.dep_ == "nsubjpass" and c != trig.obj]
    elif t.dep_ == "acl" and t.tag_ == "VBN" and not verb_objects(t) and trig.obj is None:
        out.append(t.head)
    if out:
        out += stray_conjuncts(t)
    hosts = [t] + ([trig.obj] if trig.obj is not None else [])
    if trig.merged_noun is not None and trig.merged_noun != trig.obj:
        hosts.append(trig.merged_noun)
    if p.reverse and p.need_prep:
        # "came under attack from X": the "from" phrase hangs on the noun it is under
        hosts += [po for c in t.children if c.dep_ == "prep" and c.lower_ == p.need_prep
                  for po in [pobj(c)] if po is not None]
    if trig.obj is not None:
        # "fired shells, drones and missiles at X": the object's conjuncts
        # (and the direct object's, when the parser hung the pattern's word lower)
        for d in [trig.obj, *verb_objects(t)]:
            hosts += [c for c in (d, *d.conjuncts) if c not in hosts]
    for h in hosts:
        out += _preps(h, p.target_preps | trig.extra_preps)
    if trig.type == "PROTEST":
        for h in [t, *verb_objects(t)]:   # "blocked roads in defiance of X"
            out += protest_targets(h)
    if trig.obj is not None and _conveyed(t, trig.obj):
        pass   # "convey the condolences of X (X's thanks) to Y": the owner of what is said gives it
    elif trig.obj is not None and trig.obj.dep_ in ("dobj", "obj", "nsubjpass"):
        # "rejected an Indian proposal", "dismissed an appeal from X": whose the thing is.
        out += object_owners(trig.obj)
    elif trig.obj is not None:
        # The pattern's object word sits deeper ("reject planned Ruritanian amendments to the
        # treaty"), or modifies it ("reject the Ruritanian border policy"): the owners of the
        # direct object on the way to it, or that it modifies.
        for d in verb_objects(t):
            if d.pos_ == "NOUN" and (d.i < trig.obj.i or trig.obj.head == d):
                out += object_owners(d)
    if not out and "with" in (p.target_preps | trig.extra_preps):
        # "concluded accords on our fishing grounds with X": the partner hung on a phrase
        # of the verb's own prepositional phrase
        for h in hosts:
            for pr in h.children:
                if pr.dep_ == "prep" and pr.lower_ != "with":
                    out += [w for po in pr.children if po.dep_ == "pobj" for w in _preps(po, ("with",))]
    # "closed its border with X", "froze its relations with X": the other side of what the
    # verb acts on (beside the owner "its", who is the doer)
    shared = load_word_classes()["shared_with"]
    shares = [d for d in verb_objects(t) if (d.lemma_ or d.lower_).lower() in shared]
    sides = [w for d in shares for w in _preps(d, ("with",))]
    if shares and not sides:
        sides = _preps(t, ("with",))   # (the parser hung "with X" on the verb)
    out += [w for w in sides if w not in out]
    if not out and trig.type == "AID":
        # "contributed $2 million to support the efforts of X": whom the purpose serves
        for c in t.children:
            if (c.dep_ in ("advcl", "xcomp") and (c.lemma_ or "").lower() in _HELP_VERBS
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                out += [o for o in verb_objects(c) if o.pos_ in ("NOUN", "PROPN")]
    for o in verb_objects(t):
        if (o.lemma_ or o.lower_).lower() in _FACT_NOUNS:
            # "condemn the fact that X intends ...": whom the fact is about
            out += [s for c in o.children if c.dep_ in ("acl", "ccomp", "relcl")
                    and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if trig.type in ("ACCUSE", "REJECT"):
        # "we reject any attempt to ..., as is the case in X": the case named is the one accused
        # (the "as" clause may hang on the verb or lower, in what it accuses)
        out += [x for c in t.subtree if c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children)
                for n in c.children if n.lower_ == "case" and n.dep_ in ("nsubj", "attr")
                for pr in n.children if pr.dep_ == "prep" and pr.lower_ in ("in", "of", "with")
                for g in pr.children if g.dep_ == "pobj" for x in (g, *g.conjuncts)]
    also = []   # targets besides the content's (which they must not stand in for)
    if trig.type in _PARTNER_TYPES and t.pos_ == "VERB" and not out:
        also += _preps(t, ("with",))   # "agreed with X to deploy ...": the partner
    if not out and trig.type in ("REQUEST", "THREATEN", "REJECT", "AGREE", "ACCUSE", "CONCEDE"):
        # Content clauses: "demanded that the US cancel ..." -> US; "threatened to shell X" -> X
        for c in t.children:
            if c.dep_ == "ccomp" and not (trig.type == "THREATEN" and by_own_forces(c)):
                out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            elif c.dep_ in ("xcomp", "ccomp"):   # (and "warned that its forces would crush X")
                out += [o for o in verb_objects(c) if o.pos_ in ("NOUN", "PROPN")]
                out += _preps(c, ("to", "against", "on", "with"))
        # "reached a deal to sell boats to X", "announced a plan to send trainers to X": the
        # act the object undertakes, in its infinitive, names whom it is for (the parser
        # may hang the infinitive of an accord on the verb: "signed an accord to supply X")
        objs = verb_objects(t)
        undertaken = [a for o in objs for a in o.children if a.dep_ in ("acl", "relcl")]
        if any((o.lemma_ or "").lower() in load_word_classes()["accords"] for o in objs):
            undertaken += [a for a in t.children if a.dep_ == "advcl"]
        for a in ([] if out else undertaken):
            if a.pos_ == "VERB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children):
                out += [x for x in verb_objects(a) if x.pos_ in ("NOUN", "PROPN")]
                out += _preps(a, ("to", "against", "on", "with"))
    if not out and trig.type in ("ASSAULT", "COERCE"):
        # "opened fire to disperse the demonstrators": whom the act was aimed at
        for c in t.children:
            if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                out += [o for o in verb_objects(c) if o.pos_ in ("NOUN", "PROPN")]
    if not out and t.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in load_word_classes()["future_aux"]
                                              for a in t.children) \
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children) \
            and (t.head.lemma_ or "").lower() in load_word_classes()["addressing_verbs"]:
        # "X told (assured, warned) Y that it would ...": the teller's own threat or promise
        # (its subject a pronoun, "it", "we"), made to Y, a name ("told reporters" names an
        # audience, not a side)
        out += [o for o in t.head.children if o.dep_ in ("dobj", "dative") and o.pos_ == "PROPN"]
    if trig.type == "THREATEN":
        # "threatened to strike unless Baghdad accepts": who must comply is the target; in a
        # passive condition ("if the detainees are not released") the subject is the one
        # acted on, and who must comply is its agent, when named
        for v in [t] + [c for c in t.children if c.dep_ == "xcomp"]:
            for c in v.children:
                if is_condition(c):
                    out += [s for s in c.children if s.dep_ == "nsubj"]
                    out += agent_nouns(c)
    seen, uniq = set(), []
    for o in also + out:
        if o.i not in seen and o.i != t.i:
            seen.add(o.i)
            uniq.append(o)
    return uniq


def _conveyed(t, obj) -> bool:
    """Verb ``t`` conveys the speech-act noun ``obj`` ("express / extend / convey our
    condolences"): whoever owns the noun gives it (stances.toml ``conveying_verbs``, ``nouns``)."""
    st = load_stances()
    return (t.lemma_ or t.lower_).lower() in st.conveying and obj.lower_ in st.nouns


def is_condition(c) -> bool:
    """An "if / unless" clause."""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)


# Subjects of a copula that point at an occasion or a fact, not at a doer.
_EXPLETIVES = {"this", "that", "it", "there", "these", "those", "what"}
# Acts done with a partner, whom "with X" names.
_PARTNER_TYPES = {"AGREE", "COOPERATE", "CONSULT"}


def _singled_out(n) -> bool:
    """ "the first (second, last, only, youngest) N": a noun an ordinal, "only" or a
    superlative singles out (word class one_of_a_kind), whose infinitive relative says what its
    referent did."""
    singling = load_word_classes()["one_of_a_kind"]
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in singling) or c.dep_ == "advmod"
               and c.lower_ == "only" for c in n.children) or n.lower_ in singling


def stray_conjuncts(v) -> list:
    """ "we commend the Chair as well as Minister X": a name after a coordinator that
    the parser hung on the verb (as a modifier) instead of on the object it is joined to."""
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in v.children):
        return []   # the coordinator joins verbs
    obj = next((o for o in verb_objects(v)), None)
    cc = next((c for c in v.children if c.dep_ == "cc" and obj is not None and c.i > obj.i
               and (c.lower_ == "and" or (c.lower_ == "as" and any(w.lower_ == "well" for w in c.children)))), None)
    if cc is None:
        return []
    return [c for c in v.children if c.i > cc.i and c.dep_ in ("npadvmod", "dep", "dobj", "appos")
            and c.pos_ == "PROPN"]


def protest_targets(t) -> list:
    """ "struck in protest at X", "blocked streets in defiance of X", "a protest over X"."""
    out = []
    for c in t.children:
        if c.dep_ != "prep":
            continue
        p = pobj(c)
        if c.lower_ == "in" and p is not None and (p.lemma_ or "").lower() in _PROTEST_NOUNS:
            out += _preps(p, _PROTEST_PREPS)
        elif c.lower_ in ("against", "over") and p is not None and p.pos_ != "VERB":
            out.append(p)
    return out
