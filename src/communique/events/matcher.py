"""Finding trigger words in a parsed sentence and the pattern each one fits."""

from __future__ import annotations

from dataclasses import dataclass, field

from .clause_parts import (ACTOR_ENTS, agent_of, base_forms_of, doer_of, is_actorish, is_personal_pronoun,
                           is_background, is_verb_at, lemma_of, names_of, pobj, relative_object, verb_forms,
                           verb_object_indices, verb_objects)
from .cues import load_cues
from .dict_matcher import match_dictionary
from .modality import foretold, speaker_subject
from .patterns import Pattern, PatternSet, load_word_classes
from .phrasal_verbs import compound_known_to, phrasal_particle
from .stance_data import load_stances
from .token_table import subtree_indices, token_table

# How far to look to the right for an object the parser attached elsewhere
# ("convened on Friday morning, 7 March 2025, an urgent session").
OBJECT_SCAN = 15
# Named entities whose words are names, not events ("Great Return March").
_NAME_ENTS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "GPE", "NORP"}
# Entity types of words a parser may take for an object that name no thing acted on.
_NOT_OBJECTS = {"DATE", "TIME", "CARDINAL", "ORDINAL"}


@dataclass
class Trigger:
    token: object                 # the spaCy token of the trigger word
    pattern: Pattern
    type: str
    mode: str | None
    cameo: str
    obj: object | None = None     # the required object (V) -- an event noun for light verbs
    words: list = field(default_factory=list)   # tokens that make the trigger (for evidence)
    merged_noun: object | None = None           # an N trigger folded into this verb
    merged_code: tuple | None = None            # and its own (type, cameo)
    extra_preps: frozenset = frozenset()         # target prepositions of that noun
    content_type: str | None = None              # type of the act it agrees to, demands, ...
    content_cameo: str | None = None             # ... and that act's CAMEO code
    code_words: list = field(default_factory=list)   # words the verb dictionary's code comes from
    negation_read: bool = False                  # its "not" is part of the act ("will not allow")
    source_at: object | None = None   # the source's head a dictionary pattern's "$" points at
    target_at: object | None = None   # the target's head its "+" points at

    @property
    def is_verb(self) -> bool:
        return self.pattern.pos == "V"


def disapproves(trig) -> bool:
    """A disapproval (CAMEO 11x; not an investigation, 09x, also ACCUSE in PLOVER) or a
    rejection: what is judged points at its doers, not at whom it is done to."""
    return trig.type == "REJECT" or (trig.type == "ACCUSE" and (trig.cameo or "").startswith("11"))


def _fits(t, heads: frozenset[str], actor_nouns: frozenset[str] = frozenset()) -> bool:
    if not heads:
        return True
    if "*" in heads:
        return True
    if "#actor" in heads and is_actorish(t, actor_nouns):
        return True
    if "#person" in heads and (t.ent_type_ == "PERSON" or is_personal_pronoun(t)):
        return True
    return bool(names_of(t) & heads)


def _fits_at(tab, j: int, heads: frozenset[str], sdoc, actor_nouns: frozenset[str] = frozenset()) -> bool:
    """:func:`_fits` of ``sdoc[j]``, a head list of words read from the parse's table (a Token
    made only for a list that names a parse class)."""
    if not heads or "*" in heads:
        return True
    if "#actor" in heads or "#person" in heads:
        return _fits(sdoc[j], heads, actor_nouns)
    return tab.lemma[j] in heads or tab.lower[j] in heads   # (names_of)


def _scan_object(t, heads: frozenset[str], end: int):
    """An object the parser hung elsewhere: the next noun fitting ``heads`` before another verb.
    When the verb has an object of its own, only inside that object's phrase ("lifted a
    state of emergency", "suspended aid deliveries"), not past it ("made his remarks ...
    at the start of a trip"); a date taken for the object does not count ("held on
    Tuesday, 3 December, a meeting")."""
    if "*" in heads:
        return None   # (any noun fits, and none is taken for an object hung elsewhere)
    sdoc = t.doc
    tab = token_table(sdoc)   # (a Token made only for the object found)
    ent = tab.ent
    own = [o for o in verb_object_indices(t) if ent[o] not in _NOT_OBJECTS]
    inside = {w for o in own for w in subtree_indices(tab, o)}
    pos, dep = tab.pos, tab.dep
    for j in range(t.i + 1, min(end, t.i + 1 + OBJECT_SCAN)):
        if own and j not in inside:
            continue
        if pos[j] == "VERB" and dep[j] not in ("amod", "compound"):
            return None
        if pos[j] in ("NOUN", "PROPN") and _fits_at(tab, j, heads, sdoc):
            return sdoc[j]
    return None


