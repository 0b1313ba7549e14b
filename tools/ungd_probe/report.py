"""The probe's figures: misses grouped by construction (printed), and reports/ungd_probe.md."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from . import CAUSES, SELECTION


def summarize(res: dict, n_examples: int) -> tuple[str, dict]:
    picked = res["picked"]
    found = sum(p["cause"] is None for p in picked)
    with_target = [p for p in picked if p["ents"]]
    causes = Counter(p["cause"] for p in picked if p["cause"])
    groups: dict[tuple, list] = defaultdict(list)
    for p in picked:
        groups[(p["kind"], p["cls"], p["shape"])].append(p)
    figures = {"sentences": len(picked), "speeches": res["speeches"], "found": found,
               "share": round(100 * found / max(1, len(picked)), 1),
               "with_named_addressee": len(with_target),
               "target_found": sum(p["cause"] is None for p in with_target),
               "causes": {c: causes[c] for c in CAUSES}}
    out = [f"{len(picked)} sentences from {res['speeches']} speeches; found {found} "
           f"({figures['share']} %); coded in {res['seconds']:.0f} s",
           "misses by cause: " + ", ".join(f"{c} {causes[c]}" for c in CAUSES),
           f"named addressee: {len(with_target)} sentences, target found in {figures['target_found']}",
           "", "misses by construction (subject kind x verb class x clause shape):"]
    ranked = sorted(groups.items(), key=lambda kv: -sum(p["cause"] is not None for p in kv[1]))
    for (kind, cls, shape), items in ranked:
        miss = [p for p in items if p["cause"]]
        if not miss:
            continue
        by = Counter(p["cause"] for p in miss)
        out.append(f"  {kind} x {cls} x {shape}: {len(miss)} of {len(items)} missed ("
                   + ", ".join(f"{c} {by[c]}" for c in CAUSES if by[c]) + ")")
        for p in miss[:n_examples]:
            want = "; want " + "/".join(e[2] for e in p["ents"]) if p["cause"] == "target" else ""
            out.append(f"    [{p['cause']}; {p['verb']}; got {p['got'] or '-'}{want}] {p['id']}: {p['sentence'][:220]}")
    classes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in picked:
        classes[p["cls"]][0] += 1
        classes[p["cls"]][1] += p["cause"] is not None
    figures["classes"] = dict(classes)
    out.insert(3, "per class (sentences/missed): " + ", ".join(f"{c} {n}/{m}" for c, (n, m) in sorted(classes.items())))
    figures["groups"] = [[f"{k[0]} x {k[1]} x {k[2]}", len(v), sum(p["cause"] is not None for p in v)]
                         for k, v in ranked]
    return "\n".join(out), figures


def write_report(path: Path, figures: dict, label: str) -> None:
    """reports/ungd_probe.md: the latest figures, and the runs before (kept from the file's JSON)."""
    runs = []
    if path.exists():
        m = re.search(r"<!-- runs (.*) -->", path.read_text(encoding="utf-8"))
        runs = json.loads(m.group(1)) if m else []
    # (runs of another selection version picked other sentences: not comparable, dropped)
    runs = [r for r in runs if r["label"] != label and r.get("selection") == SELECTION]
    runs.append({"label": label, "selection": SELECTION, **{k: v for k, v in figures.items()
                                                            if k not in ("groups", "classes")}})
    lines = ["# UN General Debate probe of the statement coder", "",
             "Written by `tools/ungd_probe.py` (see its docstring). **This is not a gold evaluation**: "
             "the probe picks sentences whose grammar marks a speech act of the speaker (its own verb "
             "list and spaCy's parse, not the coder's) and checks that the coder gives an event there of "
             "the verb's class, with the speaking country as source and, when the verb's object names a "
             "state or organisation, that one as target. The probe's own parse errs too: a miss is a "
             "lead to read, not a proven error. The statements dev set's speeches are left out (by id); "
             "the holdout file is never read, so some probe speeches may be holdout speeches.", "",
             f"All runs below: selection version {SELECTION}, seed and size in the command "
             "(`make ungd-probe`); the tool keeps only runs of the current selection.", "",
             "| run | sentences | speeches | found | share % | not located | told elsewhere | evidence starts before "
             "| no event | type | source | target | named addressee | target found |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in runs:
        c = r["causes"]
        lines.append(f"| {r['label']} | {r['sentences']} | {r['speeches']} | {r['found']} | {r['share']} "
                     f"| {c['not located']} | {c.get('told elsewhere', '-')} | {c.get('evidence starts before', '-')} | {c['no event']} | {c['type']} | {c['source']} | {c['target']} "
                     f"| {r['with_named_addressee']} | {r['target_found']} |")
    lines += ["", "Sentences and misses per verb class (latest run): "
              + ", ".join(f"{c} {n}/{m}" for c, (n, m) in sorted(figures["classes"].items())), ""]
    lines += ["", f"Misses by construction in the latest run ({label}), the 15 largest:", "",
              "| subject kind x verb class x clause shape | sentences | missed |", "|---|---|---|"]
    lines += [f"| {g} | {n} | {m} |" for g, n, m in figures["groups"][:15]]
    lines += ["", f"<!-- runs {json.dumps(runs)} -->", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
