"""The actors a phrase stands for, with the spans of text that named each: what
:class:`referents.Referents` gives the coder for a source, a target or a speaker."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Span


@dataclass
class Found:
    """Actors for a phrase and the spans of text that named them."""

    actors: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)   # one per actor, in the same order

    def add(self, ids, span: Span) -> None:
        for i in ids:
            if i and i not in self.actors:
                self.actors.append(i)
                self.spans.append(span)

    def evidence(self) -> list[Span]:
        """The distinct spans that named the actors."""
        out: list[Span] = []
        for s in self.spans:
            if not any(o.start == s.start and o.end == s.end for o in out):
                out.append(s)
        return out

    def __bool__(self) -> bool:
        return bool(self.actors)