def _prep_children(t, word: str) -> list:
    # (dependency and form read from the parse's table: a Token made only for a child that has both)
    tab, sdoc = token_table(t.doc), t.doc
    return [c for k in tab.kids(t.i)
            if tab.dep[k] in ("prep", "agent", "dative", "prt") and tab.lower[k] == word
            for c in [sdoc[k]] if k > t.i or _fronted(c, t)]


def _fronted(c, t) -> bool:
    """Prepositional phrase ``c`` of verb ``t`` stands before its subject, set off by a comma
    ("To our partners, I say: ..."): the verb's own phrase moved to the front."""
    subj = next((s for s in t.children if s.dep_ == "nsubj"), None)
    after = c.right_edge.i + 1
    return c.dep_ == "prep" and subj is not None and c.i < subj.i and after < len(c.doc) \
        and c.doc[after].text == ","


def _needed_preps(hosts: list, p: Pattern, patterns: PatternSet) -> list:
    """The preposition pattern ``p`` needs, after any of ``hosts``; with its object in the
    pattern's head list when it names one."""
    preps = [pr for h in hosts for pr in _prep_children(h, p.need_prep)]
    if p.need_prep_heads:
        # (the object, or its apposition: the parser often hangs a compound's head on a
        # modifier before it, "for a Taliban explosive device (IED) cell commander")
        preps = [pr for pr in preps if (po := pobj(pr)) is not None
                 and any(_fits(w, p.need_prep_heads, patterns.actor_nouns)
                         for w in (po, *(c for c in po.children if c.dep_ == "appos")))]
    return preps


def match_verb(t, patterns: PatternSet, sent_end: int, cands: list[Pattern] | None = None) -> Trigger | None:
    """The verb's trigger: the project's own patterns, then the PETRARCH-2 verb dictionary
    (when loaded): in mode "fallback" only for verbs no own pattern names (an own pattern's
    constraints that do not fit mean no event); in mode "specific" also where the
    dictionary's pattern has more constraints than the own one (a null one then blocks it);
    in mode "only" the dictionary alone (PETRARCH's coding, for its validation suite); in
    mode "refine" the own patterns alone (the dictionary then refines their codes:
    :mod:`dict_refine`); ``cands``: :func:`_own_candidates` of ``t`` when the caller has them."""
    if t.dep_ == "amod":
        return None   # a participle used as an adjective ("the detained leader", "exiled leaders")
    only = patterns.dictionary is not None and patterns.dictionary_mode == "only"
    if only:
        cands = []
    elif cands is None:
        cands = _own_candidates(patterns, lemma_of(t), t.lower_, t.tag_)
    vd = patterns.dictionary
    if not cands and (vd is None or patterns.dictionary_mode == "refine"):
        return None   # (no own pattern, and the dictionary only refines own codes)
    if is_background(t):
        return None
    if not only and _takes_occasion(t):
        return None   # "we seize this opportunity to thank X": the occasion is taken, nothing seized
    if not only and _holds_rank(t):
        return None   # "X occupies a central position", "it has seized our attention": no seizure
    if not only and _remembers(t):
        return None   # "I recall the words of the ambassador": a memory, no envoy withdrawn
    doer = doer_of(t)
    if doer is not None and (lemma_of(doer) in patterns.non_agents or _named_hazard(doer, patterns)) \
            and not _object_controlled(t):
        return None   # "killed by the crash", "struck by Cyclone Idai": nobody's act
    forms = verb_forms(t)
    prt = None if only else phrasal_particle(t, patterns, forms)
    own = _match_own(t, cands, patterns, sent_end, doer, prt) if cands else None
    if prt is not None and own is None and cands and _match_own(t, cands, patterns, sent_end, doer):
        # "backed down": no backing but, where the dictionary codes the compound, a retreat;
        # the compound's code stands only in place of a bare-verb reading it stopped (the
        # dictionary's "step up" 060 is no cooperation in "stepped up its attacks")
        return _compound(t, prt, patterns, sent_end, forms)
    if vd is None or patterns.dictionary_mode == "refine" or (cands and patterns.dictionary_mode != "specific"):
        return own   # a verb the own patterns know, fitted or not, is theirs
    dm = match_dictionary(t, vd, sent_end, forms,
                          patterns.dictionary_defaults, patterns.dictionary_shared)
    if dm is None:
        return own
    if own is not None and dm.specificity <= own.pattern.specificity:
        return own   # the more specific pattern wins; on a tie the project's own
    if dm.code is None:
        return None   # a null pattern: the verb codes nothing (nor does a less specific own one)
    got = _dictionary_trigger(t, dm, patterns)
    return own if got is None else got


