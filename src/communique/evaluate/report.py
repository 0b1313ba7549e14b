"""Markdown reports and console lines of evaluation results."""

from __future__ import annotations

from .origins import DICTIONARY, ORIGINS
from .registry import Result

SMALL_PART = 30  # records; below this a part's figure moves by over 3 points per record


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def _pct(v: float | None) -> str:
    return "" if v is None else f"{v * 100:.1f}"


def _gap(v: float | None) -> str:
    return "" if v is None else f"{v * 100:+.1f}"


def rows(result: Result, secondary: bool = False) -> list[tuple[str, float, float | None,
                                                               float | None, float | None]]:
    """(metric, all, read, scored, read - scored) for every metric of a result."""
    src = result.secondary if secondary else result.metrics
    out = []
    for k, v in src.items():
        read, scored = result.parts.get("read"), result.parts.get("scored")
        pick = (lambda r: (r.secondary if secondary else r.metrics).get(k)) if result.parts else None
        out.append((k, v, pick(read) if pick else None, pick(scored) if pick else None,
                    result.gap(k, secondary)))
    return out


def console_lines(result: Result) -> list[str]:
    parts = result.parts
    head = f"{result.name} ({result.split}, {result.records} records"
    if parts:
        head += f": read {parts['read'].records}, scored {parts['scored'].records}"
    lines = [head + f", {result.seconds:.1f} s)"]
    if parts:
        lines.append(f"  {'metric':<34} {'read':>7} {'scored':>7} {'gap':>7} {'all':>7}")
    for secondary in (False, True):
        if secondary and result.secondary:
            lines.append("  secondary (older, more flattering variants):")
        for k, v, read, scored, gap in rows(result, secondary):
            if parts:
                lines.append(f"  {k:<34} {_pct(read):>7} {_pct(scored):>7} {_gap(gap):>7} {_pct(v):>7}")
            else:
                lines.append(f"  {k:<34} {_pct(v):>7} %")
    for rid, why in result.failed:
        lines.append(f"  not coded, scored as a miss: {why}")
    return lines


def _metric_table(results: list[Result], secondary: bool) -> list[str]:
    out = ["| set | metric | read | scored | read − scored | all dev |", "|---|---|---|---|---|---|"]
    n = 0
    for r in results:
        for k, v, read, scored, gap in rows(r, secondary):
            out.append(f"| {r.name} | {k} | {_pct(read)} | {_pct(scored)} | {_gap(gap)} | {_pct(v)} |")
            n += 1
    return out if n else []


def _origin_table(results: list[Result]) -> list[str]:
    """Coded events by where their trigger came from, per set and in all (whole split)."""
    counted = [r for r in results if sum(r.origins.values())]
    if not counted:
        return []
    out = ["", "## Where the events' triggers came from", "",
           "All coded events of each set (both parts), by the rule that fired, read from each "
           "event's `pattern` and `field_evidence` (`evaluate/origins.py`).", "",
           "| set | events | " + " | ".join(ORIGINS) + " |", "|---|---|" + "---|" * len(ORIGINS)]
    total = sum((r.origins for r in counted), start=type(counted[0].origins)())
    for name, c in [(r.name, r.origins) for r in counted] + [("all", total)]:
        n = sum(c.values())
        out.append(f"| {name} | {n} | " + " | ".join(f"{c[o]} ({c[o] / n * 100:.1f} %)" for o in ORIGINS) + " |")
    n = sum(total.values())
    out += ["", f"Share of events whose trigger came from the compiled dictionaries: "
                f"{total[DICTIONARY] / n * 100:.1f} % ({total[DICTIONARY]} of {n})."]
    return out


def render(results: list[Result], title: str = "communique evaluation", preamble: str = "") -> str:
    out = [f"# {title}", ""]
    if preamble:
        out += [preamble, ""]
    out += ["Records per set: " + ", ".join(
        f"{r.name} {r.records}" + (f" (read {r.parts['read'].records}, scored {r.parts['scored'].records})"
                                   if r.parts else "") for r in results) + ".", ""]
    small = [f"{r.name} {part} {p.records}" for r in results for part, p in sorted(r.parts.items())
             if p.records < SMALL_PART]
    if small:
        out += [f"Parts of fewer than {SMALL_PART} records ({', '.join(small)}): their figures and gaps "
                "move by many points with one record; read them as noise.", ""]
    out += ["## Headline figures (%)", "",
            "Scored from the output contract with the field's conventions (each set's module "
            "says which). `read` is the part of each dev set whose errors may be read and fixed "
            "from, `scored` the part that is only measured; a gap above 5 points means fitting.", ""]
    out += _metric_table(results, secondary=False)
    secondary = _metric_table(results, secondary=True)
    if secondary:
        out += ["", "## Secondary rows: older, more flattering variants (%)", "",
                "Kept for comparison with earlier reports; not the figures a user gets.", ""]
        out += secondary
    out += _origin_table(results)
    for r in results:
        where = " (tables and notes from the read part only)" if r.parts else ""
        # No timings here: the same code on the same data writes the same report.
        out += ["", f"## {r.name} ({r.split}, {r.records} records){where}", ""]
        for note in r.notes:
            out.append(f"- {note}")
        for t_title, header, table in r.tables:
            out += ["", f"### {t_title}", "", "| " + " | ".join(header) + " |",
                    "|" + "---|" * len(header)]
            out += ["| " + " | ".join(_fmt(c) for c in row) + " |" for row in table]
    return "\n".join(out) + "\n"
