"""Rule firings on the UN General Debate corpus, outside the gold and statements-extra paragraphs.

Events come from an archive built by ``make ungd`` (the events' ``pattern`` and
``evidence_text``).  The statements gold paragraphs and the extra passages are drawn from the same
speeches, so an event whose evidence lies inside one of them is matched out by its text: what is
left is how often a rule fires on speeches nobody tuned on.  Word-list entries are not recorded in
the archive; for them the corpus gives text occurrences of the entry's word forms (a chance to
fire, not a firing), again outside those paragraphs.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

_WS = re.compile(r"\s+")
_WORD = re.compile(r"[a-z][a-z'\-]*")


def norm(text: str) -> str:
    return _WS.sub(" ", text or "").strip().lower()


def paragraphs(paths: list[Path]) -> list[str]:
    """The texts of JSONL record files (gold paragraphs, extra passages), normalised.  Only used
    for matching out; nothing of them is shown."""
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            out += [norm(json.loads(line)["text"]) for line in fh if line.strip()]
    return out


def _inside(evidence: str, paras: list[str]) -> bool:
    ev = norm(evidence)
    return bool(ev) and any(ev in p for p in paras)


def event_firings(db: Path, paras: list[str]) -> dict[str, dict[str, int]]:
    """rule -> {"events", "speeches"} of the archive's events outside the paragraphs, and
    {"inside"}: the events inside them."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT pattern, evidence_text, document_id FROM events").fetchall()
    con.close()
    out: dict[str, dict] = defaultdict(lambda: {"events": 0, "speeches": set(), "inside": 0})
    for pattern, evidence, doc in rows:
        r = out[str(pattern or "(none)")]
        if _inside(evidence, paras):
            r["inside"] += 1
        else:
            r["events"] += 1
            r["speeches"].add(doc)
    return {k: {"events": v["events"], "speeches": len(v["speeches"]), "inside": v["inside"]}
            for k, v in out.items()}


def word_counts(corpus: Path, paras: list[str]) -> Counter:
    """Lower-case word counts of the corpus speeches minus those of the paragraphs."""
    words: Counter = Counter()
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                words.update(_WORD.findall(json.loads(line)["text"].lower()))
    for p in paras:
        words.subtract(_WORD.findall(p))
    return words


def forms(member: str) -> set[str]:
    """Common English forms of a listed lemma (enough for a count of chances)."""
    m = member.lower()
    out = {m, m + "s", m + "es", m + "ed", m + "d", m + "ing"}
    if m.endswith("e"):
        out |= {m[:-1] + "ing"}
    if m.endswith("y"):
        out |= {m[:-1] + "ies", m[:-1] + "ied"}
    return out


def occurrences(member: str, words: Counter) -> int | None:
    """Text occurrences of a word-list entry's forms; None for entries that are no word
    (type names, phrases): they cannot be counted this way."""
    if not _WORD.fullmatch(member.lower()):
        return None
    return sum(max(0, words.get(f, 0)) for f in forms(member))
