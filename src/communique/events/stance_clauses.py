"""One word and the clause around it -> the stance it takes, if any (the stances are listed
in :mod:`stances`; their word classes in :mod:`stance_data`)."""

from __future__ import annotations

from .assured import assured_noun
from .cues import load_cues
from .clause_parts import is_actorish, says_will, verb_objects
from .feeling_clauses import has_that_clause, that_clause_doer
from .demands import demand, lemma_of, negation_of
from .demands import fixed as _fixed
from .matcher import Trigger, names_a_thing
from .patterns import load_word_classes
from .misread_verbs import judged_thing, misread_subject, next_prep
from .labelled_acts import labelled_judgement, second_verb_misread
from .stance_checks import (any_hostile_act, arrival_body, carries_a_stance, defence_announcer, due_to, in_phrase_holder, judged_noun,
                           names_a_doer, not_held, of_phrase, own_stance_said, partnered, self_defence_announced, stance_owner)
from .raised_stances import is_raising, raised
from .wished_things import wished_to
from .stance_data import Stances


def _warns(t, st: Stances) -> bool:
    """Refused for the future: a modal auxiliary, or "never" with no past tense."""
    aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
    if aux & st.warning_aux:
        return True
    neg = negation_of(t)
    return neg is not None and neg.lower_ == "never" and t.tag_ in ("VB", "VBP", "VBZ") and not aux


def _cannot_but(t) -> bool:
    """ "I cannot speak here and not acknowledge X": negated verb ``t`` (a bare "not", no
    auxiliary of its own) is the conjunct of a negated verb of ability, a double negation that
    says ``t`` must be done (word class ability_aux)."""
    if t.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in t.children) \
            or not any(c.dep_ == "neg" for c in t.children):
        return False
    h = t.head
    able = load_word_classes()["ability_aux"]
    return negation_of(h) is not None and any(c.dep_ == "aux" and c.lower_ in able for c in h.children)


def cleft_feeling(t, st: Stances):
    """The feeling a cleft sentence fronts before noting verb ``t`` ("it is with deep concern that
    we note X", "it is with alarm that we follow X"): the "with" object of "it is" whose "that"
    clause ``t`` heads (the parser hangs the clause on the feeling or on "is"); None otherwise."""
    if t.dep_ == "ccomp":
        be = t.head
    elif t.dep_ in ("acl", "relcl") and t.head.dep_ == "pobj" and t.head.head.lower_ == "with":
        be = t.head.head.head
    else:
        return None
    if lemma_of(be) != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return None
    return next((g for c in be.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < t.i
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in st.noted), None)


def _bereavement_noted(t, feeling, st: Stances) -> bool:
    """What noting verb ``t`` notes with ``feeling`` (its object, its "of" phrase, or what the
    parser hangs on the feeling) is a death (word class bereavement_nouns)."""
    noted = [*verb_objects(t), *(g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for g in c.children if g.dep_ == "pobj"),
             *(a for a in feeling.children if a.dep_ in ("appos", "dobj", "obj"))]
    return any(lemma_of(n) in st.bereavement or n.lower_ in st.bereavement for n in noted)


