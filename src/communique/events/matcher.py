"""Finding trigger words in a parsed sentence and the pattern each one fits."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cues import load_cues
from .dict_matcher import match_dictionary
from .patterns import Pattern, PatternSet, load_word_classes
from .token_table import TokenTable, token_table

# How far to look to the right for an object the parser attached elsewhere
# ("held on Tuesday evening, 3 December 2019, a crucial meeting").
OBJECT_SCAN = 15
_OBJ_DEPS = ("dobj", "obj", "attr", "oprd", "dative")
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
# Named entities whose words are names, not events ("Great Return March").
_NAME_ENTS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "GPE", "NORP"}
_ACTOR_ENTS = {"NORP", "GPE", "ORG", "PERSON"}
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


def _lemma(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def _names(t) -> set[str]:
    return {_lemma(t), t.lower_}


_PERSONAL = {"him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i"}


def is_relative(t) -> bool:
    """Whether ``t`` is a relative pronoun ("a pandemic that killed ...", "X, which ..."):
    the word class relative_pronouns."""
    return t.lower_ in load_word_classes()["relative_pronouns"]


def is_actorish(t, actor_nouns: frozenset[str]) -> bool:
    """Whether a word names an actor: a name, a personal pronoun, an actor noun, or a
    number or group word standing for one ("two", "thousands of refugees")."""
    if t.ent_type_ in _ACTOR_ENTS or t.pos_ in ("PROPN", "NUM") or t.lower_ in _PERSONAL:
        return True
    if _names(t) & actor_nouns:
        return True
    if not _names(t) & load_cues().partitive_heads:
        return False
    of = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in [pobj(c)]
               if p is not None), None)
    return of is not None and (of.pos_ == "PROPN" or of.ent_type_ in _ACTOR_ENTS or bool(_names(of) & actor_nouns))


def _fits(t, heads: frozenset[str], actor_nouns: frozenset[str] = frozenset()) -> bool:
    if not heads:
        return True
    if "*" in heads:
        return True
    if "#actor" in heads and is_actorish(t, actor_nouns):
        return True
    if "#person" in heads and (t.ent_type_ == "PERSON" or t.lower_ in _PERSONAL):
        return True
    return bool(_names(t) & heads)


def is_verb(t) -> bool:
    return t.pos_ == "VERB" or (t.tag_ in _VERB_TAGS and t.pos_ in ("ADJ", "NOUN", "AUX")
                                and t.dep_ not in ("aux", "auxpass")) or _mistagged_verb(t)


def _is_verb_at(tab: TokenTable, i: int, sdoc) -> bool:
    """:func:`is_verb` of ``sdoc[i]``, read from the parse's table (a token made only for a
    plural noun at the root)."""
    pos, tag = tab.pos[i], tab.tag[i]
    return pos == "VERB" or (tag in _VERB_TAGS and pos in ("ADJ", "NOUN", "AUX")
                             and tab.dep[i] not in ("aux", "auxpass")) \
        or (tag == "NNS" and tab.dep[i] == "ROOT" and _mistagged_verb(sdoc[i]))


def _mistagged_verb(t) -> bool:
    """ "The Republic of X reserves the right ...": a plural-looking word tagged a noun that
    heads the clause with a subject and a direct object is the clause's verb."""
    return (t.tag_ == "NNS" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children)
            and any(c.dep_ == "dobj" for c in t.children))


def verb_objects(t) -> list:
    return [c for c in t.children if c.dep_ in _OBJ_DEPS]


def _scan_object(t, heads: frozenset[str], end: int):
    """An object the parser hung elsewhere: the next noun fitting ``heads`` before another verb.
    When the verb has an object of its own, only inside that object's phrase ("lifted a
    state of emergency", "suspended aid deliveries"), not past it ("made his remarks ...
    at the start of a trip"); a date taken for the object does not count ("held on
    Tuesday, 3 December, a meeting")."""
    own = [o for o in verb_objects(t) if o.ent_type_ not in _NOT_OBJECTS]
    inside = {w.i for o in own for w in o.subtree}
    sdoc = t.doc
    for j in range(t.i + 1, min(end, t.i + 1 + OBJECT_SCAN)):
        w = sdoc[j]
        if own and j not in inside:
            continue
        if w.pos_ == "VERB" and w.dep_ not in ("amod", "compound"):
            return None
        if w.pos_ in ("NOUN", "PROPN") and _fits(w, heads) and "*" not in heads:
            return w
    return None


