"""Precision per kind and per year, and the causes of the wrong units, from the judgement files.

A judgement file ``judgements_<name>.tsv`` has one line per unit of ``sample_<name>.json``:
``key<TAB>verdict<TAB>cause`` where verdict is ok, wrong-type, wrong-source, wrong-target or
not-an-act, and cause a short label (empty for ok).  Lines starting with # are comments.
The report stores keys, verdicts and causes, never the speeches' text.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tools.ungd_audit.sample import KINDS, YEARS

VERDICTS = ("ok", "wrong-type", "wrong-source", "wrong-target", "not-an-act")


def read_judgements(path: Path) -> dict[str, tuple[str, str]]:
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise SystemExit(f"{path}:{n}: expected key<TAB>verdict[<TAB>cause], got {line[:80]!r}")
        key, verdict = parts[0].strip(), parts[1].strip()
        cause = parts[2].strip() if len(parts) > 2 else ""
        if verdict not in VERDICTS:
            raise SystemExit(f"{path}:{n}: verdict {verdict!r} is none of {VERDICTS}")
        out[key] = (verdict, cause)
    return out


def _kind(key: str) -> str:
    return key.split("|")[2]


def _year(key: str) -> str:
    return key.split("|")[0].rsplit("_", 1)[1]


def _pct(ok: int, n: int) -> str:
    return f"{ok}/{n} ({100 * ok / n:.0f} %)" if n else "-"


def _table(rows: list[str], names: list[str], judged: dict[str, dict], keys: dict[str, list],
           group) -> list[str]:
    out = ["| | " + " | ".join(f"sample {n}" for n in names) + " |",
           "|---|" + "---:|" * len(names)]
    for g in rows:
        cells = []
        for n in names:
            ks = [k for k in keys[n] if group(k) == g and k in judged[n]]
            cells.append(_pct(sum(judged[n][k][0] == "ok" for k in ks), len(ks)))
        out.append(f"| {g} | " + " | ".join(cells) + " |")
    return out


def write_report(here: Path, names: list[str], out: Path) -> None:
    metas, judged, keys, same = {}, {}, {}, {}
    names = [n for n in names if (here / f"sample_{n}.json").is_file()]
    for n in names:
        metas[n] = json.loads((here / f"sample_{n}.json").read_text())
        path = here / f"judgements_{n}.tsv"
        judged[n] = read_judgements(path) if path.is_file() else {}
        keys[n] = metas[n]["keys"]
        same[n] = metas[n]["same_country"]
    lines = ["# Precision of the conflict dyads coded over the UN General Debate",
             "",
             "Written by `python -m tools.ungd_audit report` from the samples and judgements in "
             "`tools/ungd_audit/` (see its README.md). A unit is one (event, target country) "
             "pair that `communique report dyads` counts: an own act of the speaking state, "
             "source and target states, of the kinds " + ", ".join(KINDS) + "; drawn with a "
             "fixed seed, stratified by year, speeches of the statements dev set left out. "
             "Each unit was read and judged by hand as a careful coder with the conventions of "
             "statements.README.md would: ok, wrong-type, wrong-source, wrong-target, "
             "not-an-act (no act of the speaker towards anyone). One reader; a guide, not gold.",
             "", "| sample | seed | size | judged | commit audited | coding version |",
             "|---|---:|---:|---:|---|---|"]
    for n in names:
        m = metas[n]
        lines.append(f"| {n} | {m['seed']} | {len(m['keys'])} | "
                     f"{sum(k in judged[n] for k in m['keys'])} | {m['commit']} | "
                     f"{', '.join(m['coding_versions'])} |")
    if len(names) > 1:
        first = set(keys[names[0]])
        for n in names[1:]:
            both = [k for k in keys[n] if k in first]
            lines += ["", f"Sample {n} shares {len(both)} of its {len(keys[n])} units with sample "
                      f"{names[0]} (the same sentence, evidence, type and target, coded alike at both "
                      "commits); those carry one judgement."]
    lines += ["", "## Precision", ""]
    lines += _table(["all"], names, judged, keys, lambda k: "all")
    lines += ["", "### Per kind", ""]
    lines += _table(list(KINDS), names, judged, keys, _kind)
    lines += ["", "### Per year", ""]
    lines += _table(list(YEARS), names, judged, keys, _year)
    lines += ["", "## Verdicts and causes", ""]
    for n in names:
        verdicts = Counter(judged[n][k][0] for k in keys[n] if k in judged[n])
        causes = Counter(judged[n][k][1] for k in keys[n]
                         if k in judged[n] and judged[n][k][0] != "ok")
        lines += [f"### Sample {n}", "",
                  "Verdicts: " + ", ".join(f"{v} {verdicts[v]}" for v in VERDICTS), "",
                  "| cause | units |", "|---|---:|"]
        lines += [f"| {c or '(none given)'} | {k} |" for c, k in causes.most_common()]
        lines.append("")
    lines += ["## Same-country dyads (every one, any type)", ""]
    for n in names:
        js = [judged[n].get(k) for k in same[n]]
        ok = sum(1 for j in js if j and j[0] == "ok")
        lines.append(f"- sample {n} (commit {metas[n]['commit']}): {len(same[n])} units, "
                     f"{_pct(ok, sum(1 for j in js if j))} ok; causes: " + "; ".join(
                         f"{c} {k}" for c, k in Counter(j[1] for j in js if j and j[0] != "ok")
                         .most_common()))
    notes = here / "NOTES.md"
    if notes.is_file():
        lines += ["", notes.read_text(encoding="utf-8").rstrip()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
