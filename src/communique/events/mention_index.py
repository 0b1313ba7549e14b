"""The document's mentions that cover a character, looked up in an index of their starts
(a scan of every mention for every phrase is quadratic on a long document)."""

from __future__ import annotations

import bisect

from ..document import Document

# Longer mentions than this (characters) are not looked for around a character.
_LONGEST_MENTION = 400


class MentionIndex:
    """The mentions of one document by where they start; rebuilt when mentions are added."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._index: tuple[int, list[int], list] | None = None

    def covering(self, at: int) -> list:
        """The document's mentions over character ``at``, in document order."""
        ms = self.doc.mentions
        if self._index is None or self._index[0] != len(ms):
            order = sorted(range(len(ms)), key=lambda k: ms[k].start)
            # (the furthest end of the mentions up to each place in that order: the walk back
            # stops where none of them reaches ``at``, most often at once)
            reach, top = [], -1
            for k in order:
                top = max(top, ms[k].end)
                reach.append(top)
            self._index = (len(ms), [ms[k].start for k in order], order, reach)
        _, starts, order, reach = self._index
        hits = []
        for j in range(bisect.bisect_right(starts, at) - 1, -1, -1):
            if reach[j] <= at:
                break
            m = ms[order[j]]
            if at - m.start > _LONGEST_MENTION:
                break
            if at < m.end:
                hits.append(order[j])
        return [ms[k] for k in sorted(hits)]