def _prep_children(t, word: str) -> list:
    return [c for c in t.children
            if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == word and c.i > t.i]


def pobj(prep):
    """The object of a preposition (a noun, or a clause: "by firing")."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def agent_nouns(v) -> list:
    """The nouns of a passive verb's or participle's "by" phrase ("launched by X")."""
    return [g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def reduced_relative_agents(n) -> list:
    """ "the drone launched by X": the agents of the participles (reduced relatives) on noun ``n``."""
    return [g for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN" for g in agent_nouns(a)]


def _has_aux(t) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in t.children)


def _agent(t):
    """The "by" phrase of a passive verb or participle: its object."""
    return next((p for c in t.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                 for p in [pobj(c)] if p is not None), None)


def _doer(t):
    """Head word of who does ``t``: the "by" agent, else the subject (of the verb it is
    coordinated with or that controls it)."""
    x = t
    for _ in range(3):
        a = _agent(x)
        if a is not None:
            return a
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and is_relative(subj) and x.dep_ == "relcl":
            return x.head   # "a pandemic that killed ...": the noun the clause is about
        if subj is not None:
            return subj
        if x.dep_ not in ("conj", "xcomp") or x.head == x:
            return None
        x = x.head
    return None


def is_background(t) -> bool:
    """A participle that describes a noun rather than reports an act: "the mayor,
    jailed a year ago", "civilians imprisoned for protesting", "officials accused of
    ...".  With no auxiliary, object or "by" agent it names no doer and no time of its
    own, so it is the noun's description (coding it would date an old act today)."""
    # (the tagger sometimes reads such a participle as a past tense: VBD)
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or _has_aux(t) or verb_objects(t) \
            or _agent(t) is not None or any(c.dep_.startswith("nsubj") for c in t.children):
        return False
    # "There were ten soldiers killed": the participle is what the sentence reports; so
    # it is when the parser left the sentence without another verb (its noun is the root).
    n = t.head
    return not (n.dep_ == "ROOT" or (n.dep_ == "attr" and any(c.dep_ == "expl" for c in n.head.children)))


def _relative_object(t):
    """The noun a participle or relative clause modifies is its (passive) object:
    "a missile believed to be fired", "the rockets fired from Gaza"."""
    x = t
    if x.dep_ == "xcomp" and x.head.dep_ in ("acl", "relcl"):
        x = x.head
    if x.dep_ in ("acl", "relcl") and x.head.pos_ in ("NOUN", "PROPN"):
        return x.head
    return None


def _base_forms(t) -> list[str]:
    """Base forms of an inflected verb for when the lemmatizer errs ("staged" -> "stag"):
    the word less its -d/-ed/-s/-es/-ing ending, with or without a final e."""
    return _base_forms_of(t.lower_)


def _base_forms_of(w: str) -> list[str]:
    out = []
    for end in ("ing", "ed", "es", "d", "s"):
        if w.endswith(end) and len(w) > len(end) + 2:
            stem = w[: -len(end)]
            out += [stem, stem + "e"] if end in ("ing", "ed") else [stem]
    return out


def verb_forms(t) -> list[str]:
    """The forms a verb is looked up under in the dictionary: lemma, word, base forms."""
    names = [_lemma(t), t.lower_] + (_base_forms(t) if t.tag_ in ("VBD", "VBN", "VBZ", "VBG") else [])
    return list(dict.fromkeys(names))


