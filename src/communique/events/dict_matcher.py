"""Matching a verb against the compiled PETRARCH-2 verb dictionary (:mod:`dictionary`).

One dictionary look-up by lemma per verb; the verb's block patterns are tried most
specific first, each constraint read on the dependency parse (see :mod:`dictionary` for the
mapping).  The result is a :class:`DictMatch`: the CAMEO code by the verb's voice (``None``
when a null pattern blocks the verb), the pattern and the words that made it.  Codes the
ontology does not know fall back to their parent code; codes with no PLOVER type (010-017
statements) give no event, except in mode "only" (PETRARCH's coding), where the dictionary's
code stands as written and an event may have a CAMEO code and no PLOVER type.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..document import Event
from .dictionary import DictPattern, Phrase, Sequence, SeqItem, VerbDictionary, VerbEntry
from .ontology import Ontology
from .patterns import Pattern

# (not clauses: "said [that they] released" is the release, coded on its own verb)
_OBJ_DEPS = ("dobj", "obj", "attr", "oprd", "dative", "acomp")
# Prepositions whose object is the one acted on or dealt with, when the pattern names no
# object of its own ("restored ties with X", "fired on X").
TARGET_PREPS = frozenset({"with", "against", "on", "at", "to", "into", "upon"})
# In the passive, PETRARCH looks for a named target only after these ("was attacked at X",
# "fired into X"); "was reported on the pass of X" names a place, not whom it was done to.
PASSIVE_TARGET_PREPS = frozenset({"at", "against", "into", "towards"})


@dataclass
class DictMatch:
    pattern: DictPattern | None      # None: the verb's own or block default code
    entry: VerbEntry
    code: str | None                 # None: blocked by a null pattern (or no code in this voice)
    obj: object | None = None
    words: list | None = None
    source: object | None = None     # the actor a "$" of a sequence pattern points at
    target: object | None = None     # ... a "+"
    file: str = "CAMEO.2.0.txt"      # the dictionary file the match comes from (pattern ids)
    passive: bool = False
    back: str = ""                   # a symmetric event's code from target to source ("[031:032]")

    @property
    def specificity(self) -> int:
        return self.pattern.specificity if self.pattern is not None else 0


def _names(t) -> tuple[str, str]:
    return ((t.lemma_ or t.lower_).lower(), t.lower_)


def fits(t, phrase: Phrase, exact: bool = False) -> bool:
    """Whether a token heads a phrase the constraint accepts (a one-word member by lemma or
    form, or a multi-word member ending in it with the words before it in the text); with
    ``exact``, by the word's form only (PETRARCH matches the dictionary's words literally)."""
    if not phrase:
        return True
    lemma, low = _names(t)
    if exact:
        lemma = low
    if lemma in phrase.heads or low in phrase.heads:
        return True
    doc = t.doc
    for words in phrase.multi:
        if words[-1] not in (lemma, low):
            continue
        n = len(words) - 1
        if t.i >= n and all(doc[t.i - n + k].lower_ == w for k, w in enumerate(words[:-1])):
            return True
    return False


def is_passive(t) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
        return True
    return t.tag_ == "VBN" and t.dep_ == "acl"   # "the ships impounded by X"


def _subject(t):
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    if t.dep_ in ("conj", "xcomp") and t.head != t:
        return _subject(t.head) if t.head.pos_ in ("VERB", "AUX") else None
    return None


def _objects(t) -> list:
    out = [c for c in t.children if c.dep_ in _OBJ_DEPS]
    if is_passive(t):
        out += [c for c in t.children if c.dep_ == "nsubjpass"]
    return out


def _preps(hosts) -> list:
    out = []
    for h in hosts:
        for c in h.children:
            if c.dep_ in ("prep", "agent", "dative"):
                out.append(c)
    return out


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _entry_fits(t, e: VerbEntry, sent_end: int) -> list | None:
    """The extra words of a multi-word verb ("call off", "wire tap"), or None."""
    words = []
    doc = t.doc
    for k, w in enumerate(e.after):
        cand = [c for c in t.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "acomp") and c.lower_ == w]
        j = t.i + 1 + k
        if not cand and j < sent_end and doc[j].lower_ == w:
            cand = [doc[j]]
        if not cand:
            return None
        words.append(cand[0])
    for k, w in enumerate(reversed(e.before)):
        j = t.i - 1 - k
        if j < 0 or doc[j].lower_ != w:
            return None
        words.append(doc[j])
    return words


def _pattern_fits(t, p: DictPattern, sent_end: int, exact: bool = False):
    """(object token or None, words) when every constraint of ``p`` holds, else None."""
    words = []
    obj = None
    if p.subject:
        s = _subject(t)
        if s is None or not fits(s, p.subject, exact):
            return None
        words.append(s)
    if p.particles:
        for w in p.particles:
            cand = [c for c in t.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == w]
            if not cand and t.i + 1 < sent_end and t.doc[t.i + 1].lower_ == w:
                cand = [t.doc[t.i + 1]]
            if not cand:
                return None
            words.append(cand[0])
    if p.obj:
        objs = [o for o in _objects(t) if fits(o, p.obj, exact)]
        if not objs:
            return None
        obj = objs[0]
        words.append(obj)
        if p.obj_mods:
            sub = {w.lower_ for w in obj.subtree} | (set() if exact else {(w.lemma_ or "").lower() for w in obj.subtree})
            # (a multi-word set member: all its words in the phrase)
            if not all(any(all(x in sub for x in m.split()) for m in alts) for alts in p.obj_mods):
                return None
    if p.preps:
        hosts = [t] + ([obj] if obj is not None else []) + _objects(t)
        for prep, head in p.preps:
            found = None
            for pr in _preps(hosts):
                if pr.lower_ != prep:
                    continue
                po = _pobj(pr)
                if head and (po is None or not fits(po, head, exact)):
                    continue
                found = (pr, po)
                break
            if found is None:
                return None
            words.append(found[0])
            if found[1] is not None:
                words.append(found[1])
                hosts.append(found[1])   # "(TO LIST) (OF {BANNED PARTIES})": a chain
    return obj, words


# -- the sequence reading (TABARI, PETRARCH-1; the validation suite's dictionary) ----------
_NOUNISH = ("NOUN", "PROPN", "PRON")
_MAX_STEPS = 2000   # backtracking budget per pattern (a 150-token sentence stays bounded)


def _at(tokens, j: int, phrase: Phrase, forward: bool, exact: bool = False) -> int:
    """How many tokens of ``tokens`` a member of ``phrase`` covers starting (forward) or
    ending (backward) at ``j``; 0: none fits."""
    t = tokens[j]
    if t.lower_ in phrase.heads or (not exact and (t.lemma_ or "").lower() in phrase.heads):
        return 1
    for words in phrase.multi:
        n = len(words)
        # (walking backward the tokens come right to left: the member's words reversed)
        if all(k < len(tokens) and tokens[k].lower_ == x
               for k, x in zip(range(j, j + n), words if forward else words[::-1])):
            return n
    return 0


def _compound(tokens) -> bool:
    """An actor made of coordinated nouns ("Arnor and Gondor") among ``tokens``."""
    return any(w.pos_ in _NOUNISH and any(c.dep_ == "conj" and c.pos_ in _NOUNISH for c in w.children)
               for w in tokens)


def _walk(items: list[SeqItem], tokens, adjacent: bool, forward: bool, found: dict, budget: list,
          exact: bool = False):
    """Match ``items`` (in matching order: away from the verb) against ``tokens`` (also
    from the verb outward); other words may come between two items unless the previous
    one is joined to the next (``adjacent``).  Returns the words matched, or None."""
    budget[0] -= 1
    if budget[0] < 0:
        return None
    if not items:
        return []
    it, rest = items[0], items[1:]
    nxt_adj = it.joined if forward else (bool(rest) and rest[0].joined)
    if it.marker == "%":
        if not _compound(tokens):
            return None
        return _walk(rest, tokens, nxt_adj, forward, found, budget, exact)
    if it.marker:
        # "$", "+": the next noun phrase is the source, the target; "^" skips one
        k = next((k for k, w in enumerate(tokens) if w.pos_ in _NOUNISH), None)
        if k is None or (adjacent and k > 0 and it.marker != "^"):
            return None if it.marker != "^" else _walk(rest, tokens, nxt_adj, forward, found, budget, exact)
        who = tokens[k]
        pos = {w.i: n for n, w in enumerate(tokens)}
        if forward:
            # "the Gondor army": the phrase's head, past its modifiers
            while who.dep_ in ("compound", "amod", "nmod", "poss") and who.head.i in pos and who.head.i > who.i:
                who = who.head
            k = pos[who.i]
            if it.marker == "^":   # a skipped phrase goes with its attachments ("the X of the Y")
                k = max(pos.get(w.i, k) for w in who.subtree)
        else:
            # walking left from the head: its modifiers belong to the phrase
            while k + 1 < len(tokens) and tokens[k + 1].head.i == who.i and tokens[k + 1].dep_ in (
                    "compound", "amod", "det", "poss", "nmod"):
                k += 1
            if it.marker == "^":
                k = max(pos.get(w.i, k) for w in who.subtree)
        if it.marker != "^":
            found.setdefault(it.marker, who)
        return _walk(rest, tokens[k + 1:], nxt_adj, forward, found, budget, exact)
    for j in range(len(tokens)):
        if adjacent and j > 0:
            break
        n = _at(tokens, j, it.words, forward, exact)
        if not n:
            continue
        got = _walk(rest, tokens[j + n:], nxt_adj, forward, found, budget, exact)
        if got is not None:
            return list(tokens[j:j + n]) + got
    return None


def _clause_after(t, last: int, sent_end: int) -> list:
    """Words after the verb in its own phrase: its subtree, less verbs coordinated with it."""
    skip = {w.i for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for w in c.subtree}
    return [w for w in t.subtree if w.i > last and w.i < sent_end and w.i not in skip]


def _sequence_fits(t, p: DictPattern, extra: list, sent_end: int, exact: bool = False):
    """(found markers, words) when the words of ``p`` stand before and after the verb in
    order, else None."""
    verb_words = [t, *extra]
    first = min(w.i for w in verb_words)
    last = max(w.i for w in verb_words)
    found: dict = {}
    words = []
    if p.post:
        got = _walk(list(p.post.items), _clause_after(t, last, sent_end), p.post.to_verb, True,
                    found, [_MAX_STEPS], exact)
        if got is None:
            return None
        words += got
    if p.pre:
        before = list(reversed(t.doc[t.sent.start:first]))
        items = list(reversed(p.pre.items))
        got = _walk(items, before, p.pre.to_verb, False, found, [_MAX_STEPS], exact)
        if got is None:
            return None
        words += got
    return found, words


def match_dictionary(t, vd: VerbDictionary, sent_end: int, candidates: list[str],
                     defaults: bool = True, shared: bool = True) -> DictMatch | None:
    """The dictionary's reading of verb ``t`` (tried under each lemma in ``candidates``);
    with ``defaults`` false, only a pattern with a constraint (a verb's bare default code,
    e.g. "accord" 060 or "advocate" 020, is too loose for statements; a multi-word verb keeps
    its own, its particle being a constraint).  With ``shared`` false a pattern written for
    one verb of the block (its comment names it: "- * RIGHT [130] # RESERVE") is not tried
    on the block's other verbs ("uphold the rights" is no threat)."""
    # An inflected form the dictionary lists as a verb of its own ("LEFT", "SAID") is more
    # specific than its lemma's entry ("LEAVE"): tried first.
    candidates = sorted(candidates, key=lambda c: c != t.lower_ or not vd.entries(c))
    for lemma in candidates:
        for e in vd.entries(lemma):
            extra = _entry_fits(t, e, sent_end)
            if extra is None:
                continue
            passive = is_passive(t)
            usable = [p for p in vd.patterns(e.block) if (shared or not p.verb or p.verb == e.lemma)
                      and (p.passive if passive else p.active)]   # (a pattern may code one voice only)
            # a pattern whose words stand in the text as written (PETRARCH matches the
            # dictionary's words literally) before one that fits only by lemma; most specific
            # first in each pass
            for exact in (True, False):
                for p in usable:
                    m = _try_pattern(t, p, e, extra, sent_end, passive, exact, vd.source)
                    if m is not None:
                        return m
            if not defaults and not extra:
                continue
            code = e.code
            return DictMatch(None, e, None if code in ("---", "") else code, None, [t, *extra],
                             file=vd.source, passive=passive, back=e.reverse)
    return None