_OWN_MEMO_MAX = 100_000   # (verb forms remembered, then forgotten at once)


def _own_candidates(patterns: PatternSet, lemma: str, lower: str, tag: str) -> list[Pattern]:
    """The own verb patterns for a verb of this lemma, form and tag (by lemma, by form, then
    by the base forms of an inflected form, or the lemma of an irregular past form)."""
    # (asked for every verb of every sentence, twice for one a pattern names: the answer
    # remembered per pattern set and its irregular forms, which the coder sets once)
    memo = patterns.__dict__.get("_own_memo")
    if memo is None or memo[0] is not patterns.irregular or len(memo[1]) > _OWN_MEMO_MAX:
        memo = patterns.__dict__["_own_memo"] = (patterns.irregular, {})
    key = (lemma, lower, tag)
    got = memo[1].get(key)
    if got is None:
        got = memo[1][key] = _own_candidates_of(patterns, lemma, lower, tag)
    return got


def _own_candidates_of(patterns: PatternSet, lemma: str, lower: str, tag: str) -> list[Pattern]:
    cands = patterns.candidates("V", lemma) or patterns.candidates("V", lower)
    if not cands and tag in ("VBD", "VBN", "VBZ", "VBG"):
        cands = next((c for f in base_forms_of(lower) if (c := patterns.candidates("V", f))), [])
    if not cands and tag in ("VBP", "VB") and (base := patterns.irregular.get(lower)):
        cands = patterns.candidates("V", base)   # a past form read as a present ("retook")
    return cands


def _compound(t, prt, patterns: PatternSet, sent_end: int, forms: list[str]) -> Trigger | None:
    """A phrasal verb no own pattern codes: the dictionary's reading of the compound (its
    entry's code, or a pattern of its block), if it has one and our data does not keep it."""
    vd = patterns.dictionary
    if not compound_known_to(vd, prt, forms) or patterns.dict_patterns is None:
        return None
    dm = match_dictionary(t, vd, sent_end, forms, True, patterns.dictionary_shared)
    if dm is None or dm.code is None or dm.entry.after != (prt.lower_,) or dm.entry.before:
        return None
    return _dictionary_trigger(t, dm, patterns)


def _dictionary_trigger(t, dm, patterns: PatternSet) -> Trigger | None:
    """The trigger of verb ``t`` read by the dictionary match ``dm``, or None when its code
    gives no event."""
    p = patterns.dict_patterns.pattern(dm)
    if p is None:
        return None
    words = sorted({w.i: w for w in dm.words}.values(), key=lambda w: w.i)
    return Trigger(t, p, p.type, p.mode, p.cameo, dm.obj, words, source_at=dm.source, target_at=dm.target)


def _content_clause(c) -> bool:
    """Whether ``c`` is a finite clause told as what a verb says ("protested that X had ...",
    "X is violating ..., Y protested"): a clausal complement with a subject, no infinitive."""
    return (c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))