def match_verb(t, patterns: PatternSet, sent_end: int) -> Trigger | None:
    """The verb's trigger: the project's own patterns, then the PETRARCH-2 verb dictionary
    (when loaded): in mode "fallback" only for verbs no own pattern names (an own pattern's
    constraints that do not fit mean no event); in mode "specific" also where the
    dictionary's pattern has more constraints than the own one (a null one then blocks it);
    in mode "only" the dictionary alone (PETRARCH's coding, for its validation suite); in
    mode "refine" the own patterns alone (the dictionary then refines their codes:
    :mod:`dict_refine`)."""
    if t.dep_ == "amod":
        return None   # a participle used as an adjective ("the detained leader", "exiled leaders")
    only = patterns.dictionary is not None and patterns.dictionary_mode == "only"
    cands = [] if only else _own_candidates(patterns, _lemma(t), t.lower_, t.tag_)
    vd = patterns.dictionary
    if not cands and (vd is None or patterns.dictionary_mode == "refine"):
        return None   # (no own pattern, and the dictionary only refines own codes)
    if is_background(t):
        return None
    doer = _doer(t)
    if doer is not None and _lemma(doer) in patterns.non_agents:
        return None   # "killed by the crash": nobody's act
    own = _match_own(t, cands, patterns, sent_end, doer) if cands else None
    if vd is None or patterns.dictionary_mode == "refine" or (cands and patterns.dictionary_mode != "specific"):
        return own   # a verb the own patterns know, fitted or not, is theirs
    dm = match_dictionary(t, vd, sent_end, verb_forms(t),
                          patterns.dictionary_defaults, patterns.dictionary_shared)
    if dm is None:
        return own
    if own is not None and dm.specificity <= own.pattern.specificity:
        return own   # the more specific pattern wins; on a tie the project's own
    if dm.code is None:
        return None   # a null pattern: the verb codes nothing (nor does a less specific own one)
    p = patterns.dict_patterns.pattern(dm)
    if p is None:
        return own
    words = sorted({w.i: w for w in dm.words}.values(), key=lambda w: w.i)
    return Trigger(t, p, p.type, p.mode, p.cameo, dm.obj, words, source_at=dm.source, target_at=dm.target)


def _own_candidates(patterns: PatternSet, lemma: str, lower: str, tag: str) -> list[Pattern]:
    """The own verb patterns for a verb of this lemma, form and tag (by lemma, by form, then
    by the base forms of an inflected form)."""
    cands = patterns.candidates("V", lemma) or patterns.candidates("V", lower)
    if not cands and tag in ("VBD", "VBN", "VBZ", "VBG"):
        cands = next((c for f in _base_forms_of(lower) if (c := patterns.candidates("V", f))), [])
    return cands