def _try_pattern(t, p: DictPattern, e: VerbEntry, extra: list, sent_end: int, passive: bool,
                 exact: bool, file: str) -> DictMatch | None:
    code = p.passive if passive else p.active
    if p.sequence:
        seq = _sequence_fits(t, p, extra, sent_end, exact)
        if seq is None:
            return None
        found, words = seq
        # the verb's object holding the pattern's words ("restore full diplomatic ties with
        # X"): what is acted on; the actor is found on its phrases
        ids = {w.i for w in words}
        obj = next((o for o in _objects(t) if any(w.i in ids for w in o.subtree)), None)
        return DictMatch(p, e, None if code == "---" else code, obj, [t, *extra, *words],
                         found.get("$"), found.get("+"), file, passive, p.reverse)
    got = _pattern_fits(t, p, sent_end, exact)
    if got is None:
        return None
    obj, words = got
    return DictMatch(p, e, None if code == "---" else code, obj, [t, *extra, *words], file=file,
                     passive=passive)


@dataclass(frozen=True)
class DictionaryPattern(Pattern):
    """A pattern of the verb dictionary; ``final``: its CAMEO code is the event's, not refined
    by the project's mode cues or rewritten by the clause's modality (PETRARCH's coding,
    mode "only"); the modality still sets the event's status.  ``back``: a symmetric
    event's code from target to source; ``reciprocal``: a compound subject ("%" before the
    verb) whose members act on each other when no target is named."""
    final: bool = field(default=False)
    back: str = field(default="")
    reciprocal: bool = field(default=False)


