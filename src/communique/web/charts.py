"""Geometry for the SVG charts (timeline, actor network, map), computed here and
drawn by the templates, so every label goes through Jinja's autoescape."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

MAP_WIDTH, MAP_HEIGHT = 1000, 500
# One fixed colour per PLOVER type, the same in every view: cooperative types in
# blues and greens, conflictual ones in oranges, purples and reds.
TYPE_COLORS = {
    "AGREE": "#1f77b4", "CONSULT": "#7fb2e0", "SUPPORT": "#2ca02c", "CONCEDE": "#9ad88a",
    "COOPERATE": "#17becf", "AID": "#0b5d57", "RETREAT": "#bcbd22", "REQUEST": "#8c8c3c",
    "ACCUSE": "#ff7f0e", "REJECT": "#f5b971", "THREATEN": "#9467bd", "PROTEST": "#c9a3e6",
    "SANCTION": "#8c564b", "MOBILIZE": "#e377c2", "COERCE": "#d62728", "ASSAULT": "#5c0a0a",
}
OTHER_COLOR = "#9a9a9a"  # a type outside the vocabulary
PALETTE = tuple(TYPE_COLORS.values())
# Periods drawn one slot each up to this many; beyond, long runs without events
# are drawn as one marked gap.
MAX_SLOTS = 120
GAP_MIN = 3  # empty periods in a row that become a gap (when there are too many slots)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection onto the map's MAP_WIDTH x MAP_HEIGHT box."""
    x = (lon + 180.0) / 360.0 * MAP_WIDTH
    y = (90.0 - lat) / 180.0 * MAP_HEIGHT
    return x, y


def color_for(type_: str) -> str:
    return TYPE_COLORS.get(type_, OTHER_COLOR)


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    label: str


def _next(period: str, granularity: str) -> str:
    if granularity == "year":
        return f"{int(period) + 1:04d}"
    if granularity == "month":
        y, m = int(period[:4]), int(period[5:7])
        return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    return (date.fromisoformat(period) + timedelta(days=1)).isoformat()


def slots(periods: list[str], granularity: str) -> list[tuple[str, str, str, int]]:
    """The x axis: ("period", p, p, 0) for each period from the first to the last,
    empty ones included, so distance is time; when that is more than MAX_SLOTS, runs of
    GAP_MIN or more empty periods become one ("gap", first, last, length) slot."""
    if not periods:
        return []
    have = set(periods)
    try:
        full, p = [], periods[0]
        while p <= periods[-1] and len(full) <= 200_000:
            full.append(p)
            p = _next(p, granularity)
    except ValueError:  # a period that is not a calendar one: as given
        full = []
    if not full or full[-1] != periods[-1]:
        return [("period", p, p, 0) for p in periods]
    if len(full) <= MAX_SLOTS:
        return [("period", p, p, 0) for p in full]
    out, run = [], []

    def flush():
        if len(run) >= GAP_MIN:
            out.append(("gap", run[0], run[-1], len(run)))
        else:
            out.extend(("period", q, q, 0) for q in run)
        run.clear()

    for p in full:
        if p in have:
            flush()
            out.append(("period", p, p, 0))
        else:
            run.append(p)
    flush()
    return out