def stance_at(t, st: Stances) -> Trigger | None:
    """The stance word ``t`` takes in its clause (a trigger on it or on its copula), or None."""
    lemma = lemma_of(t)
    # (the word's own strings read once: each read of a Token's is a look-up in the string store,
    # and the tests below make some sixty)
    pos, low, dep, tag = t.pos_, t.lower_, t.dep_, t.tag_
    if pos in ("VERB", "AUX") and lemma in st.permissive and negation_of(t) is not None and _warns(t, st):
        return _fixed(t, st, "permissive_verbs", None, [t, negation_of(t)],
                      negation_read=True)
    if pos in ("VERB", "AUX") and lemma in st.staying and negation_of(t) is not None \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in t.children) \
            and any(c.dep_ in ("advmod", "acomp") and c.lower_ in st.idle for c in t.children):
        # "we will not stand idly by / remain silent (while X ...)": a warning (to the doer of the "while" clause)
        doer = next((s for c in t.children if c.dep_ == "advcl" for s in c.children if s.dep_ == "nsubj"), None)
        return _fixed(t, st, "staying_verbs", None, [t, negation_of(t)], negation_read=True, target_at=doer)
    if pos == "VERB" and lemma in st.hesitation and negation_of(t) is not None and _warns(t, st):
        # (the act it announces is its content: governed by the threat, it is no event of its own)
        if any(c.dep_ == "xcomp" for c in t.children):
            return _fixed(t, st, "hesitation_verbs", None, [t, negation_of(t)],
                          negation_read=True)
    if pos == "VERB" and lemma in st.recognition and negation_of(t) is not None and verb_objects(t) \
            and not _cannot_but(t):
        return _fixed(t, st, "recognition_verbs", None, [t, negation_of(t)],
                      negation_read=True)
    if pos == "VERB" and lemma in st.siding and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))
                                                       for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
        return _fixed(t, st, "siding_verbs", None, [t])
    if tag == "NNS" and lemma in st.misread and low.endswith("s") and not st.misread[lemma].object_filter \
            and (second := second_verb_misread(t)) is not None:
        p = st.misread[lemma]
        return Trigger(t, p, p.type, None, p.cameo, None, [t], source_at=second[0], target_at=second[1])
    if tag == "NNS" and lemma in st.misread and low.endswith("s"):
        subject = misread_subject(t, st)
        p = st.misread[lemma]
        # a verb that is a stance only with its object ("reserves the right to") needs it
        if subject is not None and (not p.object_filter or any(
                c.i > t.i and c.lower_ in p.object_filter for c in t.children)):
            # ("X thanks Y, Z and W" with the names hung on the noun as its object)
            named = next((c for c in t.children if c.dep_ in ("pobj", "dobj") and c.i > t.i and c.pos_ == "PROPN"), None)
            if named is None and dep == "conj" and (stray := next_prep(t, p.target_preps)) is not None:
                named = next((g for g in stray.children if g.dep_ == "pobj"), None)
            if named is None and lemma in st.reserving:
                named = _answered(t, st)
            if named is None and p.type in ("ACCUSE", "REJECT"):
                # ("Chad denounces this embargo imposed by X": the thing judged hung on the noun)
                named = next((c for c in t.children if c.dep_ in ("appos", "dobj") and c.i > t.i and c.pos_ == "NOUN"),
                             None) or judged_thing(t)
            return Trigger(t, p, p.type, None, p.cameo, None, [t], source_at=subject, target_at=named)
    if dep == "ROOT" and pos in ("NOUN", "PROPN", "INTJ") and low in st.uttered and any(
            c.dep_ == "prep" and c.lower_ in st.uttered[low].target_preps for c in t.children):
        # "Our heartfelt thanks to X.", "Congratulations to X on ...": said with no verb, by
        # the statement's voice
        p = st.uttered[low]
        return Trigger(t, p, p.type, None, p.cameo, None, [t])
    if pos == "NOUN" and low in st.nouns and own_stance_said(t, st):
        # "Our support for X is unwavering", "we remain steadfast in our solidarity with X":
        # the speaker's own stance noun, said of itself, is the act (by the statement's voice)
        p = st.uttered[low]
        return Trigger(t, p, p.type, None, p.cameo, None, [t], source_at=stance_owner(t, st) or in_phrase_holder(t, st))
    if dep == "nsubj" and low in st.due_nouns \
            and lemma_of(t.head) in st.copulas and negation_of(t.head) is None and (due := due_to(t.head)) is not None:
        # "(Our) thanks are due to X": said by the statement's voice, to X
        p = st.uttered[low]
        return Trigger(t, p, p.type, None, p.cameo, None, [t], target_at=due)
    if dep == "intj" and low in st.uttered and t.head.dep_ == "ROOT" and t.head.pos_ == "ADP" \
            and t.head.lower_ in st.uttered[low].target_preps:
        # "No to X.": the parser makes the preposition the root and the exclamation hangs on it
        p = st.uttered[low]
        named = next((c for c in t.head.children if c.dep_ == "pobj"), None)
        return Trigger(t, p, p.type, None, p.cameo, None, [t], target_at=named)
    if pos == "VERB" and lemma in st.saying:
        # "we say no to X": the exclamation said is the act
        said = next((c for c in t.children if c.dep_ in ("intj", "dobj") and c.lower_ in st.exclaimed), None)
        if said is not None and any(c.dep_ == "prep" and c.lower_ in st.exclaimed[said.lower_].target_preps
                                    for c in t.children):
            p = st.exclaimed[said.lower_]
            return Trigger(t, p, p.type, None, p.cameo, None, [t, said], extra_preps=p.target_preps)
    on_record = low == "record" and (t.head.lower_ == "on" or any(
        c.dep_ == "prt" and c.lower_ == "on" for c in t.head.children))
    raising = is_raising(t, st)
    if (pos == "VERB" and lemma in st.conveying) or on_record or raising:
        # ("place / put on record our appreciation to X": the parser hangs the noun on "record")
        objects = verb_objects(t) if pos == "VERB" else [c for c in t.children if c.dep_ == "dobj"]
        # ("extend our full cooperation and solidarity to X": the noun may be a conjunct)
        said = next((o for o in (*objects, *(c for o in objects for c in o.conjuncts))
                     if o.lower_ in st.nouns and o.pos_ == "NOUN"), None)
        if raising:
            # "we have stepped up our support to X": only a noun raised as a done act (raised_stances)
            said = said if said is not None and raised(t, said) else None
        elif said is None and pos == "VERB":
            # "I convey to X our warm congratulations": the parser hangs the noun on X
            said = next((a for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj" for a in g.children
                         if a.dep_ == "appos" and a.lower_ in st.nouns and a.pos_ == "NOUN"), None)
        if said is None and pos == "VERB" and not raising:
            # "we owe a debt of gratitude to X", "convey a message of solidarity to X", "reaffirm
            # our position in support of X": the noun carried by a noun of its vehicle (word
            # class carrier_nouns)
            carriers = [o for o in verb_objects(t) if o.lower_ in st.carriers and carries_a_stance(o, t, st)]
            if not_held(t, st):
                carriers = []   # ("we no longer maintain our position in support of X")
            phrases = [c for o in carriers for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in")]
            # (the parser may hang the "in" phrase on the verb: "reaffirms its position in support
            # of X"; only the one right after the carrier, not one of place: "in the Council")
            phrases += [c for o in carriers for c in t.children
                        if c.dep_ == "prep" and c.lower_ == "in" and c.i == o.right_edge.i + 1]
            said = next((g for c in phrases for g in c.children
                         if g.dep_ == "pobj" and g.lower_ in st.nouns and g.pos_ == "NOUN"), None)
        if said is not None:
            p = st.nouns[said.lower_]
            return Trigger(t, p, p.type, None, p.cameo, said, [t, said])
    if tag == "VBN" and low in st.felt and any(c.dep_ == "auxpass" for c in t.children) \
            and any(c.dep_ == "nsubjpass" for c in t.children) and negation_of(t) is None:
        p = st.felt[low]
        if not has_that_clause(t):
            return Trigger(t, p, p.type, None, p.cameo, None, [t])
        # "we are dismayed that X ...": a stance on X's doing, none on a flood's
        doer = that_clause_doer(t, st)
        if doer is not None:
            return Trigger(t, p, p.type, None, p.cameo, None, [t], target_at=doer)
    taking_note = lemma == "take" and any(o.lower_ == "note" for o in verb_objects(t))
    if pos == "VERB" and (lemma in st.noting or taking_note):
        # "note / view / follow with concern X", "take note with appreciation of X"
        hosts = [t, *[o for o in verb_objects(t) if o.lower_ == "note"]] if taking_note else [t]
        feeling = next((g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ in ("pobj", "pcomp") and g.lower_ in st.noted), None) \
            or cleft_feeling(t, st)
        if feeling is not None and _bereavement_noted(t, feeling, st):
            feeling = None   # "it is with deep regret that we learned of the passing of X": condolence
        # (the parser may hang X on the feeling, as an apposition or as its object: "note with alarm X",
        # "note with dismay X" read as a verb)
        if feeling is not None and (taking_note or verb_objects(t) or any(
                a.dep_ in ("appos", "dobj", "obj") for a in feeling.children)):
            p = st.noted[feeling.lower_]
            return Trigger(t, p, p.type, None, p.cameo, None, [t, feeling])
        # "we note with concern that X continues to ...": X's doing is what is noted
        doer = None if feeling is None else that_clause_doer(feeling, st, ("acl", "ccomp")) or that_clause_doer(t, st)
        if doer is not None:
            p = st.noted[feeling.lower_]
            return Trigger(t, p, p.type, None, p.cameo, None, [t, feeling], target_at=doer)
    if pos == "VERB" and lemma in st.going:
        said = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in st.nouns), None)
        # ("a special word of thanks goes to X": the noun carried by its vehicle's "of")
        said = said or next((g for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in st.carriers
                             for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                             for g in o.children if g.dep_ == "pobj" and g.lower_ in st.nouns), None)
        if said is not None and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in t.children):
            p = st.going_to[said.lower_]
            return Trigger(t, p, p.type, None, p.cameo, said, [t, said])
    if pos in ("VERB", "AUX") and (lemma in st.holding or lemma in st.leaning) and negation_of(t) is None:
        # "X has our full support / solidarity / gratitude", "X deserves our thanks", "X can
        # count on our support" (the help leaned on is the owner's, given to X)
        held = verb_objects(t) if lemma in st.holding else [
            g for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children if g.dep_ == "pobj"]
        said = next((o for o in held if o.lower_ in st.nouns and o.pos_ == "NOUN"
                     and any(c.dep_ == "poss" for c in o.children)), None)
        if said is not None and any(c.dep_ == "nsubj" for c in t.children):
            p = st.held[said.lower_]
            return Trigger(t, p, p.type, None, p.cameo, said, [t, said])
    # (assured_noun's own first test, on the strings read above: most words fail it)
    if lemma in st.assuring and pos in ("VERB", "ADJ") and (said := assured_noun(t, st)) is not None \
            and negation_of(t) is None:
        p = st.held[said.lower_]   # "I assure you of our support" (assured.py)
        return Trigger(t, p, p.type, None, p.cameo, said, [t, said])
    if pos == "VERB" and lemma in st.hosting and negation_of(t) is None:
        visit = next((o for o in verb_objects(t) if o.lower_ in st.visits
                      and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in o.children)), None)
        if visit is not None:
            return _fixed(t, st, "hosting_verbs", visit, [t, visit])
    if pos == "VERB" and lemma in st.deploying and negation_of(t) is None:
        sent_off = next((o for o in verb_objects(t) if o.lower_ in st.forces), None)
        if sent_off is not None and any(w.lower_ in st.missions for w in t.sent):
            p = st.peacekeeping
            # "Veloria, where my country keeps 800 peacekeepers": the place the clause is about
            where = (dep == "relcl" and any(c.lower_ == "where" for c in t.children)
                     and not any(c.dep_ == "prep" and c.lower_ in p.target_preps for c in t.children))
            return Trigger(t, p, "AID", None, p.cameo, sent_off, [t, sent_off], extra_preps=p.target_preps,
                           target_at=t.head if where else None)
    if pos == "VERB" and lemma in st.deploying and negation_of(t) is None:
        helpers = next((o for o in verb_objects(t) if o.lower_ in st.relief_workers or (
            o.lemma_.lower() == "team" and any(a.lower_ in st.relief_kinds for a in o.children))), None)
        if helpers is not None:
            p = st.relief
            return Trigger(t, p, "AID", None, p.cameo, helpers, [t, helpers], extra_preps=p.target_preps)
    if pos == "VERB" and (lemma in st.response_verbs or (lemma in st.answered and act_subject(t))) \
            and negation_of(t) is None and _warns(t, st):
        # (or in the passive: "any violation will be met with a firm response")
        answer = next((o for o in verb_objects(t) if o.lower_ in st.response_nouns), None) or next(
            (g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" and any(a.dep_ == "auxpass" for a in t.children)
             for g in c.children if g.dep_ == "pobj" and g.lower_ in st.response_nouns), None)
        if answer is not None:
            return _fixed(t, st, "response_nouns", answer, [t, answer],
                          extra_preps=frozenset({"to", "against"}))
    if pos == "VERB" and lemma in st.responding and negation_of(t) is None and _warns(t, st) and (
            lemma == "retaliate" or any(c.dep_ == "advmod" and c.lower_ in st.force_adverbs for c in t.children)
            or any_hostile_act(t, st)):
        return _fixed(t, st, "responding_verbs", None, [t])
    if pos == "VERB" and lemma in st.defending and negation_of(t) is None and self_defence_announced(t, st):
        # "we will defend our sovereignty (against X)", "we are ready to defend ourselves": force
        # announced, a warning (not the verbal defence of another, SUPPORT 052)
        host = defence_announcer(t, st)
        said_by = next((c for c in host.children if c.dep_ == "nsubj"), None) if host.pos_ == "VERB" and host != t else None
        return _fixed(t, st, "defending_verbs", None, [t], source_at=said_by)
    if pos == "VERB" and lemma in st.calling_for and not any(c.dep_ == "prep" for c in t.children):
        # "we call for X to <act>" with "for" parsed as the mark of the clause: X is called on
        asked = next((s for c in t.children if c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for s in c.children
            if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")), None)
        if asked is not None:
            return _fixed(t, st, "calling_for_verbs", None, [t], target_at=asked)
    if pos == "VERB" and lemma in st.close_working and any(c.dep_ in ("advmod", "npadvmod") and (
            c.lower_ in st.close_adverbs or (c.lower_ in st.joint_adverbs and partnered(t))) for c in t.children):
        return _fixed(t, st, "close_working_verbs", None, [t])   # "we cooperate closely with X"
    if pos == "VERB" and lemma in st.echoing and negation_of(t) is None:
        # "we echo the call of the Secretary-General": what another said, owned by them
        said = next((o for o in verb_objects(t) if o.lower_ in st.said_nouns and o.pos_ == "NOUN" and any(
            (c.dep_ == "poss" and c.lower_ not in _FIRST_PERSON) or (c.dep_ == "prep" and c.lower_ == "of")
            for c in o.children)), None)
        if said is not None:
            return _fixed(t, st, "echoing_verbs", None, [t])
    if low == "solidarity" and dep == "pobj" and t.head.lower_ == "in" \
            and (lemma_of(t.head.head) in st.copulas or lemma_of(t.head.head) in st.solidarity_stance) \
            and negation_of(t.head.head) is None:
        # "we remain / are / stand in solidarity with X" (the parser may hang "with X" on the verb)
        p = st.nouns["solidarity"]
        return Trigger(t.head.head, p, p.type, None, p.cameo, t, [t.head.head, t], extra_preps=p.target_preps)
    if pos == "VERB" and lemma in st.valuing and negation_of(t) is None:
        merit = next((o for o in verb_objects(t) if o.lower_ in st.merits and o.pos_ == "NOUN"), None)
        if merit is not None:
            return _fixed(t, st, "valuing_verbs", None, [t])
    if pos == "NOUN" and low in st.supporters and dep == "attr" and lemma_of(t.head) in st.copulas \
            and negation_of(t.head) is None and (backed := of_phrase(t)) is not None:
        return _fixed(t.head, st, "supporter_nouns", None, [t.head, t], target_at=backed)   # "X is a friend of Y"
    if pos == "VERB" and lemma == "hold":
        judged = next((c for c in t.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
                       and c.lower_ in st.blame), None)
        # ("hold the Turkish regime responsible": the parser may hang the adjective on the object)
        judged = judged or next((a for o in verb_objects(t) for a in o.children if a.dep_ == "amod"
                                 and a.i > o.i and a.lower_ in st.blame), None)
        if judged is not None:
            return _fixed(t, st, "blame_adjectives", None, [t, judged])
    if pos == "VERB" and lemma in st.labelling and (labelled := labelled_judgement(t, st)) is not None:
        return labelled   # "called the attack cowardly", "described the sanctions as illegal"
    if (pos == "ADJ" and dep == "acomp" and low in st.judged and lemma_of(t.head) in st.copulas
            and negation_of(t.head) is None and negation_of(t) is None
            and (low not in st.named_judgements or names_a_doer(t.head))):
        p = st.judged[low]
        return Trigger(t.head, p, p.type, None, p.cameo, None, [t.head, t])
    if pos == "NOUN" and low in st.judged and judged_noun(t, st):
        return Trigger(t.head, p := st.judged[low], p.type, None, p.cameo, None, [t.head, t])
    if (pos in ("ADJ", "VERB") and dep == "acomp" and low in st.adjectives
            and lemma_of(t.head) in st.copulas and negation_of(t) is None):
        # ("is not opposed": the copula's negation makes a negated event)
        p = st.adjectives[low]
        # ("pleased to note / see X": what the verb of noting takes)
        doer = that_clause_doer(t, st) or next((o for c in t.children if c.dep_ == "xcomp" and lemma_of(c) in st.noting
                                            for o in verb_objects(c)), None)
        # (the parser may make "by X" the adjective's agent: "pleased by the progress")
        aimed = doer is not None or any(c.dep_ in ("prep", "agent") and c.lower_ in p.target_preps for c in t.children)
        # ("alarmed that the drought has spread": a "that" clause with no actor doing it blames no one)
        if aimed or (low not in st.aimed_adjectives and not has_that_clause(t)):
            return Trigger(t.head, p, p.type, None, p.cameo, t, [t.head, t], target_at=doer)
    if low in st.demanding_aux or lemma in st.time_nouns or (
            lemma in st.demanding_verbs and pos in ("VERB", "AUX") and tag in ("VBZ", "VBP")) or (
            low in st.demanding_adjectives and dep == "acomp"):
        return demand(t, st)
    if pos == "VERB" and lemma in st.well_wishing and negation_of(t) is None:
        wished = [c for c in t.children if c.lower_ in st.wished and c.dep_ in ("dobj", "advmod", "npadvmod")]
        named = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.lower_ not in st.wished), None)
        # ("wish the State of X success": the parser hangs the one wished on the wish)
        named = named or next((g for c in wished for g in c.children if g.dep_ in ("nmod", "compound")
                               and g.i < c.i and g.pos_ in ("PROPN", "NOUN")), None)
        if not wished:
            # the ditransitive wish: "I wish you fruitful deliberations", "wish the Assembly a
            # productive session", "wish a speedy recovery to X": something wished to someone
            wished, named = wished_to(t)
        if wished and named is not None:
            return _fixed(t, st, "well_wishing_verbs", None, [t], target_at=named)
    if pos == "VERB" and lemma in st.reserving and negation_of(t) is None:
        named = _answered(t, st)
        if named is not None:
            return _fixed(t, st, "reserving_verbs", None, [t], target_at=named)
    if pos == "VERB" and lemma in st.undertaking_verbs and negation_of(t) is None and not _uncertain(t, st):
        joined = next((o for o in verb_objects(t) if lemma_of(o) in st.undertakings), None)
        if joined is not None:
            named = _proposer(joined, st)
            if named is None and _place_after_of(joined, st):
                named = t   # (the verb itself, which names no one: the place is no target either)
            return _fixed(t, st, "undertaking_verbs", joined, [t], target_at=named)
    if pos == "VERB" and lemma in st.greeting and _greets(t, st):
        return _fixed(t, st, "greeting_verbs", None, [t])
    return None


