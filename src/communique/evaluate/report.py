"""Markdown reports of evaluation results."""

from __future__ import annotations

from .registry import Result


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def render(results: list[Result], title: str = "communique evaluation") -> str:
    out = [f"# {title}", ""]
    out.append("| set | split | records | metric | value |")
    out.append("|---|---|---|---|---|")
    for r in results:
        for k, v in r.metrics.items():
            out.append(f"| {r.name} | {r.split} | {r.records} | {k} | {v * 100:.1f} % |")
    for r in results:
        out += ["", f"## {r.name} ({r.split}, {r.records} records, {r.seconds:.1f} s)", ""]
        for note in r.notes:
            out.append(f"- {note}")
        for t_title, header, rows in r.tables:
            out += ["", f"### {t_title}", "", "| " + " | ".join(header) + " |",
                    "|" + "---|" * len(header)]
            out += ["| " + " | ".join(_fmt(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"
