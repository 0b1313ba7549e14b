"""To whom: the target phrases of a verb trigger in the parse.

Verbs: the object (or the object of a pattern's target preposition) is the target; in the
passive the passive subject.  Who did it (the subject, the "by" agent, a subject taken from
another verb) is read by :mod:`.doers`, event nouns by :mod:`.noun_roles`, the place of an act
done somewhere by :mod:`.locative`.

Targets beyond the object: the owners of a thing acted on ("rejected proposed
Israeli changes"), a demand's "that X ..." clause (its addressee), "in protest
at / in defiance of X", and the purpose an act serves ("opened fire to disperse
X").  All walks are bounded.
"""

from __future__ import annotations

from . import judged_sides
from .cause_phrases import cause_word
from .clause_parts import agent_nouns, by_own_forces, numeral_compound_half, pobj, verb_objects
from .doers import is_passive
from .matcher import Trigger, disapproves, doers_of_act_undergone, names_a_thing
from .modality import speaker_subject
from .ontology import material_conflict_types
from .partnering import names_a_partner
from .patterns import load_word_classes
from .phrase_bounds import names_country
from .stance_data import load_stances

# "in protest at X", "in defiance of X": whom a protest is against.
_PROTEST_NOUNS = {"protest", "defiance", "opposition", "response"}
_PROTEST_PREPS = ("against", "at", "over", "of", "to")


def _preps(t, words) -> list:
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in words and not cause_word(c):
            # (not a phrase of cause: "suspended flights on account of X")
            # ("to X, to Y and to Z": the repeated prepositions are conjuncts of the first)
            for q in (c, *[x for x in c.conjuncts if x.lower_ == c.lower_]):
                p = pobj(q)
                if p is not None and p.pos_ != "VERB" and p not in out:
                    out.append(p)
        elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


def _accord_ended(p, obj) -> bool:
    """An accord ended by a verb of the word class accord_ending ("abandoned the Vienna
    agreement"): the names in its name are no parties to it."""
    classes = load_word_classes()
    return p.lemma in classes["accord_ending"] and (obj.lemma_ or obj.lower_).lower() in classes["accords"]


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


def _of_its_name(w, o) -> bool:
    """``w``, in the "of" phrase of the proper name ``o``, is a word of that name ("the Summit of
    the Future", "the Conference of the Parties"), not its maker: unless it is a named actor of
    its own, outside the name ("the Lobito Initiative of the United States")."""
    if o.pos_ != "PROPN" or w.head.dep_ != "prep" or w.head.lower_ != "of" or w.head.head != o:
        return False
    own_entity = w.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") and not (
        o.ent_iob_ != "O" and all(o.doc[i].ent_iob_ == "I" for i in range(o.i + 1, w.i + 1)))
    return not own_entity


def _same_name(c, n) -> bool:
    """Modifier ``c`` is a word of the name ``n`` ends ("the Global Compact for Migration"
    tagged whole): part of the thing's name, not its owner."""
    return c.i < n.i and all(n.doc[i].ent_iob_ == "I" for i in range(c.i + 1, n.i + 1))


# Nouns whose "that" clause is what they are: "the fact that X ...", "the news that X ...".
_FACT_NOUNS = {"fact", "news", "reality"}
# Purposes of giving that name whom it is for: "to support / help / assist X".
_HELP_VERBS = {"support", "help", "assist", "fund", "finance", "strengthen", "back", "sustain"}


_HOSTILE_NOUNS = {"THREATEN", "ASSAULT", "COERCE", "SANCTION"}
# Types that approve or disapprove of what their object names.
_APPROVALS = {"SUPPORT", "ACCUSE"}


def _dispersed(t) -> list:
    """ "fired tear gas to disperse opposition supporters", "opened fire to scatter the crowd":
    the ones a force's act is meant to drive off (its purpose infinitive of a verb of the word
    class dispersing) are its target."""
    verbs = load_word_classes()["dispersing"]
    return [o for c in t.children
            if c.dep_ in ("advcl", "xcomp") and (c.lemma_ or "").lower() in verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in verb_objects(c) if o.pos_ in ("NOUN", "PROPN")]