def _match_own(t, cands: list[Pattern], patterns: PatternSet, sent_end: int, doer) -> Trigger | None:
    """The first own pattern of ``cands`` that fits verb ``t`` (``doer``: ``_doer(t)``)."""
    for p in cands:
        words = [t]
        if p.intransitive and verb_objects(t):
            continue
        if p.subjects and (doer is None or not _fits(doer, p.subjects)):
            continue
        if p.needs_object or p.actor_object:
            direct = verb_objects(t) + [c for c in t.children if c.dep_ == "nsubjpass"]
            if p.needs_object and not direct:
                continue
            if p.object_filter:
                # the object (or, in the passive, the agent or the one acted on) must be one of these
                seen = direct + ([_agent(t)] if _agent(t) is not None else [])
                if not any(_fits(o, p.object_filter, patterns.actor_nouns) for o in seen):
                    continue
            if p.actor_object and any(not is_actorish(o, patterns.actor_nouns) for o in direct):
                continue   # "recognized the need", "meet our obligations"
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
            objs = [o for o in verb_objects(t) if _fits(o, p.objects)]
            passive = [c for c in t.children if c.dep_ == "nsubjpass" and _fits(c, p.objects)]
            objs = objs or passive
            rel = _relative_object(t) if not objs else None
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
            hosts = [t] + ([obj] if obj is not None else [])
            preps = [pr for h in hosts for pr in _prep_children(h, p.need_prep)]
            if p.need_prep_heads:
                preps = [pr for pr in preps if (po := pobj(pr)) is not None and _fits(po, p.need_prep_heads, patterns.actor_nouns)]
            if not preps:
                continue
            words.append(preps[0])
            if p.need_prep_heads:
                words.append(pobj(preps[0]))
        if p.need_xcomp:
            xs = [c for c in t.children if c.dep_ in ("xcomp", "ccomp")
                  and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
            if p.xcomp_heads:
                xs = [x for x in xs if _names(x) & p.xcomp_heads]
            if not xs:
                continue
            words.append(xs[0])
        return Trigger(t, p, p.type, p.mode, p.cameo, obj, sorted(words, key=lambda w: w.i))
    return None


def match_noun(t, patterns: PatternSet) -> Trigger | None:
    if t.pos_ != "NOUN" or t.ent_type_ in _NAME_ENTS or t.dep_ == "compound":
        return None   # a compound modifies another noun: "arrest warrants", "assassination attempt"
    cands = patterns.candidates("N", _lemma(t)) or patterns.candidates("N", t.lower_)
    for p in cands:
        words = [t]
        if p.objects:
            mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and _names(c) & p.objects]
            prev = t.doc[t.i - 1] if t.i > 0 else None
            if not mods and prev is not None and _names(prev) & p.objects:
                mods = [prev]
            if not mods:
                continue
            words = mods[:1] + words
        if p.need_prep:
            preps = _prep_children(t, p.need_prep)
            if p.need_prep_heads:
                preps = [pr for pr in preps if (po := pobj(pr)) is not None and _fits(po, p.need_prep_heads, patterns.actor_nouns)]
            if not preps:
                continue
        return Trigger(t, p, p.type, p.mode, p.cameo, None, words)
    return None


def _has_owner(n) -> bool:
    """Whether an event noun names who made it ("Ethiopia's refusal", "an Iranian offer",
    "a call by the UN"): then it is an act of its own, not only a topic."""
    for c in n.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _ACTOR_ENTS):
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and pobj(c) is not None:
            return True
    return False


def find_triggers(sent, patterns: PatternSet, max_tokens: int) -> list[Trigger]:
    """Triggers in one sentence (its first ``max_tokens`` tokens), verbs first by position."""
    end = min(sent.end, sent.start + max_tokens)
    verbs, nouns = [], {}
    sdoc = sent.doc
    tab = token_table(sdoc)   # (a token made only for a word that may be a trigger)
    # Without the dictionary, or with it refining own codes only, a verb or noun no own
    # pattern names is no trigger (match_verb, match_noun): not looked at.
    own_only = patterns.dictionary is None or patterns.dictionary_mode == "refine"
    nouns_too = not (patterns.dictionary is not None and patterns.dictionary_mode == "only")
    for i in range(sent.start, end):
        if _is_verb_at(tab, i, sdoc):
            if own_only and not _own_candidates(patterns, tab.lemma[i], tab.lower[i], tab.tag[i]):
                continue
            trig = match_verb(sdoc[i], patterns, end)
            if trig is not None:
                verbs.append(trig)
        elif tab.pos[i] == "NOUN" and nouns_too:
            # (PETRARCH codes verbs only)
            if not (patterns.candidates("N", tab.lemma[i]) or patterns.candidates("N", tab.lower[i])):
                continue
            t = sdoc[i]
            trig = match_noun(t, patterns)
            if trig is not None:
                nouns[t.i] = trig
    # A verb whose object is an event noun is one event ("launched an air strike"):
    # the noun's code wins when its pattern is the more specific one.
    for v in verbs:
        n = nouns.pop(v.obj.i, None) if v.obj is not None else None
        if n is None:
            for o in verb_objects(v.token):
                n = nouns.get(o.i)
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
    out = verbs + list(nouns.values())
    out.sort(key=lambda tr: tr.token.i)
    return out
