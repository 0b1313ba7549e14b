"""Build the offline world outline the map page draws on.

Reads Natural Earth 1:110m country outlines as TopoJSON from the npm package
``world-atlas`` (``npm install`` at the project root puts it in node_modules),
projects them (equirectangular, the same projection as ``charts.project``) and
writes one SVG path per country to ``static/world-110m.json``.  Run it only to
refresh that file::

    python -m communique.web.build_world node_modules/world-atlas/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .charts import MAP_HEIGHT, MAP_WIDTH, project

OUT = Path(__file__).with_name("static") / "world-110m.json"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantised and delta-encoded; give them back in degrees."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def path(rings: list[list[tuple[float, float]]]) -> str:
    out = []
    for r in rings:
        xy = [project(lon, lat) for lon, lat in r]
        # Drop points closer than half a pixel to the last kept one: the file stays small.
        kept = [xy[0]]
        for p in xy[1:]:
            if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= 0.5:
                kept.append(p)
        if len(kept) < 3:
            continue
        # A ring cut at the antimeridian runs along the map's edge; a jump of more than
        # half the width is that cut, drawn as a move so no line crosses the map.
        d = f"M{kept[0][0]:.1f},{kept[0][1]:.1f}"
        for (x0, _), (x, y) in zip(kept, kept[1:]):
            d += ("M" if abs(x - x0) > MAP_WIDTH / 2 else "L") + f"{x:.1f},{y:.1f}"
        out.append(d + "Z")
    return "".join(out)


def build(topo_path: Path) -> dict:
    topo = json.loads(topo_path.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        rings = [ring(arcs, r) for poly in polys for r in poly]
        d = path(rings)
        if d:
            countries.append({"id": geom.get("id"), "name": geom.get("properties", {}).get("name"),
                              "d": d})
    return {"source": "Natural Earth 1:110m via the npm package world-atlas (public domain data)",
            "width": MAP_WIDTH, "height": MAP_HEIGHT, "projection": "equirectangular",
            "countries": countries}


if __name__ == "__main__":
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "node_modules/world-atlas/countries-110m.json")
    OUT.write_text(json.dumps(build(src), separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {OUT.stat().st_size} bytes")