def _match_own(t, cands: list[Pattern], patterns: PatternSet, sent_end: int, doer,
               phrasal=None) -> Trigger | None:
    """The first own pattern of ``cands`` that fits verb ``t`` (``doer``: ``doer_of(t)``);
    with ``phrasal`` (the particle of a known phrasal verb) only a pattern naming it."""
    sdoc = t.doc
    tab = token_table(sdoc)   # (the verb's objects and children read from the parse's table)
    obj_at = verb_object_indices(t)
    for p in cands:
        words = [t]
        if phrasal is not None and p.particle != phrasal.lower_:
            continue   # "backed down" is no "back", "held off" no "hold"
        if p.intransitive and obj_at:
            continue
        if p.needs_clause and not any(_content_clause(c) for c in t.children):
            continue
        if p.subjects and (doer is None or not _fits(doer, p.subjects)):
            continue
        if p.needs_object or p.actor_object:
            direct = [sdoc[k] for k in obj_at] + [c for c in t.children if c.dep_ == "nsubjpass"]
            if p.needs_object and not direct:
                continue
            if p.object_filter:
                # the object (or, in the passive, the agent or the one acted on) must be one of these
                seen = direct + ([agent_of(t)] if agent_of(t) is not None else [])
                if not any(_fits(o, p.object_filter, patterns.actor_nouns) for o in seen):
                    continue
            if p.actor_object and any(not is_actorish(o, patterns.actor_nouns) or names_a_thing(o)
                                      or _undergoes_an_act(o) for o in direct):
                continue   # "recognized the need", "meet our obligations", "welcomed the X Summit"
        if p.particle:
            # (a preposition with its own object is no particle: "gave a speech in Minsk")
            prt = [c for c in t.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == p.particle
                   and not (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))]
            nxt = t.doc[t.i + 1] if t.i + 1 < sent_end else None
            if not prt and nxt is not None and nxt.lower_ == p.particle:
                prt = [nxt]
            if not prt:
                continue
            words += prt[:1]
        obj = None
        if p.objects:
            objs = [sdoc[k] for k in obj_at if _fits_at(tab, k, p.objects, sdoc)]
            passive = [sdoc[k] for k in tab.kids(t.i) if tab.dep[k] == "nsubjpass"
                       and _fits_at(tab, k, p.objects, sdoc)]
            if "*" in p.objects and p.need_xcomp and not any(c.dep_ == "agent" for c in t.children):
                passive = []   # "X is expected to sign": a forecast of X's act, no one asks X
            if "*" in p.objects and p.need_xcomp and foretold(t):
                continue   # "analysts expect X to sign": a forecast too (modality.foretold)
            objs = objs or passive
            rel = relative_object(t) if not objs else None
            if rel is not None and _fits(rel, p.objects) and "*" not in p.objects:
                objs = [rel]
            if not objs and "*" not in p.objects:
                found = _scan_object(t, p.objects, sent_end)
                objs = [found] if found is not None else []
            if not objs and "*" in p.objects and p.need_xcomp:
                # "wants Putin to attack": the object is the infinitive's own subject
                objs = [s for c in t.children if c.dep_ in ("xcomp", "ccomp")
                        for s in c.children if s.dep_ == "nsubj"][:1]
            if not objs:
                continue
            obj = objs[0]
            words.append(obj)
        if p.need_prep:
            # (the parser hangs the preposition of a phrasal verb on its particle: "backed out
            # of the deal", "walked away from the accord")
            hosts = [t] + ([obj] if obj is not None else []) + ([prt[0]] if p.particle else [])
            preps = [pr for pr in _needed_preps(hosts, p, patterns)
                     if not _inside_named_object(t, pr)]
            if not preps:
                continue
            words.append(preps[0])
            if p.need_prep_heads:
                words.append(pobj(preps[0]))
        if p.need_xcomp:
            xs = [c for c in t.children if c.dep_ in ("xcomp", "ccomp")
                  and (any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) or _colon_imperative(t, c))]
            if p.xcomp_heads:
                xs = [x for x in xs if names_of(x) & p.xcomp_heads]
            if not xs:
                continue
            words.append(xs[0])
        return Trigger(t, p, p.type, p.mode, p.cameo, obj, sorted(words, key=lambda w: w.i))
    return None


def _inside_named_object(t, pr) -> bool:
    """ "called the attack by X on the port a crime": a verb with an object and an object
    predicative (V X Y) names or judges X; a preposition between the two belongs to the
    object's phrase, however the parser hung it ("called ... on" is no call on anyone)."""
    objs = [c.i for c in t.children if c.dep_ in ("dobj", "obj")]
    preds = [c.i for c in t.children if c.dep_ == "oprd"]
    return bool(objs and preds) and objs[0] < pr.i < preds[0]


def _object_controlled(t) -> bool:
    """ "The recession forced Argentina to seek a loan": the infinitive's doer is the object of
    the verb it complements, not that verb's subject (a misfortune may force; the one forced acts)."""
    return t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in t.head.children)


