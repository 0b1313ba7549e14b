"""Matching a verb against the compiled PETRARCH-2 verb dictionary (:mod:`dictionary`).

One dictionary look-up by lemma per verb; the verb's block patterns are tried most
specific first, each constraint read on the dependency parse (see :mod:`dictionary` for the
mapping).  The result is a :class:`DictMatch`: the CAMEO code by the verb's voice (``None``
when a null pattern blocks the verb), the pattern and the words that made it.  Codes the
ontology does not know fall back to their parent code; codes with no PLOVER type (010-017
statements) give no event.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dictionary import DictPattern, Phrase, VerbDictionary, VerbEntry
from .ontology import Ontology
from .patterns import Pattern

# (not clauses: "said [that they] released" is the release, coded on its own verb)
_OBJ_DEPS = ("dobj", "obj", "attr", "oprd", "dative", "acomp")
# Prepositions whose object is the one acted on or dealt with, when the pattern names no
# object of its own ("restored ties with X", "fired on X").
TARGET_PREPS = frozenset({"with", "against", "on", "at", "to", "into", "upon"})


@dataclass
class DictMatch:
    pattern: DictPattern | None      # None: the verb's own or block default code
    entry: VerbEntry
    code: str | None                 # None: blocked by a null pattern (or no code in this voice)
    obj: object | None = None
    words: list | None = None

    @property
    def specificity(self) -> int:
        return self.pattern.specificity if self.pattern is not None else 0


def _names(t) -> tuple[str, str]:
    return ((t.lemma_ or t.lower_).lower(), t.lower_)


def fits(t, phrase: Phrase) -> bool:
    """Whether a token heads a phrase the constraint accepts (a one-word member by lemma or
    form, or a multi-word member ending in it with the words before it in the text)."""
    if not phrase:
        return True
    lemma, low = _names(t)
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
    if t.dep_ in ("conj", "xcomp") and t.head is not t:
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


def _pattern_fits(t, p: DictPattern, sent_end: int):
    """(object token or None, words) when every constraint of ``p`` holds, else None."""
    words = []
    obj = None
    if p.subject:
        s = _subject(t)
        if s is None or not fits(s, p.subject):
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
        objs = [o for o in _objects(t) if fits(o, p.obj)]
        if not objs:
            return None
        obj = objs[0]
        words.append(obj)
        if p.obj_mods:
            sub = {w.lower_ for w in obj.subtree} | {(w.lemma_ or "").lower() for w in obj.subtree}
            if not all(m in sub for m in p.obj_mods):
                return None
    if p.preps:
        hosts = [t] + ([obj] if obj is not None else []) + _objects(t)
        for prep, head in p.preps:
            found = None
            for pr in _preps(hosts):
                if pr.lower_ != prep:
                    continue
                po = _pobj(pr)
                if head and (po is None or not fits(po, head)):
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


def match_dictionary(t, vd: VerbDictionary, sent_end: int, candidates: list[str],
                     defaults: bool = True, shared: bool = True) -> DictMatch | None:
    """The dictionary's reading of verb ``t`` (tried under each lemma in ``candidates``);
    with ``defaults`` false, only a pattern with a constraint (a verb's bare default code,
    e.g. "accord" 060 or "advocate" 020, is too loose for statements; a multi-word verb keeps
    its own, its particle being a constraint).  With ``shared`` false a pattern written for
    one verb of the block (its comment names it: "- * RIGHT [130] # RESERVE") is not tried
    on the block's other verbs ("uphold the rights" is no threat)."""
    for lemma in candidates:
        for e in vd.entries(lemma):
            extra = _entry_fits(t, e, sent_end)
            if extra is None:
                continue
            passive = is_passive(t)
            for p in vd.patterns(e.block):
                if not shared and p.verb and p.verb != e.lemma:
                    continue
                got = _pattern_fits(t, p, sent_end)
                if got is None:
                    continue
                code = p.passive if passive else p.active
                if not code:
                    continue   # the pattern codes only in the other voice
                obj, words = got
                return DictMatch(p, e, None if code == "---" else code, obj, [t, *extra, *words])
            if not defaults and not extra:
                continue
            code = e.code
            return DictMatch(None, e, None if code in ("---", "") else code, None, [t, *extra])
    return None


class DictPatterns:
    """Pattern objects for dictionary matches, built once per (pattern line, code)."""

    def __init__(self, ontology: Ontology):
        self.ontology = ontology
        self._cache: dict[tuple, Pattern | None] = {}

    def pattern(self, m: DictMatch) -> Pattern | None:
        key = (m.pattern.id if m.pattern else f"verb:{m.entry.line}", m.code)
        if key not in self._cache:
            self._cache[key] = self._build(m)
        return self._cache[key]

    def _build(self, m: DictMatch) -> Pattern | None:
        code = m.code or ""
        while code and code not in self.ontology.cameo:
            code = code[:-1] if len(code) > 3 else (code[:2] + "0" if code[2:] != "0" else "")
        if not code:
            return None
        type_, mode = self.ontology.plover(code)
        if type_ is None:
            return None   # 010-017 statements: no PLOVER event
        p = m.pattern
        own_preps = {prep for prep, head in (p.preps if p else ()) if head}
        objects = frozenset({"*"}) if p is not None and p.obj else frozenset()
        pid = p.id if p is not None else f"petrarch:CAMEO.2.0.txt:{m.entry.line}"
        return Pattern(pid, type_, mode, code, "V", m.entry.lemma,
                       p.id if p is not None else m.entry.block,
                       objects=objects, target_preps=TARGET_PREPS - own_preps)
