"""Finding trigger words in a parsed sentence and the pattern each one fits."""

from __future__ import annotations

from dataclasses import dataclass, field

from .patterns import Pattern, PatternSet

# How far to look to the right for an object the parser attached elsewhere
# ("held on Tuesday evening, 3 December 2019, a crucial meeting").
OBJECT_SCAN = 15
_OBJ_DEPS = ("dobj", "obj", "attr", "oprd", "dative")
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
# Named entities whose words are names, not events ("Great Return March").
_NAME_ENTS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "GPE", "NORP"}


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
    extra_preps: frozenset = frozenset()         # target prepositions of that noun
    content_type: str | None = None              # type of the act it agrees to, demands, ...

    @property
    def is_verb(self) -> bool:
        return self.pattern.pos == "V"


def _lemma(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def _names(t) -> set[str]:
    return {_lemma(t), t.lower_}


def _fits(t, heads: frozenset[str]) -> bool:
    if not heads:
        return True
    if "*" in heads:
        return True
    return bool(_names(t) & heads)


def is_verb(t) -> bool:
    return t.pos_ == "VERB" or (t.tag_ in _VERB_TAGS and t.pos_ in ("ADJ", "NOUN", "AUX")
                                and t.dep_ not in ("aux", "auxpass"))


def verb_objects(t) -> list:
    return [c for c in t.children if c.dep_ in _OBJ_DEPS]


def _scan_object(t, heads: frozenset[str], end: int):
    """An object the parser hung elsewhere: the next noun fitting ``heads`` before another verb."""
    sdoc = t.doc
    for j in range(t.i + 1, min(end, t.i + 1 + OBJECT_SCAN)):
        w = sdoc[j]
        if w.pos_ == "VERB" and w.dep_ not in ("amod", "compound"):
            return None
        if w.pos_ in ("NOUN", "PROPN") and _fits(w, heads) and "*" not in heads:
            return w
    return None


def _prep_children(t, word: str) -> list:
    return [c for c in t.children
            if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == word and c.i > t.i]


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def match_verb(t, patterns: PatternSet, sent_end: int) -> Trigger | None:
    cands = patterns.candidates("V", _lemma(t)) or patterns.candidates("V", t.lower_)
    for p in cands:
        words = [t]
        if p.intransitive and verb_objects(t):
            continue
        if p.particle:
            prt = [c for c in t.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == p.particle]
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
                preps = [pr for pr in preps if (po := _pobj(pr)) is not None and _fits(po, p.need_prep_heads)]
            if not preps:
                continue
            words.append(preps[0])
            if p.need_prep_heads:
                words.append(_pobj(preps[0]))
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
                preps = [pr for pr in preps if (po := _pobj(pr)) is not None and _fits(po, p.need_prep_heads)]
            if not preps:
                continue
        return Trigger(t, p, p.type, p.mode, p.cameo, None, words)
    return None


def find_triggers(sent, patterns: PatternSet, max_tokens: int) -> list[Trigger]:
    """Triggers in one sentence (its first ``max_tokens`` tokens), verbs first by position."""
    end = min(sent.end, sent.start + max_tokens)
    verbs, nouns = [], {}
    for t in sent.doc[sent.start:end]:
        if is_verb(t):
            trig = match_verb(t, patterns, end)
            if trig is not None:
                verbs.append(trig)
        elif t.pos_ == "NOUN":
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
                if n is not None and n.pattern.objects:
                    nouns.pop(o.i)
                    break
                n = None
        if n is not None:
            v.merged_noun = n.token
            v.extra_preps = n.pattern.target_preps
            if n.pattern.objects or (n.mode and not v.mode):
                v.type, v.mode, v.cameo = n.type, n.mode, n.cameo
            v.words = sorted(set(v.words) | set(n.words), key=lambda w: w.i)
    out = verbs + list(nouns.values())
    out.sort(key=lambda tr: tr.token.i)
    return out