def _named_hazard(doer, patterns: PatternSet) -> bool:
    """A name whose compound word is a kind of hazard: "Cyclone Idai", "Hurricane Maria"
    (cues.toml named_hazard_kinds; not any non-agent: "the National Disaster Agency" acts)."""
    kinds = load_cues().named_hazard_kinds
    return doer.pos_ == "PROPN" and any(
        c.dep_ == "compound" and lemma_of(c) in kinds for c in doer.children)


def _takes_occasion(t) -> bool:
    """The verb's direct object is an occasion taken to act, with the act as its infinitive
    ("seize this opportunity to thank", "grasp the chance to make peace")."""
    occasions = load_word_classes()["occasions"]
    tab = token_table(t.doc)   # (read from the parse's table: no Token per child)
    dep, kids = tab.dep, tab.kids(t.i)
    return any(dep[o] == "dobj" and tab.lemma[o] in occasions   # (tab.lemma: lemma_of)
               and any(dep[c] in ("acl", "relcl", "xcomp", "advcl") for c in (*tab.kids(o), *kids))
               for o in kids)


def _holds_rank(t) -> bool:
    """A verb of taking whose direct object is a rank, a place in an order or attention ("occupies
    a central position", "has seized our attention"): nothing is taken from anyone."""
    wc = load_word_classes()
    return lemma_of(t) in wc["taking_verbs"] and any(
        o.dep_ in ("dobj", "obj") and (o.lemma_ or o.lower_).lower() in wc["held_ranks"] for o in t.children)


def _remembers(t) -> bool:
    """The speaker's own present "I / we recall ..." that calls back no envoy: a verb of
    remembering ("I recall the words of X"), not the recall of an envoy ("we recall our
    ambassador to X", "we recall the ambassador from X" stay)."""
    wc = load_word_classes()
    if lemma_of(t) not in wc["remembering_verbs"] or t.tag_ != "VBP" or not speaker_subject(t):
        return False
    objs = [o for o in t.children if o.dep_ in ("dobj", "obj")]
    own = [o for o in objs if names_of(o) & wc["envoys"]
           and any(p.dep_ == "poss" and p.lower_ in ("my", "our") for p in o.children)]
    if own:
        st = load_stances()
        if any(c.dep_ in ("appos", "relcl") or c.lower_ in st.bygone for o in own for c in o.children):
            return True   # "our ambassador X, who served ...", "our late ambassador": one remembered
        if _post_told(t, own, st.recall_errands):
            return False   # the speaker's own envoy called back from where it serves
    # (a post left said on the verb or on its object, not deeper: "the words of an envoy
    # who came home from X" are remembered)
    return not any(c.lower_ in ("from", "home") for w in (t, *objs) for c in w.children)


def _post_told(t, objs, errands) -> bool:
    """A recall of one's own envoy tells where the envoy serves or why it comes back, on the
    verb or on its object: "... our ambassador to / in / at X", "... for consultations", "home"."""
    for w in (t, *objs):
        for c in w.children:
            if c.lower_ == "home" or (c.dep_ == "prep" and any(g.dep_ == "pobj" and (
                    c.lower_ in ("to", "in", "at", "from") or (c.lower_ == "for" and g.lower_ in errands))
                    for g in c.children)):
                return True
    return False


def _colon_imperative(t, c) -> bool:
    """``c`` is a bare imperative after a colon that follows ``t`` ("I say to X: lift the
    embargo"): a complement as an infinitive is."""
    return c.tag_ == "VB" and c.i > t.i and not any(a.dep_ in ("nsubj", "aux") for a in c.children) \
        and any(w.text == ":" for w in t.doc[t.i + 1:c.i])


def match_noun(t, patterns: PatternSet) -> Trigger | None:
    if t.pos_ != "NOUN" or t.ent_type_ in _NAME_ENTS or t.dep_ == "compound":
        return None   # a compound modifies another noun: "arrest warrants", "assassination attempt"
    cands = patterns.candidates("N", lemma_of(t)) or patterns.candidates("N", t.lower_)
    if cands and _seeks_aim(t, patterns.actor_nouns):
        return None   # "the search for a peaceful solution", "our pursuit of peace": no chase
    for p in cands:
        words = [t]
        if p.objects:
            mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and names_of(c) & p.objects]
            prev = t.doc[t.i - 1] if t.i > 0 else None
            if not mods and prev is not None and names_of(prev) & p.objects:
                mods = [prev]
            if not mods:
                continue
            words = mods[:1] + words
        if p.need_prep:
            if not _needed_preps([t], p, patterns):
                continue
        return Trigger(t, p, p.type, p.mode, p.cameo, None, words)
    return None


