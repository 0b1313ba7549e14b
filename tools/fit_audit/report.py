"""The audit's report: counts per rule class, the suspects, and what was done with each.

A **suspect** fires on the read part of some dev set and nowhere the project did not tune on: no
firing on any scored part, none on the statements-extra set, and at most ``UNGD_FEW`` events
(word-list entries: ``UNGD_FEW_WORDS`` text occurrences) in UNGD speeches outside the gold and
extra paragraphs.  Whether it is fitted is a reading (``decisions.tsv``: a construction or word
class a linguist would name is kept; a phrase of one sentence is removed; a narrow case of a
broader construction is generalised).
"""

from __future__ import annotations

import csv
import functools
from collections import defaultdict
from pathlib import Path
from typing import Any

from communique.evaluate.origins import DICTIONARY, OWN, WORD_CLASS
from communique.events.patterns import pattern_id

from .corpus import occurrences

PATTERNS = Path(__file__).resolve().parents[2] / "src/communique/events/data/patterns.tsv"
DECISIONS = Path(__file__).with_name("decisions.tsv")
UNGD_FEW, UNGD_FEW_WORDS = 3, 5
# The headline figures a removal is read on (the report's full table has the rest).
HEADLINE = {"statements": ("act.found",), "plover_gsr": ("type.accuracy", "source_country.f1", "target_country.f1"),
            "petr2_gsr": ("tuple_root.f1", "tuple_code.f1", "actor_country.f1"),
            "petr_unit": ("cameo_root.f1", "tuple_code.f1"), "isaf": ("event_type.accuracy", "target_group.accuracy")}
WORD_ENTRY = "word-list entry"
CLASSES = (DICTIONARY, OWN, WORD_CLASS, WORD_ENTRY)


def rule_class(rule: str, kind: str) -> str:
    if kind == "words":
        return WORD_ENTRY
    if rule.startswith("petrarch:"):
        return DICTIONARY
    return OWN if rule.startswith("patterns.tsv:") else WORD_CLASS


def pattern_line(rule: str, lines: list[str] | None = None) -> str:
    """The text of a patterns.tsv rule ("ACCUSE - 111 V condemn"), for reading and as its key
    (``lines``: another version's file; an archive coded before ids were hashes names the line
    by its number, "patterns.tsv:424", which is read in that version's file)."""
    if not rule.startswith("patterns.tsv:"):
        return rule
    lines = lines if lines is not None else _current_lines()
    suffix = rule.split(":", 1)[1]
    n = int(suffix) if suffix.isdigit() and len(suffix) < 8 else _line_numbers(tuple(lines)).get(rule, 0)
    return " ".join(lines[n - 1].split("\t")) if 0 < n <= len(lines) else rule


@functools.lru_cache(maxsize=4)
def _line_numbers(lines: tuple[str, ...]) -> dict[str, int]:
    """{pattern id: its line number} of a patterns file's lines."""
    out = {}
    for n, line in enumerate(lines, start=1):
        cells = [c.strip() for c in line.split("\t")]
        if not line.startswith("#") and len(cells) >= 5 and cells[0] != "type":
            out[pattern_id(PATTERNS.name, *cells[:5])] = n
    return out


@functools.lru_cache(maxsize=1)
def _current_lines() -> list[str]:
    return PATTERNS.read_text(encoding="utf-8").splitlines()


def by_text(ungd_events: dict[str, dict], lines: list[str] | None) -> dict[str, dict]:
    """The archive's counts keyed by pattern text, read with the patterns file the archive
    was coded with (``lines``; None: the current one)."""
    out: dict[str, dict] = {}
    for rule, counts in ungd_events.items():
        key = pattern_line(rule, lines)
        prev = out.get(key, {"events": 0, "speeches": 0, "inside": 0})
        out[key] = {k: prev[k] + counts[k] for k in prev}
    return out


def load_decisions(path: Path = DECISIONS) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return {r[0]: {"verdict": r[1], "note": r[2] if len(r) > 2 else ""} for r in rows[1:]}


def tally(sets: list[dict[str, Any]], extra: dict[str, Any] | None, ungd_events: dict, words) -> dict:
    """Per rule: records it fired on in each set's read and scored part, in the extra set,
    and its UNGD count outside the paragraphs (``ungd_events`` keyed by :func:`by_text`)."""
    rules: dict[tuple[str, str], dict] = defaultdict(lambda: {"read": {}, "scored": 0, "extra": 0,
                                                              "moved": {}, "changed": 0, "triggers": set()})
    for s in sets:
        for kind in ("rules", "words"):
            for key, (recs, _) in s["parts"]["read"][kind].items():
                rules[(kind, key)]["read"][s["set"]] = recs
            for key, (recs, _) in s["parts"]["scored"][kind].items():
                rules[(kind, key)]["scored"] += recs
        for key, ab in s["ablation"].items():
            r = rules[("rules", key)]
            r["moved"].update({f"{s['set']} {m}": d for m, d in ab["moved"].items()
                               if m in HEADLINE.get(s["set"], ())})
            r["changed"] += ab["records_changed"]
        for key, trig in s["triggers"].items():
            rules[("rules", key)]["triggers"] |= set(trig)
    if extra:
        for part in ("read", "scored"):
            for kind in ("rules", "words"):
                for key, (recs, _) in extra["parts"][part][kind].items():
                    rules[(kind, key)]["extra"] += recs
    for (kind, key), r in rules.items():
        if kind == "rules":
            r["ungd"] = ungd_events.get(pattern_line(key), {}).get("events", 0) if ungd_events else None
        else:
            r["ungd"] = occurrences(key.rsplit(":", 1)[1], words) if words is not None else None
    return rules