def act_subject(t) -> list:
    """The subject of verb ``t`` when it names an act, not an actor ("any attack on X will meet
    a response"), as a list."""
    return [c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
            and not is_actorish(c, load_cues().actor_nouns)]


def _uncertain(t, st: Stances) -> bool:
    """Verb ``t`` says only what may happen: "X may / could join". (A clause of condition,
    "if X joins", is read by the modality stage: hypothetical.)"""
    return any(c.dep_ == "aux" and c.lower_ in st.uncertain_aux for c in t.children)


def _proposer(thing, st: Stances):
    """Who proposed or owns ``thing``: "proposed by X", "X's initiative", "the initiative of X"
    (an actor, not the place an undertaking is named after: "the Declaration of Paris")."""
    for c in thing.children:
        if c.dep_ == "poss" and c.lower_ not in _FIRST_PERSON:
            return c
        if c.dep_ == "prep" and c.lower_ == "of" and not _place_after_of(thing, st):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            return g if g is not None and is_actorish(g, load_cues().actor_nouns) else None
        if c.dep_ == "acl":
            agent = next((g for a in c.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                          for g in a.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    return None


# The entity labels of places.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Those of actors' names: "the Charter of the African Union" tagged whole names its owner.
_ACTOR_NAME_ENTS = frozenset({"ORG", "PERSON", "NORP"})


def _place_after_of(thing, st: Stances) -> bool:
    """``thing`` is an undertaking named after where it was made: "the Treaty of Lisbon", its
    "of" a place or, in a name tagged whole ("the Declaration of Paris"), part of that name."""
    return lemma_of(thing) in st.place_named and any(
        g.dep_ == "pobj" and (g.ent_type_ in _PLACE_ENTS or (
            g.ent_iob_ == "I" and g.ent_type_ == thing.ent_type_ and g.ent_type_ not in _ACTOR_NAME_ENTS))
        for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _answered(t, st: Stances):
    """Whom "reserve the right to <act> to / against X" is aimed at: the doer of X ("any
    provocation by Y") or X itself when it is an actor; None when no one is named."""
    right = next((o for o in verb_objects(t) if o.lower_ in st.rights), None)
    act = right is not None and next((c for c in right.children if c.dep_ in ("acl", "relcl", "xcomp")
                                      and c.pos_ in ("VERB", "AUX")), None)
    if not act:
        return None
    actor_nouns = load_cues().actor_nouns
    holders = [act, *verb_objects(act)]
    for g in (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
              for g in c.children if g.dep_ == "pobj"):
        doer = next((a for c in g.children if c.dep_ == "prep" and c.lower_ == "by"
                     for a in c.children if a.dep_ == "pobj"), None)
        if doer is not None:
            return doer
        if is_actorish(g, actor_nouns):
            return g
    return None


def _greets(t, st: Stances) -> bool:
    """The speaker welcomes someone now: a first-person subject in the present (or of the
    verb of wishing or letting it hangs on), an actor as object, no place of arrival."""
    if negation_of(t) is not None or any(c.dep_ == "prep" and c.lower_ in st.arrival_preps and not arrival_body(c)
                                         for c in t.children):
        return False
    # (a named plan or instrument, "the Global Gateway Initiative proposed by X", is a thing
    # approved, not one greeted, though its name is tagged as a body's)
    if not any(is_actorish(o, load_cues().actor_nouns) and not names_a_thing(o) for o in verb_objects(t)):
        return False
    if t.tag_ in ("VBP", "VBZ"):
        speaker = t
    elif t.tag_ == "VB" and t.dep_ in ("xcomp", "ccomp") and lemma_of(t.head) in st.letting:
        # ("me" is the subject of "welcome" or the object of "let")
        return any(c.lower_ in ("me", "us") for c in (*t.children, *t.head.children))
    elif t.tag_ == "VB" and t.dep_ == "xcomp" and lemma_of(t.head) in st.wishing:
        speaker = t.head
    else:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in speaker.children) \
        and not says_will(speaker)


_FIRST_PERSON = {"i", "we", "us", "our", "my", "me", "ourselves"}


def joiner_of(ante, st: Stances):
    """The subject that joins ``ante``, the antecedent of a relative clause: "we" of "we join
    those who ..." or of "we add our voice to those who ...", or None."""
    if ante.dep_ == "dobj" and lemma_of(ante.head) == "join":
        verb = ante.head
    elif ante.dep_ == "pobj" and ante.head.lower_ == "to" and lemma_of(ante.head.head) in st.joining and any(
            o.lower_ in st.voice_nouns for o in verb_objects(ante.head.head)):
        verb = ante.head.head
    else:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