def _seeks_aim(t, actor_nouns) -> bool:
    """A noun of chasing (word class chase_nouns) whose sought thing, its "of" / "for" object,
    names no actor, no one wanted and no name ("the pursuit of peace", "the search for a
    solution"): an aim sought, not someone hunted ("the search for the gunmen" (word class
    wanted), "pursuit of a Taliban commander")."""
    wc = load_word_classes()
    if lemma_of(t) not in wc["chase_nouns"]:
        return False
    sought = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
              for g in c.children if g.dep_ == "pobj"]
    # (the sought phrase's own words: its head and what stands before it, "a Taliban commander";
    # not its clauses and places, "a solution that preserves the unity of X")
    return bool(sought) and not any(is_actorish(g, actor_nouns) or names_of(g) & wc["wanted"]
                                    or g.pos_ == "PRON" or g.ent_type_
                                    or any(w.ent_type_ for left in g.lefts for w in left.subtree)
                                    for g in sought)


def _with_conjuncts(objs: list) -> list:
    """``objs`` and, after them, the words coordinated with them."""
    seen = {o.i for o in objs}
    return objs + [c for o in objs for c in o.conjuncts if c.i not in seen]


# Types that judge or punish acts that took place: the acts coordinated with their object are
# acts of their own ("condemned the launches and the threats against X": the threats were made).
JUDGING = frozenset({"ACCUSE", "COERCE", "SANCTION"})


def _topics(v, objs: list) -> list:
    """The objects of verb trigger ``v`` an act noun among them may be about, the words
    coordinated with them included ("attacked the US and the agreement with X"); not for a
    verb whose sense takes an actor ("welcomed the President of X and the mediation of Y": X
    is hosted, and the mediation is Y's act, no part of the visit), nor for a judging verb
    (``objs``: :func:`verb_objects` of its verb)."""
    return objs if v.pattern.actor_object or v.type in JUDGING else _with_conjuncts(objs)


def _has_owner(n) -> bool:
    """Whether an event noun names who made it ("Ethiopia's refusal", "an Iranian offer",
    "a call by the UN"): then it is an act of its own, not only a topic."""
    for c in n.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ACTOR_ENTS):
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and pobj(c) is not None:
            return True
    return False


# The parts of speech a trigger word may have (is_verb_at: a verb, or a verb's tag on an
# adjective, noun or auxiliary; an event noun); any other word is one only as a plural noun
# read as the verb (tag NNS).
_TRIGGER_POS = frozenset({"VERB", "ADJ", "NOUN", "AUX"})