def is_suspect(kind: str, r: dict, key: str = "") -> bool:
    if key.startswith("petrarch:"):   # the field's dictionary, not written here from any sentence
        return False
    if not r["read"] or r["scored"] or r["extra"]:
        return False
    few = UNGD_FEW if kind == "rules" else UNGD_FEW_WORDS
    return r["ungd"] is None or r["ungd"] <= few


def _md(text: str) -> str:
    """Text for a Markdown table cell (patterns hold '|')."""
    return text.replace("|", "\\|")


def _fmt_moved(moved: dict) -> str:
    return ", ".join(f"{m} {d:+.1f}" for m, d in sorted(moved.items())) or "none"


def write(path: Path, sets, extra, ungd_events, words, meta: dict[str, str]) -> list[tuple]:
    rules = tally(sets, extra, ungd_events, words)
    decisions = load_decisions()
    lines = ["# Fit audit: rules that fire on the read sentences and almost nowhere else", "",
             f"Written by `python -m tools.fit_audit report` ({meta.get('commit', '?')}); "
             "see tools/fit_audit/README.md. Counts are records (gold, extra) or events (UNGD) a rule "
             "fired on; the scored parts are counted, never read.", ""]
    lines += [f"- {k}: {v}" for k, v in meta.items() if k != "commit"] + [""]
    # counts per rule class
    lines += ["## Rules by class", "",
              "| class | rules that fired | on a read part | on a scored part | on statements-extra "
              "| in UNGD outside gold/extra | read only (no scored, no extra) | suspects |",
              "|---|---|---|---|---|---|---|---|"]
    for cls in CLASSES:
        rs = [(kind, r, key) for (kind, key), r in rules.items() if rule_class(key, kind) == cls]
        fired = len(rs)
        lines.append(f"| {cls} | {fired} | {sum(1 for _, r, _ in rs if r['read'])} "
                     f"| {sum(1 for _, r, _ in rs if r['scored'])} | {sum(1 for _, r, _ in rs if r['extra'])} "
                     f"| {sum(1 for _, r, _ in rs if r['ungd'])} "
                     f"| {sum(1 for _, r, _ in rs if r['read'] and not r['scored'] and not r['extra'])} "
                     f"| {sum(1 for k, r, key in rs if is_suspect(k, r, key))} |")
    lines += ["", "Word-list entries count lookups that found the entry (events/data/*.toml classes "
              "swapped for counting sets, tools/fit_audit/probes.py); their UNGD column is text "
              "occurrences of the word's forms, a chance to fire, not a firing.", ""]
    # suspects
    suspects = sorted(((kind, key, r) for (kind, key), r in rules.items() if is_suspect(kind, r, key)),
                      key=lambda t: (t[0], -sum(t[2]["read"].values()), t[1]))
    lines += ["## Suspects", "",
              f"Fire on a read part, on no scored part and no extra passage, and at most {UNGD_FEW} "
              f"UNGD events ({UNGD_FEW_WORDS} occurrences for a word) outside the gold and extra "
              "paragraphs (the compiled PETRARCH-2 dictionary is the field's, written from no "
              "sentence here, and is never a suspect). 'read figures if its events are taken out': the read part rescored "
              "without the rule's events (no other rule fires in its place), headline figures only; 'records' how many "
              "read records' own result moves.", "",
              "| rule | fires on read (records) | UNGD | read figures if its events are taken out "
              "| records | trigger words (read) | decision |", "|---|---|---|---|---|---|---|"]
    for kind, key, r in suspects:
        text = pattern_line(key) if kind == "rules" else key
        dec = decisions.get(text) or decisions.get(key)
        shown = f"`{key}` {_md(text)}" if text != key else f"`{key}`"
        read = ", ".join(f"{s} {n}" for s, n in sorted(r["read"].items()))
        moved = _fmt_moved(r["moved"]) if kind == "rules" else "-"
        lines.append(f"| {shown} | {read} | {r['ungd'] if r['ungd'] is not None else '?'} | {moved} "
                     f"| {r['changed'] if kind == 'rules' else '-'} | {'; '.join(sorted(r['triggers']))[:80]} "
                     f"| {_md(dec['verdict'] + ': ' + dec['note']) if dec else 'not read'} |")
    # what the suspects weigh on each set's read part
    weight: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, key, r in suspects:
        for name in r["read"]:
            weight[name][0] += 1
        if kind == "rules" and r["moved"]:
            for name in {m.split()[0] for m in r["moved"]}:
                weight[name][1] += r["changed"]
    lines += ["", "Per set: suspects firing on its read part, and read records whose own result moves "
              "when a suspect's events are taken out (summed over suspects, an upper bound).", "",
              "| set | read records | suspects firing there | read records resting on a suspect |",
              "|---|---|---|---|"]
    lines += [f"| {s['set']} | {s['parts']['read']['records']} | {weight[s['set']][0]} | {weight[s['set']][1]} |"
              for s in sets]
    # decisions on rules that no longer fire (removed or generalised away)
    current = {pattern_line(k) if kind == "rules" else k for kind, k, _ in suspects}
    gone = [(k, d) for k, d in decisions.items() if k not in current]
    if gone:
        lines += ["", "## Decisions on rules no longer among the suspects", "",
                  "Removed, generalised (the general rule now fires elsewhere too) or kept after reading.", "",
                  "| rule | decision |", "|---|---|"]
        lines += [f"| {_md(k)} | {d['verdict']}: {_md(d['note'])} |" for k, d in gone]
    counts = defaultdict(int)
    for d in decisions.values():
        counts[d["verdict"]] += 1
    lines += ["", "## Count", "",
              ", ".join(f"{v}: {n}" for v, n in sorted(counts.items())) or "no decisions yet", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return suspects
