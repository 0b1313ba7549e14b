"""Draw a fixed, seeded sample of counted dyad events from a UNGD archive, and print it for reading.

A unit is one (event, target country) pair as `communique report dyads` counts it: an own act
of the issuer (status asserted, not negated, not background, in a document that is no
near-duplicate), whose source and target are states (kind country or government, or a known
person with a country).  The kinds audited are the ones researchers count as conflict
(`KINDS`); same-country dyads (source country = target country) of any type are listed apart,
all of them.  Speeches of the gold statements dev set are left out (their ids only are read).

The key of a unit is stable for one coding: ``speech id|evidence start-end|TYPE|TARGET``.
"""
from __future__ import annotations

import random
import re
import sqlite3
from dataclasses import dataclass

from tools.statements_extra.corpus import gold_dev_speech_ids

KINDS = ("ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "REJECT")
YEARS = ("2020", "2021", "2022", "2023", "2024")

_UNITS = """
SELECT d.record_id, substr(d.published, 1, 4), e.id, e.type, e.cameo, e.evidence_start,
       e.evidence_end, e.evidence_text, e.pattern, e.field_evidence, sa.country, ta.country,
       sa.name, ta.name
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'
JOIN actors sa ON sa.id = s.actor_id
JOIN event_actors t ON t.event_id = e.id AND t.role = 'target'
JOIN actors ta ON ta.id = t.actor_id
WHERE d.duplicate_of IS NULL AND d.published IS NOT NULL
  AND e.status = 'asserted' AND e.negated = 0
  AND json_extract(e.field_evidence, '$.background') IS NULL
  AND sa.country IS NOT NULL AND ta.country IS NOT NULL
  AND (sa.kind IN ('country', 'government') OR (sa.kind = 'person' AND sa.known = 1))
  AND (ta.kind IN ('country', 'government') OR (ta.kind = 'person' AND ta.known = 1))
  AND e.type IS NOT NULL
"""


@dataclass
class Unit:
    speech: str
    year: str
    event: str
    type: str
    cameo: str | None
    start: int
    end: int
    evidence: str
    pattern: str | None
    field_evidence: str
    source: str
    target: str
    source_name: str
    target_name: str

    @property
    def key(self) -> str:
        return f"{self.speech}|{self.start}-{self.end}|{self.type}|{self.target}"


def units(db: str) -> list[Unit]:
    """Every counted (event, source country, target country) unit, one per (event, target)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(_UNITS).fetchall()
    finally:
        conn.close()
    seen: dict[str, Unit] = {}
    for r in rows:
        u = Unit(*r)
        seen.setdefault(u.key, u)          # several source actors of one country: once
    return sorted(seen.values(), key=lambda u: u.key)


def draw(db: str, seed: int, size: int) -> tuple[list[Unit], list[Unit]]:
    """(sample of the conflict kinds stratified by year, every same-country dyad)."""
    dev = gold_dev_speech_ids()
    dev = {i.removeprefix("stmt-") for i in dev}
    pool = [u for u in units(db) if u.speech not in dev]
    same = [u for u in pool if u.source == u.target]
    kinds = [u for u in pool if u.type in KINDS and u.source != u.target]
    rng = random.Random(seed)
    per_year = size // len(YEARS)
    sample: list[Unit] = []
    for i, year in enumerate(YEARS):
        group = [u for u in kinds if u.year == year]
        n = per_year + (1 if i < size % len(YEARS) else 0)
        sample += rng.sample(group, min(n, len(group)))
    return sample, same


def sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around an evidence span, the span marked with [[ ]]."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
               text.rfind("! ", 0, start))
    left = 0 if left < 0 else left + 1
    cut = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(cut) + 1 if cut else len(text)
    s = text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]
    return re.sub(r"\s+", " ", s).strip()


def show(db: str, unit_list: list[Unit]) -> str:
    """The units as text to read: sentence, source, type, code, target, evidence, pattern."""
    conn = sqlite3.connect(db)
    out = []
    try:
        for n, u in enumerate(unit_list, 1):
            text = conn.execute("SELECT text FROM documents WHERE record_id = ?",
                                (u.speech,)).fetchone()[0]
            out.append(f"#{n} {u.key}\n  {u.source} ({u.source_name}) {u.type} {u.cameo} -> "
                       f"{u.target} ({u.target_name})   pattern={u.pattern}\n"
                       f"  fe={u.field_evidence}\n  {sentence(text, u.start, u.end)}\n")
    finally:
        conn.close()
    return "\n".join(out)
