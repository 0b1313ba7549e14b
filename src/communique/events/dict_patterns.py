"""Pattern objects for matches of the compiled verb dictionary (:mod:`dict_matcher`): the
CAMEO code typed by the ontology (PLOVER type and mode), the prepositions whose object is the
target, and PETRARCH-1's paired events of a symmetric code ("[031:032]") in mode "only".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..document import Event
from .dict_matcher import DictMatch
from .ontology import Ontology
from .patterns import Pattern

# Prepositions whose object is the one acted on or dealt with, when the pattern names no
# object of its own ("restored ties with X", "fired on X").
TARGET_PREPS = frozenset({"with", "against", "on", "at", "to", "into", "upon"})
# In the passive, PETRARCH looks for a named target only after these ("was attacked at X",
# "fired into X"); "was reported on the pass of X" names a place, not whom it was done to.
PASSIVE_TARGET_PREPS = frozenset({"at", "against", "into", "towards"})


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
        # {(dictionary id, lemmas, type, code): whether a code of the lemmas' blocks could
        # refine the code}, filled by dict_refine
        self.refinable: dict[tuple, bool] = {}

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
