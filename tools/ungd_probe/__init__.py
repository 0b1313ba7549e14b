"""The UN General Debate probe of the statement coder, in parts (``tools/ungd_probe.py`` runs it;
its docstring says what the probe does and does not measure):

- ``words``: the probe's own verb classes and word lists;
- ``reading``: the probe's reading of one parsed sentence (the speaker's speech act, or none);
- ``select``: picking sentences from the corpus with spaCy's parse, cached in ``build/``;
- ``check``: coding the picked paragraphs with the extractor and judging each sentence;
- ``report``: grouping the misses and writing the Markdown report.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "eval-data" / "ungd-statements" / "ungd_sessions75-79_2020-2024.jsonl"
DEV = ROOT.parent / "shared" / "eval-data" / "gold" / "statements.dev.jsonl"
# The selection's version: the picks are cached in build/ under (seed, size, this, corpus size);
# raise it when a change to the selection or the expected types must not reuse old picks.
SELECTION = 3
CAUSES = ("not located", "told elsewhere", "evidence starts before", "no event", "type", "source", "target")


def key(seed: int, *parts: object) -> str:
    return hashlib.sha1(":".join(map(str, (seed, *parts))).encode()).hexdigest()
