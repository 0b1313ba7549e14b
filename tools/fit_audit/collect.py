"""Code the dev sets once, with the word classes counted (probes.py), and gather per part how
often each rule fired; on the read part, also what removing each rule's events does to the figures.

A rule is what an event's ``pattern`` names (``patterns.tsv:<type>.<hash>``, ``stances.toml:...``,
``cues.toml:...``, ``petrarch:...``; evaluate/origins.py classes them) or a word-list entry
(``word_classes.toml:<class>:<member>``; a hit is a lookup that found it).  The scored part is
kept as counts only: no record, sentence, event or error of it is stored or shown.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from communique.config import default_config
from communique.evaluate import gold_sets
from communique.evaluate.parts import READ, SCORED, part_of
from communique.evaluate.registry import Result
from communique.evaluate.run import code, read_records
from communique.extract import Extractor

from . import probes

# Event-coding dev sets (te3_dates and trnews_geo score dates and places, not events).
EVENT_SETS = ("isaf", "petr2_gsr", "petr_unit", "plover_gsr", "statements")


def event_rules(out: dict[str, Any]) -> Counter:
    return Counter(str(e.get("pattern") or "(none)") for e in out.get("events") or [])


def trigger_words(out: dict[str, Any], rule: str) -> set[str]:
    """The words that triggered a rule's events in an output (read part only)."""
    text = (out.get("document") or {}).get("text") or ""
    words = set()
    for e in out.get("events") or []:
        if str(e.get("pattern") or "(none)") == rule:
            spans = (e.get("field_evidence") or {}).get("type") or []
            words.add(" ".join(text[s["start"]:s["end"]].lower() for s in spans))
    return words


def without(out: dict[str, Any], rule: str) -> dict[str, Any]:
    """The output with the rule's events taken out (an approximation of removing the rule:
    no other rule gets the chance to fire in its place)."""
    out = copy.copy(out)
    out["events"] = [e for e in out.get("events") or [] if str(e.get("pattern") or "(none)") != rule]
    return out


def _metrics(gold, records, outputs) -> dict[str, float]:
    res = Result(gold.name, "dev:read", len(records))
    gold.score(records, outputs, res)
    return res.metrics


def ablate(gold, records, outputs, fired: dict[str, list[int]]) -> dict[str, dict]:
    """For each rule fired on the read part: the read figures that move when its events are
    taken out, and how many read records' own figures move (the records it is the reason for)."""
    base = _metrics(gold, records, outputs)
    out = {}
    for rule, idx in fired.items():
        changed = list(outputs)
        for i in idx:
            changed[i] = without(outputs[i], rule)
        after = _metrics(gold, records, changed)
        moved = {m: round(100 * (after.get(m, 0) - v), 1) for m, v in base.items()
                 if abs(after.get(m, 0) - v) >= 0.0005}
        only = sum(1 for i in idx if _metrics(gold, [records[i]], [outputs[i]])
                   != _metrics(gold, [records[i]], [changed[i]]))
        out[rule] = {"moved": moved, "records_changed": only}
    return out


def collect_set(name: str, gold_dir: Path, label: str | None = None) -> dict[str, Any]:
    gold = gold_sets()[name]
    records = gold.records(gold_dir, "dev") if gold.records else read_records(gold_dir, name, "dev")
    probes.install()   # before the coder is built, so it holds the counting classes
    config = default_config()
    extractor = Extractor(config.with_overrides(gold.overrides, where=f"gold set {name}"))
    outputs = code(gold, records, extractor)
    parts = {READ: {"records": 0, "rules": defaultdict(lambda: [0, 0]), "words": defaultdict(lambda: [0, 0])},
             SCORED: {"records": 0, "rules": defaultdict(lambda: [0, 0]), "words": defaultdict(lambda: [0, 0])}}
    read_recs, read_outs, fired = [], [], defaultdict(list)
    triggers: dict[str, set[str]] = defaultdict(set)
    for rec, out in zip(records, outputs):
        rid = str(rec.get("id"))
        part = part_of(rid)
        p = parts[part]
        p["records"] += 1
        for kind, counts in (("rules", event_rules(out)), ("words", probes.take(rid))):
            for key, n in counts.items():
                p[kind][key][0] += 1
                p[kind][key][1] += n
        if part == READ:
            for rule in event_rules(out):
                fired[rule].append(len(read_recs))
                triggers[rule] |= trigger_words(out, rule)
            read_recs.append(rec)
            read_outs.append(out)
    ablation = ablate(gold, read_recs, read_outs, fired)
    return {"set": label or name, "parts": {k: {"records": v["records"], "rules": dict(v["rules"]),
                                                "words": dict(v["words"])} for k, v in parts.items()},
            "ablation": ablation, "triggers": {k: sorted(v) for k, v in triggers.items()}}