def verb_targets(trig: Trigger) -> list:
    t, p = trig.token, trig.pattern
    out = []
    if not p.objects and not p.object_is_content:
        objs = verb_objects(t)
        out += [o for o in objs if o.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not _list_goes_on(o, objs)]
        # "welcomed the Africa Green Compact proposed by X": a named plan or instrument stands
        # for whoever made it (its possessive, "by" or "of" phrase), as its name does not (nor
        # a place its name is made of: "the Bridgetown initiative")
        out += [w for o in objs if names_a_thing(o) for w in object_owners(o)
                if w not in out and w.dep_ not in ("amod", "compound") and not _of_its_name(w, o)]
        if trig.type in _APPROVALS:
            # "welcomed the fishermen released by X": the release, X's act, is approved
            out = [d for o in out for d in (doers_of_act_undergone(o) or [o])]
    if is_passive(t):
        out += [c for c in t.children if c.dep_ == "nsubjpass" and c != trig.obj]
    elif t.dep_ == "acl" and t.tag_ == "VBN" and not verb_objects(t) and trig.obj is None:
        out.append(t.head)
    if out:
        out += stray_conjuncts(t)
    hosts = [t] + ([trig.obj] if trig.obj is not None else [])
    if trig.merged_noun is not None and trig.merged_noun != trig.obj:
        hosts.append(trig.merged_noun)
        if trig.merged_noun.tag_ == "VBG" and not p.objects:
            # a gerund put off ("suspended shelling X"): its objects, as the noun's "on X"
            out += [o for o in verb_objects(trig.merged_noun) if o.pos_ in ("NOUN", "PROPN") and o not in out]
    if p.reverse and p.need_prep:
        # "came under attack from X": the "from" phrase hangs on the noun it is under
        hosts += [po for c in t.children if c.dep_ == "prep" and c.lower_ == p.need_prep
                  for po in [pobj(c)] if po is not None]
    if trig.obj is not None:
        # "fired shells, drones and missiles at X": the object's conjuncts
        # (and the direct object's, when the parser hung the pattern's word lower)
        for d in [trig.obj, *verb_objects(t)]:
            hosts += [c for c in (d, *d.conjuncts) if c not in hosts]
    # (a disapproval or rejection of a hostile act noun folded into it, "condemn the threats
    # against X": the noun's target is the one the act is done to, no one disapproved of; but
    # "ruled out talks with X" refuses X)
    deploring = disapproves(trig) and trig.merged_code is not None and trig.merged_code[0] in _HOSTILE_NOUNS
    for h in hosts:
        out += _preps(h, p.target_preps | (frozenset() if deploring else trig.extra_preps))
    if trig.type == "PROTEST":
        for h in [t, *verb_objects(t)]:   # "blocked roads in defiance of X"
            out += protest_targets(h)
    # "we renew our call / reiterate our demand that X withdraw ...": the one the demand's own
    # "that" clause asks (the parser hangs it on the noun), not the noun's owner
    asked = [s for o in verb_objects(t) for c in o.children if trig.type == "REQUEST" and c.dep_ in ("acl", "ccomp")
             and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
             for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    out += asked
    if trig.obj is not None and _conveyed(t, trig.obj):
        pass   # "convey the condolences of X (X's thanks) to Y": the owner of what is said gives it
    elif trig.obj is not None and _accord_ended(p, trig.obj):
        pass   # "quit the Paris agreement": the other party is the "with" one, no place in its name
    elif trig.obj is not None and trig.obj.dep_ in ("dobj", "obj", "nsubjpass") and not asked:
        # "rejected an Indian proposal", "dismissed an appeal from X": whose the thing is.
        out += object_owners(trig.obj)
    elif trig.obj is not None:
        # The pattern's object word sits deeper ("reject planned Ruritanian amendments to the
        # treaty"), or modifies it ("reject the Ruritanian border policy"): the owners of the
        # direct object on the way to it, or that it modifies.
        for d in verb_objects(t):
            if d.pos_ in ("NOUN", "PROPN") and (d.i < trig.obj.i or trig.obj.head == d):
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
    # (and an accord between states, "approved the gas deal with X": the other party; not
    # when the accord has an owner of its own, "criticized Turkey's deal with X" is aimed at
    # Turkey, nor for an act of force, "attacked the deal with X" assaults no X)
    classes = load_word_classes()
    shared = set(classes["shared_with"])
    if trig.type not in material_conflict_types():
        shared |= set(classes["state_accords"])
    # (and the accord a pattern's preposition needs: "withdrew from (backed out of) the deal
    # with X")
    acted_on = list(verb_objects(t)) + ([w for w in trig.words if w.dep_ == "pobj"] if p.need_prep_heads else [])
    shares = [d for d in acted_on if (d.lemma_ or d.lower_).lower() in shared
              and not ((d.lemma_ or d.lower_).lower() in classes["state_accords"] and _owned_by_other(d))]
    sides = [w for d in shares for w in _preps(d, ("with",))]
    if shares and not sides:
        # (the parser hung "with X" on the verb; not a partner's, "withdrew from the treaty
        # together with X": a co-doer, no party to the accord)
        sides = [w for w in _preps(t, ("with",)) if not names_a_partner(w.head)]
    out += [w for w in sides if w not in out]
    if not out and trig.type == "AID":
        # "contributed $2 million to support the efforts of X": whom the purpose serves
        for c in t.children:
            if (c.dep_ in ("advcl", "xcomp") and (c.lemma_ or "").lower() in _HELP_VERBS
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                out += [o for o in verb_objects(c) if o.pos_ in ("NOUN", "PROPN")]
    if trig.type in ("ASSAULT", "COERCE"):
        out += _dispersed(t)   # (beside what is fired: "fired tear gas to disperse X")
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
                if trig.type == "THREATEN" and speaker_subject(t) and _told_as_fact(c):
                    continue   # "we warned that X was preparing a war": a forecast about X, no threat to X
                out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                        and not (trig.type == "THREATEN" and speaker_subject(t) and judged_sides.placed_situation(s))]
            elif c.dep_ in ("xcomp", "ccomp"):   # (and "warned that its forces would crush X")
                # ("promised to withdraw its troops from X": the doer's own are no target, but
                # what they are aimed at is: "to use its missiles against X")
                for o in (o for o in verb_objects(c) if o.pos_ in ("NOUN", "PROPN")):
                    own = any(p.dep_ == "poss" and p.lower_ == "its" for p in o.children)
                    out += _preps(o, ("against", "on", "at", "to")) if own else [o]
                out += _preps(c, ("to", "against", "on", "with"))
                out += _from_side(c)
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


def _owned_by_other(d) -> bool:
    """Noun ``d`` has a possessor that is a name, not a pronoun for the doer ("Turkey's deal")."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in d.children)


def _from_side(c) -> list:
    """ "promised to withdraw troops from X", "agreed to import gas from X": the side the
    infinitive ``c`` names with "from", only when its objects name none ("to protect Taiwan
    from X" is for Taiwan), and only a name ("release the journalists from prison": a place,
    no side).  As PETRARCH-2's get_lower takes the prepositional phrases' actors only when the
    object names no actor."""
    if any(names_country(o) for o in verb_objects(c) if o.pos_ in ("NOUN", "PROPN")):
        return []
    return [g for g in _preps(c, ("from",)) if names_country(g)]


def _list_goes_on(o, objs) -> bool:
    """Name ``o``, a second object of the verb, starts right after a comma that follows a name
    ending an earlier object's phrase as the object of a done-to preposition ("condemn the
    aggressions of X, ..., and the threats against Y, Z and W", with "Z" read as a second
    object): it goes on with the list of those the threats are against, no one acted on."""
    sdoc, j = o.doc, o.left_edge.i
    if o.pos_ != "PROPN" or j < 2 or sdoc[j - 1].text != ",":
        return False
    last = sdoc[j - 2]
    return any(f.i < o.i and f.right_edge.i == last.i for f in objs) and last.pos_ == "PROPN" \
        and last.dep_ == "pobj" and last.head.lower_ in judged_sides.load().done_to_preps


def _conveyed(t, obj) -> bool:
    """Verb ``t`` conveys the speech-act noun ``obj`` ("express / extend / convey our
    condolences"): whoever owns the noun gives it (stances.toml ``conveying_verbs``, ``nouns``)."""
    st = load_stances()
    return (t.lemma_ or t.lower_).lower() in st.conveying and obj.lower_ in st.nouns


def is_condition(c) -> bool:
    """An "if / unless" clause."""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)


# Acts done with a partner, whom "with X" names.
_PARTNER_TYPES = {"AGREE", "COOPERATE", "CONSULT"}


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


def _told_as_fact(c) -> bool:
    """Content clause ``c`` of a warning tells what is (or was) so, with no act yet to come: no
    auxiliary of the future or of a duty ("that X was preparing a war", "that it is coming"; not
    "that X would pay", "that X must withdraw")."""
    wc = load_word_classes()
    yet = set(wc["future_aux"]) | set(wc["duty_aux"])
    verbs = [c, *[x for x in c.children if x.dep_ == "xcomp"]]
    return not any(a.dep_ in ("aux", "auxpass") and a.lower_ in yet for v in verbs for a in v.children) \
        and c.tag_ != "VB"