class DictPatterns:
    """Pattern objects for dictionary matches, built once per (pattern line, code)."""

    def __init__(self, ontology: Ontology, final: bool = False):
        self.ontology = ontology
        self.final = final
        self._cache: dict[tuple, Pattern | None] = {}

    def pattern(self, m: DictMatch) -> Pattern | None:
        key = (m.pattern.id if m.pattern else f"verb:{m.file}:{m.entry.line}", m.code, m.obj is not None,
               m.passive, m.back)
        if key not in self._cache:
            self._cache[key] = self._build(m)
        return self._cache[key]

    def typed(self, given: str) -> tuple[str | None, str | None, str] | None:
        """(PLOVER type, mode, CAMEO code) of a dictionary code, or None when it gives no
        event.  Codes the ontology does not know fall back to their parent code; in mode
        "only" (PETRARCH's coding) the code stands as written, typed by it or its nearest
        known parent, and a code with no type at all (010-017 statements, a dictionary's own
        test codes) is an event with none."""
        code = given or ""
        while code and code not in self.ontology.cameo:
            code = code[:-1] if len(code) > 3 else (code[:2] + "0" if code[2:] != "0" else "")
        type_, mode = self.ontology.plover(code) if code else (None, None)
        if self.final and given:
            return type_, mode, given
        if type_ is None:
            return None   # 010-017 statements and unknown codes: no PLOVER event
        return type_, mode, code

    def _build(self, m: DictMatch) -> Pattern | None:
        typed = self.typed(m.code or "")
        if typed is None:
            return None
        type_, mode, code = typed
        p = m.pattern
        own_preps = {prep for prep, head in (p.preps if p else ()) if head}
        objects = frozenset({"*"}) if p is not None and (p.obj or (p.sequence and m.obj is not None)) else frozenset()
        pid = p.id if p is not None else f"petrarch:{m.file}:{m.entry.line}"
        compound = p is not None and p.sequence and any(i.marker == "%" for i in p.pre.items)
        return DictionaryPattern(pid, type_, mode, code, "V", m.entry.lemma,
                                 p.id if p is not None else m.entry.block,
                                 objects=objects, final=self.final,
                                 target_preps=(PASSIVE_TARGET_PREPS if m.passive else TARGET_PREPS) - own_preps,
                                 back=m.back if self.final else "", reciprocal=compound and self.final)

    def paired(self, e: Event, p: Pattern) -> list[Event]:
        """The events PETRARCH-1 makes of one coded verb (mode "only"): a symmetric code
        ``[A:B]`` is A from the sources to the targets and B back; a side left empty takes
        the other's actors; a compound subject that acts with no target named ("X and Y
        postponed their talks") acts on itself.  Where one actor would stand on both sides,
        each member of the compound gets an event of its own towards the others."""
        back = getattr(p, "back", "")
        if not back and not (getattr(p, "reciprocal", False) and not e.targets and len(e.sources) > 1):
            return [e]
        srcs, tgts = e.sources or e.targets, e.targets or e.sources
        if srcs == tgts and len(srcs) < 2:
            return [e]   # one actor and no other side: nothing goes back
        out = _split(e, srcs, tgts)
        typed = self.typed(back) if back else None
        if typed is not None:
            type_, mode, code = typed
            told = {(x.cameo, tuple(x.sources), tuple(x.targets)) for x in out}
            out += [x for x in _split(replace(e, type=type_, mode=mode, cameo=code, fields=dict(e.fields)),
                                      tgts, srcs)
                    if (x.cameo, tuple(x.sources), tuple(x.targets)) not in told]   # "[030:030]"
        return out



def _split(e: Event, srcs: list[str], tgts: list[str]) -> list[Event]:
    """``e`` from ``srcs`` to ``tgts``; one event per source where an actor stands on both
    sides (no actor acts on itself)."""
    if not set(srcs) & set(tgts):
        return [replace(e, sources=list(srcs), targets=list(tgts))]
    return [replace(e, sources=[s], targets=[t for t in tgts if t != s], fields=dict(e.fields))
            for s in srcs]
