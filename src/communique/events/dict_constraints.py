"""Reading one pattern of the compiled verb dictionary (:mod:`dictionary`) on the dependency
parse: its subject, object, particle and preposition constraints (PETRARCH-2's reading), and
the extra words of a multi-word verb.  The sequence reading (TABARI's) is :mod:`dict_sequence`.
"""

from __future__ import annotations

from .dictionary import DictPattern, Phrase, VerbEntry
from .token_table import token_table

# (not clauses: "said [that they] released" is the release, coded on its own verb)
_OBJ_DEPS = ("dobj", "obj", "attr", "oprd", "dative", "acomp")


def _names(t) -> tuple[str, str]:
    return ((t.lemma_ or t.lower_).lower(), t.lower_)


def fits(t, phrase: Phrase, exact: bool = False, r: "Reading | None" = None) -> bool:
    """Whether a token heads a phrase the constraint accepts (a one-word member by lemma or
    form, or a multi-word member ending in it with the words before it in the text); with
    ``exact``, by the word's form only (PETRARCH matches the dictionary's words literally)
    (``r``: the look-up's reading, which keeps the word's names for the next pattern)."""
    if not phrase:
        return True
    lemma, low = r.names(t) if r is not None else _names(t)
    if exact:
        lemma = low
    if lemma in phrase.heads or low in phrase.heads:
        return True
    if not phrase.multi:
        return False
    doc = t.doc
    ending = _multi_ending(phrase)   # (only the members ending in the word: not every member)
    for last in {lemma, low}:
        for words in ending.get(last, ()):
            n = len(words) - 1
            if t.i >= n and all(doc[t.i - n + k].lower_ == w for k, w in enumerate(words[:-1])):
                return True
    return False


# A phrase's multi-word members by their last word, by id(phrase) (the phrase kept beside them):
# a constraint is read for every verb its pattern is tried on.
_ENDING: dict[int, tuple[Phrase, dict[str, list[tuple[str, ...]]]]] = {}


def _multi_ending(phrase: Phrase) -> dict[str, list[tuple[str, ...]]]:
    got = _ENDING.get(id(phrase))
    if got is None or got[0] is not phrase:
        index: dict[str, list[tuple[str, ...]]] = {}
        for words in phrase.multi:
            index.setdefault(words[-1], []).append(words)
        got = _ENDING[id(phrase)] = (phrase, index)
    return got[1]


class Reading:
    """The parse read for one dictionary look-up: a verb's block holds dozens of patterns,
    and each reads the verb's children, voice and objects again.  A memo of (children as
    (index, relation) pairs in order, passive, object indices) per token, kept for one
    look-up only (one parse, which does not change once made)."""

    def __init__(self):
        self._table: dict[int, tuple] = {}
        self._objects: dict[int, list] = {}            # objects(t) by t.i
        self._doers: dict[int, object] = {}            # doer(t) by t.i
        self._names: dict[int, tuple[str, str]] = {}   # _names(t) by t.i

    def names(self, t) -> tuple[str, str]:
        got = self._names.get(t.i)
        if got is None:
            tab = token_table(t.doc)   # (its lemma key and form: _names, read from the parse's table)
            got = self._names[t.i] = (tab.lemma[t.i], tab.lower[t.i])
        return got

    def of(self, t) -> tuple:
        got = self._table.get(t.i)
        if got is None:
            tab, i = token_table(t.doc), t.i   # (read from the parse's table: no Token per child)
            dep = tab.dep
            kids = tuple((c, dep[c]) for c in tab.kids(i))
            passive = (any(d in ("auxpass", "nsubjpass") for _, d in kids)
                       or (tab.tag[i] == "VBN" and dep[i] == "acl"))   # "the ships impounded by X"
            objs = [i for i, dep in kids if dep in _OBJ_DEPS]
            if passive:
                objs += [i for i, dep in kids if dep == "nsubjpass"]
            got = self._table[t.i] = (kids, passive, tuple(objs))
        return got


def is_passive(t, r: Reading | None = None) -> bool:
    return (r or Reading()).of(t)[1]


def subject(t, r: Reading | None = None):
    r = r or Reading()
    for i, dep in r.of(t)[0]:
        if dep in ("nsubj", "nsubjpass", "csubj"):
            return t.doc[i]
    if t.dep_ in ("conj", "xcomp") and t.head != t:
        return subject(t.head, r) if t.head.pos_ in ("VERB", "AUX") else None
    return None


def doer(t, r: Reading | None = None):
    """Who does the verb's act: its subject, or in the passive the object of its "by" phrase
    ("Syria was bombed by Israeli jets": the jets, as "Israeli jets bombed Syria"); a passive
    with no "by" phrase names no doer.  A pattern's words before the verb are its doer's."""
    r = r or Reading()
    if t.i in r._doers:   # (asked again by each pattern of the verb's block with a subject)
        return r._doers[t.i]
    got = r._doers[t.i] = _doer(t, r)
    return got


def _doer(t, r: Reading):
    if not is_passive(t, r):
        return subject(t, r)
    doc = t.doc
    for i, dep in r.of(t)[0]:
        if dep == "agent":
            return _pobj(doc[i])
    return None


def objects(t, r: Reading | None = None) -> list:
    """The verb's objects (kept in ``r`` for the next pattern: not to be changed)."""
    r = r or Reading()
    got = r._objects.get(t.i)
    if got is None:
        doc = t.doc
        got = r._objects[t.i] = [doc[i] for i in r.of(t)[2]]
    return got


def _preps(hosts, r: Reading) -> list:
    out = []
    for h in hosts:
        doc = h.doc
        out += [doc[i] for i, dep in r.of(h)[0] if dep in ("prep", "agent", "dative")]
    return out


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def entry_fits(t, e: VerbEntry, sent_end: int) -> list | None:
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


def _has_mods(head, mods, exact: bool) -> bool:
    """Whether the phrase of ``head`` holds one word of each modifier (a multi-word set
    member: all its words)."""
    if not mods:
        return True
    sub = {w.lower_ for w in head.subtree} | (set() if exact else {(w.lemma_ or "").lower() for w in head.subtree})
    return all(any(all(x in sub for x in m.split()) for m in alts) for alts in mods)


def pattern_fits(t, p: DictPattern, sent_end: int, exact: bool = False, r: Reading | None = None):
    """(object token or None, words) when every constraint of ``p`` holds, else None
    (``r``: the look-up's reading of the parse, shared by the verb's patterns)."""
    r = r or Reading()
    words = []
    obj = None
    if p.subject:
        s = doer(t, r)
        if s is None or not fits(s, p.subject, exact, r) or not _has_mods(s, p.subj_mods, exact):
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
        objs = [o for o in objects(t, r) if fits(o, p.obj, exact, r)]
        if not objs:
            return None
        obj = objs[0]
        words.append(obj)
        if not _has_mods(obj, p.obj_mods, exact):
            return None
    if p.preps:
        hosts = [t] + ([obj] if obj is not None else []) + objects(t, r)
        for prep, head in p.preps:
            found = None
            for pr in _preps(hosts, r):
                if pr.lower_ != prep:
                    continue
                po = _pobj(pr)
                if head and (po is None or not fits(po, head, exact, r)):
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
