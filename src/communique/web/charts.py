"""Geometry for the SVG charts (timeline, actor network, map), computed here and
drawn by the templates, so every label goes through Jinja's autoescape."""

from __future__ import annotations

import math
from dataclasses import dataclass

MAP_WIDTH, MAP_HEIGHT = 1000, 500
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
           "#7b4173", "#3182bd")


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection onto the map's MAP_WIDTH x MAP_HEIGHT box."""
    x = (lon + 180.0) / 360.0 * MAP_WIDTH
    y = (90.0 - lat) / 180.0 * MAP_HEIGHT
    return x, y


def color_for(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    label: str


def timeline(rows: list[tuple[str, str, int]], width: int = 900, height: int = 260) -> dict:
    """Stacked bars of event counts per period and type.

    ``rows`` are (period, type, count).  Returns the bars, axis ticks and legend.
    """
    periods = sorted({p for p, _, _ in rows})
    types = sorted({t for _, t, _ in rows})
    colors = {t: color_for(i) for i, t in enumerate(types)}
    totals = {p: 0 for p in periods}
    for p, _, c in rows:
        totals[p] += c
    top = max(totals.values(), default=0) or 1
    left, bottom, plot_h = 40, 30, height - 40
    step = (width - left - 10) / max(len(periods), 1)
    bars: list[Bar] = []
    base = {p: 0 for p in periods}
    for p, t, c in sorted(rows, key=lambda r: (r[0], r[1])):
        i = periods.index(p)
        h = c / top * plot_h
        y = height - bottom - base[p] / top * plot_h - h
        bars.append(Bar(left + i * step + 1, y, max(step - 2, 1), h, colors[t], f"{p} {t}: {c}"))
        base[p] += c
    every = max(1, math.ceil(len(periods) / 12))
    ticks = [(left + i * step + step / 2, p) for i, p in enumerate(periods) if i % every == 0]
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "max": top,
            "legend": [(t, colors[t]) for t in types], "baseline": height - bottom, "left": left}


def network(center: str, edges: list[tuple[str, str, str, int]], size: int = 420) -> dict:
    """A star layout: the actor in the middle, its partners on a circle.

    ``edges`` are (partner id, partner name, direction "out"|"in"|"both", count).
    """
    cx = cy = size / 2
    radius = size / 2 - 70
    nodes, lines = [], []
    top = max((c for *_, c in edges), default=1)
    for i, (pid, name, direction, count) in enumerate(edges):
        angle = 2 * math.pi * i / max(len(edges), 1) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        nodes.append({"id": pid, "name": name, "x": x, "y": y,
                      "anchor": "start" if math.cos(angle) > 0.2 else
                      ("end" if math.cos(angle) < -0.2 else "middle")})
        lines.append({"x1": cx, "y1": cy, "x2": x, "y2": y, "direction": direction,
                      "count": count, "width": 1 + 4 * count / top})
    return {"size": size, "cx": cx, "cy": cy, "center": center, "nodes": nodes, "lines": lines}


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
