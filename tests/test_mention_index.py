"""events.mention_index.MentionIndex.covering gives what a scan of every mention gives."""

import random

from communique.document import Document, Mention
from communique.events.mention_index import MentionIndex


def _scan(doc, at):
    return [m for m in doc.mentions if m.start <= at < m.end and at - m.start <= 400]


def _doc(spans):
    doc = Document(id="t", raw="", text="x" * 2000)
    doc.mentions = [Mention(s, e, "ORG", "x" * (e - s)) for s, e in spans]
    return doc


def test_nested_overlapping_and_appended_mentions():
    rng = random.Random(3)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 25)):
            s = rng.randint(0, 1500)
            spans.append((s, s + rng.choice([1, 3, 10, 60, 450])))
        doc = _doc(spans)
        index = MentionIndex(doc)
        for at in range(0, 2000, 7):
            assert index.covering(at) == _scan(doc, at)
        doc.mentions.append(Mention(5, 1900, "ORG", "y"))   # (a long one added later: rebuilt)
        for at in range(0, 2000, 13):
            assert index.covering(at) == _scan(doc, at)


def test_a_long_mention_before_short_ones_is_still_found():
    doc = _doc([(10, 300), (20, 25), (40, 45), (250, 260)])
    assert [(m.start, m.end) for m in MentionIndex(doc).covering(270)] == [(10, 300)]
    assert MentionIndex(doc).covering(300) == []