def timeline(rows: list[tuple[str, str, int]], granularity: str = "month", width: int = 900,
             height: int = 260) -> dict:
    """Stacked bars of event counts per period and type on a time axis.

    ``rows`` are (period, type, count).  Empty periods keep their place; a long
    stretch without events is drawn as a marked gap.  Returns the bars, gaps, axis
    ticks and legend."""
    periods = sorted({p for p, _, _ in rows})
    types = [t for t in TYPE_COLORS if any(r[1] == t for r in rows)] + \
        sorted({t for _, t, _ in rows} - TYPE_COLORS.keys())
    totals = {p: 0 for p in periods}
    for p, _, c in rows:
        totals[p] += c
    top = max(totals.values(), default=0) or 1
    left, bottom, plot_h = 40, 30, height - 40
    axis = slots(periods, granularity)
    step = (width - left - 10) / max(len(axis), 1)
    index = {s[1]: i for i, s in enumerate(axis) if s[0] == "period"}
    bars: list[Bar] = []
    base = {p: 0 for p in periods}
    for p, t, c in sorted(rows, key=lambda r: (r[0], types.index(r[1]))):
        i = index[p]
        h = c / top * plot_h
        y = height - bottom - base[p] / top * plot_h - h
        bars.append(Bar(left + i * step + 1, y, max(step - 2, 1), h, color_for(t), f"{p} {t}: {c}"))
        base[p] += c
    gaps = [{"x": left + i * step + step / 2, "first": s[1], "last": s[2], "length": s[3]}
            for i, s in enumerate(axis) if s[0] == "gap"]
    labelled = [(i, s[1]) for i, s in enumerate(axis) if s[0] == "period"]
    every = max(1, math.ceil(len(axis) / 12))
    ticks = [(left + i * step + step / 2, p) for i, p in labelled if i % every == 0 or p in (periods[0], periods[-1])]
    return {"width": width, "height": height, "bars": bars, "ticks": _spaced(ticks, 58), "max": top,
            "gaps": gaps, "legend": [(t, color_for(t)) for t in types], "baseline": height - bottom,
            "left": left, "unit": granularity}


def _spaced(ticks: list[tuple[float, str]], room: float) -> list[tuple[float, str]]:
    """Tick labels that do not overlap (the last one kept)."""
    out: list[tuple[float, str]] = []
    for x, label in ticks:
        if out and x - out[-1][0] < room:
            if label == ticks[-1][1]:
                out[-1] = (x, label)
            continue
        out.append((x, label))
    return out


# Width of one character of a 12px label, generous for system sans-serif fonts, so a
# label cut to fit stays inside the chart.
CHAR_W = 7.2


def fit(text: str, room: float) -> str:
    """``text`` cut (with …) to about ``room`` pixels of label."""
    most = max(int(room // CHAR_W), 1)
    return text if len(text) <= most else text[:max(most - 1, 1)].rstrip() + "…"


def network(center: str, edges: list[tuple[str, str, str, int]], width: int = 640,
            height: int = 440) -> dict:
    """A star layout: the actor in the middle, its partners on a circle, every label
    placed and cut to fit inside the drawing (the full name is its tooltip).

    ``edges`` are (partner id, partner name, direction "out"|"in"|"both", count).
    """
    cx, cy = width / 2, height / 2
    radius = min(height / 2 - 50, width / 2 - 150)
    nodes, lines = [], []
    top = max((c for *_, c in edges), default=1)
    for i, (pid, name, direction, count) in enumerate(edges):
        angle = 2 * math.pi * i / max(len(edges), 1) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        if math.cos(angle) > 0.2:
            anchor, lx, ly, room = "start", x + 10, y + 4, width - x - 14
        elif math.cos(angle) < -0.2:
            anchor, lx, ly, room = "end", x - 10, y + 4, x - 14
        else:  # top or bottom: centred above or below the node
            anchor, lx, room = "middle", x, 2 * min(x, width - x) - 8
            ly = y - 12 if math.sin(angle) < 0 else y + 20
        nodes.append({"id": pid, "name": name, "label": fit(name, room), "x": x, "y": y,
                      "lx": lx, "ly": min(max(ly, 12), height - 4), "anchor": anchor})
        lines.append({"x1": cx, "y1": cy, "x2": x, "y2": y, "direction": direction,
                      "count": count, "width": 1 + 4 * count / top})
    return {"width": width, "height": height, "size": width, "cx": cx, "cy": cy, "center": center,
            "center_label": fit(center, width - 8), "nodes": nodes, "lines": lines}


def map_points(places: list[dict]) -> list[dict]:
    """Places with ``lat``/``lon`` and an event ``count`` -> circles on the world map."""
    top = max((p["count"] for p in places), default=1) or 1
    out = []
    for p in places:
        if p.get("lat") is None or p.get("lon") is None:
            continue
        x, y = project(p["lon"], p["lat"])
        out.append({**p, "x": x, "y": y, "r": 3 + 9 * math.sqrt(p["count"] / top)})
    return out