def find_triggers(sent, patterns: PatternSet, max_tokens: int) -> list[Trigger]:
    """Triggers in one sentence (its first ``max_tokens`` tokens), verbs first by position."""
    end = min(sent.end, sent.start + max_tokens)
    verbs, nouns = [], {}
    sdoc = sent.doc
    tab = token_table(sdoc)   # (a token made only for a word that may be a trigger)
    # Without the dictionary, or with it refining own codes only, a verb or noun no own
    # pattern names is no trigger (match_verb, match_noun): not looked at.
    own_only = patterns.dictionary is None or patterns.dictionary_mode == "refine"
    only = patterns.dictionary is not None and patterns.dictionary_mode == "only"
    pos, tag, by_lemma = tab.pos, tab.tag, patterns.by_lemma
    for i in range(sent.start, end):
        if pos[i] not in _TRIGGER_POS and tag[i] != "NNS":
            continue   # (neither a verb by is_verb_at's tests nor a noun: most words)
        if is_verb_at(tab, i, sdoc):
            cands = None if only else _own_candidates(patterns, tab.lemma[i], tab.lower[i], tab.tag[i])
            if own_only and not cands:
                continue
            trig = match_verb(sdoc[i], patterns, end, cands)
            if trig is not None:
                verbs.append(trig)
        elif tab.pos[i] == "NOUN" and not only:
            # (PETRARCH codes verbs only)
            if not (by_lemma.get(("N", tab.lemma[i])) or by_lemma.get(("N", tab.lower[i]))):   # (candidates)
                continue
            t = sdoc[i]
            trig = match_noun(t, patterns)
            if trig is not None:
                nouns[t.i] = trig
    # A verb whose object is an event noun is one event ("launched an air strike"):
    # the noun's code wins when its pattern is the more specific one.
    for v in verbs:
        n = nouns.pop(v.obj.i, None) if v.obj is not None else None
        objs = verb_objects(v.token)
        topics = _topics(v, objs)
        if n is None:
            # (a conjunct of the object is an object too: "attacked the US and the agreement
            # with Canada" is about the agreement as "attacked the agreement" is)
            for o in topics:
                n = nouns.get(o.i)
                if n is not None and n.type == v.type and o not in objs:
                    # ("provide funding and assistance to X": the object names the act; a
                    # conjunct of its type merged would stand for the object's content)
                    n = None
                    continue
                # "endorsed an agreement with the EU", "rejected the appeal": a thing said
                # that is the object of another act is what that act is about; a more
                # specific noun of the verb's own type refines it ("attacked with air
                # strikes"), but "condemned the terrorist attacks" stays two acts
                # ("provided military aid to X": a noun of the verb's own type as its object
                # is the same act, its "to X" the verb's target)
                if n is not None and ((n.type == v.type and (n.pattern.objects or v.pattern.target_preps))
                                      or (n.type in patterns.verbal_types and not _has_owner(o))):
                    nouns.pop(o.i)
                    break
                n = None
        # the other acts said that are coordinated with the object are topics as well
        # ("welcomed the ceasefire and the talks between X and Y": no talks held); their
        # parties are the verb's, as a merged noun's are
        topic_preps = frozenset()
        for o in topics[1:]:
            g = nouns.get(o.i)
            if g is not None and g.type in patterns.verbal_types and g.type != v.type \
                    and not _has_owner(o):
                topic_preps |= nouns.pop(o.i).pattern.target_preps
        if n is None and v.pattern.need_prep_heads and v.is_verb:
            # "travelled to X for talks with Y": the event noun the verb's pattern needs after
            # its preposition is the same act, its "with Y" the verb's target
            n = next((nouns.pop(po.i) for pr in _prep_children(v.token, v.pattern.need_prep)
                      for po in [pobj(pr)] if po is not None and po.i in nouns
                      and nouns[po.i].type == v.type), None)
        if n is not None:
            v.merged_noun, v.merged_code = n.token, (n.type, n.cameo)
            said = n.type in patterns.verbal_types and not n.pattern.objects and v.obj != n.token
            if said:
                if not v.content_type:
                    v.content_type, v.content_cameo = n.type, n.cameo   # "rejected the talks": 125
            v.extra_preps = n.pattern.target_preps
            # (a noun's mode refines a verb of its own type: "imposed a curfew", not
            # "shortened the curfew", which is another type of act)
            if n.pattern.objects or (n.mode and not v.mode and not said and n.type == v.type):
                v.type, v.mode, v.cameo = n.type, n.mode, n.cameo
            v.words = sorted(set(v.words) | set(n.words), key=lambda w: w.i)
        if topic_preps:
            v.extra_preps = frozenset(v.extra_preps) | topic_preps
    out = verbs + list(nouns.values())
    out.sort(key=lambda tr: tr.token.i)
    return out


# Heads of the names of things, not actors: accords, instruments, processes, meetings ("welcomed
# the New Agenda for Peace / the Summit of the Future / the Plan for Peace": approval of it,
# not a visit of someone).
_THING_CLASSES = ("accords", "instruments", "named_processes", "meetings")


def _undergoes_an_act(o) -> bool:
    """The object is told with another's act done to it ("the fishermen released by X", "the
    hostages freed by Y"): that act is what the verb takes, not the people themselves."""
    return bool(doers_of_act_undergone(o))


def doers_of_act_undergone(o) -> list:
    """The "by" phrase of a freeing participle told of ``o`` ("the fishermen released by X": X).
    Only acts of the "freeing" class: "the delegation led by X", "the judges appointed by X"
    tell who the people are, not an act a welcome or a criticism would be about."""
    freeing = load_word_classes()["freeing"]
    return [p for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in freeing
            for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]


def names_a_thing(o) -> bool:
    """The object is the name of a thing: its head (lemma or word) is of the classes above."""
    classes = load_word_classes()
    return any(w in classes[c] for c in _THING_CLASSES for w in (o.lower_, o.lemma_.lower()))
